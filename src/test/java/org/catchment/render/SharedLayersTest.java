package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class SharedLayersTest {

    private static final Envelope TOWN = new Envelope(350_000, 356_000, 400_000, 405_000);

    /** A street grid of thin antialiased lines, a translucent layer and a labelled outline: a map's backdrop. */
    private static List<MapLayer> backdrop() {
        List<Geometry> streets = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double x = 350_000 + i * 100.3;
            double y = 400_000 + i * 83.7;
            streets.add(Pixels.wkt("LINESTRING (" + x + " 400000, " + (x + 40) + " 405000)"));
            streets.add(Pixels.wkt("LINESTRING (350000 " + y + ", 356000 " + (y + 25) + ")"));
        }
        Geometry ward = Pixels.wkt("POLYGON ((351000 401000, 355000 401000, 355000 404000, 351000 404000, 351000 401000))");
        return List.of(MapLayer.of("Roads", streets, Palette.roads()),
                MapLayer.of("Shade", List.of(ward), Style.polygon(new Color(0x2c7fb8), null, 0).withOpacity(0.4)),
                MapLayer.of("Ward", List.of(ward), Palette.studyArea().withLabels(11)).withLabels(List.of("Ward 1")));
    }

    private static MapLayer band() {
        return MapLayer.of("Band", List.of(Pixels.wkt("POLYGON ((352000 401500, 354500 401500, 354500 403500, 352000 403500,"
                + " 352000 401500))")), Style.polygon(new Color(0xfdae61), null, 0));
    }

    private static MapLayer facility() {
        return MapLayer.of("Surgery", List.<Geometry>of(Pixels.point(353_000, 402_000)), Palette.typeStyle(1));
    }

    @Test
    void mapsSharingTheBackdropLookLikeMapsDrawingItThemselves() {
        List<MapLayer> backdrop = backdrop();
        SharedLayers shared = new SharedLayers(backdrop);
        // a band under the backdrop (a type's map) and the backdrop at the bottom (the deserts map)
        MapDocument typeShared = MapDocument.builder("type").extent(TOWN).layer(band()).layers(shared).layer(facility()).build();
        MapDocument desertShared = MapDocument.builder("deserts").extent(TOWN).layers(shared).layer(facility()).build();
        List<MapLayer> typeOwn = new ArrayList<>(List.of(band()));
        typeOwn.addAll(backdrop);
        typeOwn.add(facility());
        List<MapLayer> desertOwn = new ArrayList<>(backdrop);
        desertOwn.add(facility());

        BufferedImage type = MapRenderer.renderPage(typeShared, 1200, 800, 150);
        BufferedImage desert = MapRenderer.renderPage(desertShared, 1200, 800, 150);
        BufferedImage typeDirect = MapRenderer.renderPage(MapDocument.builder("type").extent(TOWN).layers(typeOwn).build(),
                1200, 800, 150);
        BufferedImage desertDirect = MapRenderer.renderPage(
                MapDocument.builder("deserts").extent(TOWN).layers(desertOwn).build(), 1200, 800, 150);

        assertThat(largestChannelDifference(desert, desertDirect)).as("on white, rounding only").isBetween(0, 2);
        assertThat(largestChannelDifference(type, typeDirect)).as("over the band, rounding only").isBetween(0, 2);
        assertThat(typeShared.layers()).hasSize(5);
    }

    @Test
    void theLayersAreDrawnOncePerView() {
        SharedLayers shared = new SharedLayers(backdrop());
        ViewTransform view = ViewTransform.fit(TOWN, 600, 500);
        BufferedImage first = shared.image(view, 600, 500, 2, false);
        assertThat(shared.image(view, 600, 500, 2, false)).isSameAs(first);
        assertThat(shared.image(view, 600, 500, 3, false)).as("another resolution").isNull();
        assertThat(shared.image(ViewTransform.fit(TOWN, 700, 500), 700, 500, 2, false)).as("another size").isNull();
    }

    @Test
    void aMapOfAnotherViewDrawsTheLayersItself() {
        SharedLayers shared = new SharedLayers(backdrop());
        MapDocument first = MapDocument.builder("a").extent(TOWN).layers(shared).build();
        MapDocument zoomed = MapDocument.builder("b").extent(new Envelope(352_000, 354_000, 401_000, 403_000))
                .layers(shared).build();
        MapRenderer.renderPage(first, 1200, 800, 150);
        BufferedImage zoomedImage = MapRenderer.renderPage(zoomed, 1200, 800, 150);
        BufferedImage zoomedDirect = MapRenderer.renderPage(MapDocument.builder("b")
                .extent(new Envelope(352_000, 354_000, 401_000, 403_000)).layers(backdrop()).build(), 1200, 800, 150);
        assertThat(largestChannelDifference(zoomedImage, zoomedDirect)).isZero();
    }

    private static int largestChannelDifference(BufferedImage a, BufferedImage b) {
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    max = Math.max(max, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
                }
            }
        }
        return max;
    }
}
