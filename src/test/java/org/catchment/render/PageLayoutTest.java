package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class PageLayoutTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Envelope TOWN = new Envelope(350_000, 356_000, 400_000, 405_000);

    private static MapLayer layer(String name, Style style, String wkt) {
        return MapLayer.of(name, List.<Geometry>of(Pixels.wkt(wkt)), style);
    }

    private static MapDocument town() {
        return MapDocument.builder("Millbrook: GP surgeries, 10 and 20 minutes walk")
                .subtitle("Walking at 4.8 km/h")
                .extent(TOWN)
                .layer(layer("Streets", Palette.roads(), "LINESTRING (350000 400000, 356000 405000)"))
                .layer(layer("Hidden", Palette.railway(), "LINESTRING (350000 405000, 356000 400000)").withVisible(false))
                .layer(layer("Wards", Palette.studyArea(),
                        "POLYGON ((350000 400000, 356000 400000, 356000 405000, 350000 400000))").withInLegend(false))
                .layer(layer("Deserts", Palette.desert(),
                        "POLYGON ((351000 401000, 352000 401000, 352000 402000, 351000 401000))"))
                .layer(layer("GP surgeries", Palette.typeStyle(0), "POINT (353000 402000)"))
                .legendEntry(new LegendEntry("10 minutes", Style.polygon(Palette.bands(2).get(0), null, 0),
                        LegendEntry.Kind.POLYGON))
                .attribution("Contains OS data \u00a9 Crown copyright and database right 2026")
                .build();
    }

    private static List<Rectangle2D> furniture(PageLayout page) {
        List<Rectangle2D> boxes = new ArrayList<>(List.of(page.title(), page.scaleBarBox(), page.northArrow(),
                page.attribution()));
        if (page.subtitle() != null) {
            boxes.add(page.subtitle());
        }
        return boxes;
    }

    @Test
    void legendListsVisibleLayersTopFirstThenExtraEntries() {
        PageLayout page = MapRenderer.layout(town(), 3508, 2480, 300);
        assertThat(page.legend().items()).extracting(LegendLayout.Item::label)
                .containsExactly("GP surgeries", "Deserts", "Streets", "10 minutes");
        assertThat(page.legend().items()).extracting(i -> i.entry().kind())
                .containsExactly(LegendEntry.Kind.POINT, LegendEntry.Kind.POLYGON, LegendEntry.Kind.LINE,
                        LegendEntry.Kind.POLYGON);
    }

    @Test
    void legendOverlapsNeitherTitleNorScaleBarNorMapAndStaysOnThePage() {
        for (int[] size : new int[][] {{3508, 2480, 300}, {1200, 800, 96}, {2480, 3508, 300}, {800, 600, 96}}) {
            PageLayout page = MapRenderer.layout(town(), size[0], size[1], size[2]);
            Rectangle2D legend = page.legend().box();
            Rectangle pageBox = new Rectangle(0, 0, size[0], size[1]);
            assertThat(pageBox.contains(legend)).as("legend on the page %dx%d", size[0], size[1]).isTrue();
            assertThat(legend.intersects(page.map())).isFalse();
            for (Rectangle2D box : furniture(page)) {
                assertThat(legend.intersects(box)).as("legend vs %s", box).isFalse();
            }
            for (LegendLayout.Item item : page.legend().items()) {
                assertThat(legend.contains(item.row())).isTrue();
                for (Rectangle2D box : furniture(page)) {
                    assertThat(item.row().intersects(box)).isFalse();
                }
            }
            assertThat(page.map().contains(page.scaleBarBox())).isTrue();
            assertThat(page.map().contains(page.northArrow())).isTrue();
            assertThat(page.scaleBarBox().intersects(page.northArrow())).isFalse();
            assertThat(page.title().getMaxY()).isLessThanOrEqualTo(page.map().getY());
            assertThat(page.attribution().getY()).isGreaterThanOrEqualTo(page.map().getMaxY());
        }
    }

    @Test
    void legendRowsDoNotOverlapEachOther() {
        MapDocument.Builder b = town().toBuilder();
        for (int i = 0; i < 60; i++) {
            b.legendEntry(new LegendEntry("Extra entry number " + i, Style.line(Color.GRAY, 1), LegendEntry.Kind.LINE));
        }
        PageLayout page = MapRenderer.layout(b.build(), 1200, 800, 96);
        List<LegendLayout.Item> items = page.legend().items();
        assertThat(items).hasSize(64);
        for (int i = 0; i < items.size(); i++) {
            assertThat(page.legend().box().contains(items.get(i).row())).isTrue();
            for (int j = i + 1; j < items.size(); j++) {
                assertThat(items.get(i).row().intersects(items.get(j).row())).as("rows %d and %d", i, j).isFalse();
            }
        }
        assertThat(page.legend().box().getMaxY()).isLessThanOrEqualTo(page.attribution().getY());
    }

    @Test
    void mapKeepsSquareMetresAndShowsTheWholeExtent() {
        PageLayout page = MapRenderer.layout(town(), 3508, 2480, 300);
        ViewTransform vt = page.view();
        Rectangle map = page.map();
        assertThat(vt.x(TOWN.getMinX())).isGreaterThanOrEqualTo(-1e-6);
        assertThat(vt.x(TOWN.getMaxX())).isLessThanOrEqualTo(map.width + 1e-6);
        assertThat(vt.y(TOWN.getMaxY())).isGreaterThanOrEqualTo(-1e-6);
        assertThat(vt.y(TOWN.getMinY())).isLessThanOrEqualTo(map.height + 1e-6);
        double fitsX = map.width / TOWN.getWidth();
        double fitsY = map.height / TOWN.getHeight();
        assertThat(vt.pxPerM()).isEqualTo(Math.min(fitsX, fitsY));
    }

    @Test
    void longLabelsAreShortenedToTheLegendWidth() {
        MapDocument doc = town().toBuilder().legendEntry(new LegendEntry("x".repeat(400), Palette.roads(),
                LegendEntry.Kind.LINE)).build();
        PageLayout page = MapRenderer.layout(doc, 1200, 800, 96);
        LegendLayout.Item last = page.legend().items().get(page.legend().items().size() - 1);
        assertThat(last.label()).endsWith("\u2026").hasSizeLessThan(400);
        assertThat(page.legend().box().getWidth()).isLessThanOrEqualTo(1200 * PageLayout.LEGEND_MAX_SHARE);
    }
}
