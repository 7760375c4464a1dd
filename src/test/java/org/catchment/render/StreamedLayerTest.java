package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A streamed layer ({@link MapLayer#streamed}) draws the very pixels of a layer holding the same
 * lines, legend included, and is asked only for the window it draws, at the pixel size it draws.
 */
class StreamedLayerTest {

    private static final Envelope TOWN = new Envelope(350_000, 356_000, 400_000, 405_000);

    /** Streets with bends, some vertices nearer than a pixel to the last, some lines leaving the view. */
    private static List<Geometry> streets() {
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            double x = 349_000 + i * 190.7;
            out.add(Pixels.wkt("LINESTRING (" + x + " 399000, " + (x + 0.4) + " 399001, " + (x + 120) + " 402500, "
                    + (x + 60) + " 406000)"));
            double y = 400_000 + i * 123.1;
            out.add(Pixels.wkt("LINESTRING (350000 " + y + ", 353000 " + (y + 0.3) + ", 356000 " + (y + 40) + ")"));
        }
        return out;
    }

    /** A source of the streets, recording the windows and tolerances it is asked for. */
    private static final class Recording implements LineSource {
        final List<Envelope> windows = new ArrayList<>();
        final List<Double> tolerances = new ArrayList<>();

        @Override
        public synchronized void lines(Envelope window, double toleranceM, Sink sink) {
            windows.add(window);
            tolerances.add(toleranceM);
            for (Geometry g : streets()) {
                Coordinate[] c = g.getCoordinates();
                double[] xy = new double[2 * c.length];
                for (int i = 0; i < c.length; i++) {
                    xy[2 * i] = c[i].x;
                    xy[2 * i + 1] = c[i].y;
                }
                if (g.getEnvelopeInternal().intersects(window)) {
                    sink.line(xy, c.length);
                }
            }
        }
    }

    @Test
    void aStreamedLayerDrawsThePixelsOfTheSameLinesHeld() {
        Recording source = new Recording();
        MapDocument held = Pixels.doc(TOWN, MapLayer.of("Roads and streets", streets(), Palette.roads()));
        MapDocument streamed = Pixels.doc(TOWN, MapLayer.streamed("Roads and streets", source, Palette.roads()));
        BufferedImage a = MapRenderer.renderPage(held, 1200, 800, 150);
        BufferedImage b = MapRenderer.renderPage(streamed, 1200, 800, 150);
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differing += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        assertThat(differing).isZero();
        assertThat(Pixels.countNot(b, Pixels.WHITE, 0, 0, 1200, 800)).as("streets and the legend drawn").isGreaterThan(5000);
        assertThat(source.windows).as("asked once, for the map frame").hasSize(1);
        Envelope window = source.windows.get(0);
        assertThat(window.contains(TOWN)).isTrue();
        double pixelM = window.getWidth() / 1200;
        assertThat(source.tolerances.get(0)).as("half a pixel").isBetween(pixelM / 4, pixelM);
    }

    @Test
    void aStreamedLayerIsALineLayerWithoutGeometriesOrLabels() {
        MapLayer layer = MapLayer.streamed("Roads", new Recording(), Palette.roads()).withLegendLabel("Streets");
        assertThat(layer.geometries()).isEmpty();
        assertThat(layer.labels()).isNull();
        assertThat(layer.lines()).isNotNull();
        assertThat(layer.geometryKind()).isEqualTo(org.catchment.layer.GeometryKind.LINE);
        assertThat(LegendLayout.entries(Pixels.doc(TOWN, layer))).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(LegendEntry.Kind.LINE))
                .satisfies(e -> assertThat(e.label()).isEqualTo("Streets"));
    }
}
