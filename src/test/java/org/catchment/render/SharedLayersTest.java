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
    private static final int W = 1200;
    private static final int H = 800;
    private static final int DPI = 150;

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

    /** A band under the backdrop, as on a facility type's map. */
    private static MapLayer band() {
        return band(new Color(0xfdae61));
    }

    private static MapLayer band(Color colour) {
        return MapLayer.of("Band", List.of(Pixels.wkt("POLYGON ((352000 401500, 354500 401500, 354500 403500, 352000 403500,"
                + " 352000 401500))")), Style.polygon(colour, null, 0));
    }

    /** Facilities on top, with a long legend label on the deserts map (so its legend column is wider). */
    private static MapLayer facility(String legend) {
        return MapLayer.of("Surgery", List.<Geometry>of(Pixels.point(353_000, 402_000)), Palette.typeStyle(1))
                .withLegendLabel(legend);
    }

    private static MapDocument typeMap(SharedLayers shared) {
        return MapDocument.builder("type").extent(TOWN).layer(band()).layers(shared).layer(facility("GP")).build();
    }

    private static MapDocument desertMap(SharedLayers shared) {
        return MapDocument.builder("deserts").extent(TOWN).layers(shared)
                .layer(facility("GP surgeries, numbered as in the table of the deserts")).build();
    }

    private static BufferedImage direct(MapDocument doc) {
        return MapRenderer.renderPage(MapDocument.builder(doc.title()).extent(TOWN).layers(doc.layers()).build(), W, H, DPI);
    }

    @Test
    void plannedPagesLayOneDrawingOfTheLayersWhereTheirOwnWouldGo() {
        SharedLayers shared = new SharedLayers(backdrop());
        MapDocument gp = typeMap(shared);
        MapDocument libraries = MapDocument.builder("type").extent(TOWN).layer(band(new Color(0x41b6c4))).layers(shared)
                .layer(facility("GP")).build();
        shared.plan(List.of(gp, libraries), W, H, DPI, PageOptions.DEFAULT);

        BufferedImage gpPage = MapRenderer.renderPage(gp, W, H, DPI);
        BufferedImage librariesPage = MapRenderer.renderPage(libraries, W, H, DPI);

        assertThat(shared.served()).as("both pages laid the one drawing").isEqualTo(2);
        assertThat(largestChannelDifference(gpPage, direct(gp))).as("over the band, rounding only").isBetween(0, 2);
        assertThat(largestChannelDifference(librariesPage, direct(libraries))).isBetween(0, 2);
        assertThat(largestChannelDifference(gpPage, librariesPage)).as("the bands differ").isGreaterThan(50);
        assertThat(gp.layers()).hasSize(5);
    }

    @Test
    void aPageWithAnotherLegendWidthLooksTheSame() {
        SharedLayers shared = new SharedLayers(backdrop());
        MapDocument type = typeMap(shared);
        MapDocument deserts = desertMap(shared);
        assertThat(MapRenderer.layout(type, W, H, DPI).map().width)
                .as("the legends differ, so the frames do").isNotEqualTo(MapRenderer.layout(deserts, W, H, DPI).map().width);
        shared.plan(List.of(type, deserts), W, H, DPI, PageOptions.DEFAULT);

        BufferedImage desertPage = MapRenderer.renderPage(deserts, W, H, DPI);

        assertThat(largestChannelDifference(desertPage, direct(deserts))).as("on white, rounding only").isBetween(0, 2);
    }

    @Test
    void thePagesAreTheSameWhicheverIsDrawnFirst() {
        SharedLayers first = new SharedLayers(backdrop());
        MapDocument type = typeMap(first);
        MapDocument deserts = desertMap(first);
        first.plan(List.of(type, deserts), W, H, DPI, PageOptions.DEFAULT);
        BufferedImage typeFirst = MapRenderer.renderPage(type, W, H, DPI);
        BufferedImage desertSecond = MapRenderer.renderPage(deserts, W, H, DPI);

        SharedLayers second = new SharedLayers(backdrop());
        MapDocument type2 = typeMap(second);
        MapDocument deserts2 = desertMap(second);
        second.plan(List.of(type2, deserts2), W, H, DPI, PageOptions.DEFAULT);
        BufferedImage desertFirst = MapRenderer.renderPage(deserts2, W, H, DPI);
        BufferedImage typeSecond = MapRenderer.renderPage(type2, W, H, DPI);

        assertThat(largestChannelDifference(typeFirst, typeSecond)).isZero();
        assertThat(largestChannelDifference(desertFirst, desertSecond)).isZero();
    }

    @Test
    void aPageNotPlannedOrOfAnotherScaleDrawsTheLayersItself() {
        SharedLayers shared = new SharedLayers(backdrop());
        MapDocument type = typeMap(shared);
        shared.plan(List.of(type), W, H, DPI, PageOptions.DEFAULT);
        MapDocument zoomed = MapDocument.builder("zoomed").extent(new Envelope(352_000, 354_000, 401_000, 403_000))
                .layers(shared).build();
        MapDocument unplanned = desertMap(shared);

        BufferedImage zoomedPage = MapRenderer.renderPage(zoomed, W, H, DPI);
        BufferedImage unplannedPage = MapRenderer.renderPage(unplanned, W, H, DPI);

        assertThat(largestChannelDifference(zoomedPage, MapRenderer.renderPage(MapDocument.builder("zoomed")
                .extent(new Envelope(352_000, 354_000, 401_000, 403_000)).layers(backdrop()).build(), W, H, DPI))).isZero();
        assertThat(largestChannelDifference(unplannedPage, direct(unplanned))).isZero();
        assertThat(shared.served()).isZero();
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
