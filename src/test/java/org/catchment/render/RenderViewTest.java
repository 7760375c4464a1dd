package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchment.render.Pixels.WHITE;
import static org.catchment.render.Pixels.countNot;
import static org.catchment.render.Pixels.point;
import static org.catchment.render.Pixels.rgb;
import static org.catchment.render.Pixels.wkt;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads the pixels of {@link MapRenderer#renderView}. The view is 200 m x 200 m from (350000,
 * 400000) drawn into 200 x 200 px at 72 dpi, so 1 px = 1 m = 1 pt, and world (350000 + x, 400200 - y)
 * is the corner of pixel (x, y). Rows 170 and below hold the scale bar and are not checked.
 */
class RenderViewTest {

    private static final double E = 350_000;
    private static final double N = 400_000;
    private static final Envelope VIEW = new Envelope(E, E + 200, N, N + 200);
    private static final Color RED = new Color(0xd55e00);
    private static final int MAP_ROWS = 170;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static BufferedImage render(MapLayer... layers) {
        return MapRenderer.renderView(Pixels.doc(VIEW, layers), VIEW, 200, 200, 72);
    }

    @Test
    void filledSquareCoversExactlyItsPixelBlock() {
        // world x 350040..350080, y 400040..400080  ->  pixels x 40..79, y 120..159
        MapLayer square = MapLayer.of("square", List.of(wkt(
                "POLYGON ((350040 400040, 350080 400040, 350080 400080, 350040 400080, 350040 400040))")),
                Style.polygon(RED, null, 0));
        BufferedImage image = render(square);
        assertThat(rgb(image, 60, 140)).isEqualTo(rgb(RED));
        assertThat(countNot(image, rgb(RED), 40, 120, 80, 160)).isZero();
        int outside = countNot(image, WHITE, 0, 0, 200, MAP_ROWS) - countNot(image, WHITE, 40, 120, 80, 160);
        assertThat(outside).isZero();
        assertThat(rgb(image, 39, 140)).isEqualTo(WHITE);
        assertThat(rgb(image, 80, 140)).isEqualTo(WHITE);
        assertThat(rgb(image, 60, 119)).isEqualTo(WHITE);
        assertThat(rgb(image, 60, 160)).isEqualTo(WHITE);
    }

    @Test
    void holesStayEmptyWhicheverWayTheRingsRun() {
        // shell and hole both anticlockwise (not the OGC order): pixels x 20..99, y 20..99, hole x 40..79, y 40..79
        MapLayer holed = MapLayer.of("holed", List.of(wkt("POLYGON ((350020 400100, 350100 400100, 350100 400180,"
                + " 350020 400180, 350020 400100), (350040 400120, 350080 400120, 350080 400160, 350040 400160,"
                + " 350040 400120))")), Style.polygon(RED, null, 0));
        BufferedImage image = render(holed);
        assertThat(rgb(image, 30, 30)).isEqualTo(rgb(RED));
        assertThat(countNot(image, WHITE, 40, 40, 80, 80)).isZero();
        assertThat(countNot(image, rgb(RED), 20, 20, 100, 40)).isZero();
    }

    @Test
    void overlappingPolygonsOfOneTranslucentLayerDoNotDarkenEachOther() {
        MapLayer two = MapLayer.of("two", List.of(
                wkt("POLYGON ((350020 400100, 350100 400100, 350100 400180, 350020 400180, 350020 400100))"),
                wkt("POLYGON ((350060 400100, 350140 400100, 350140 400180, 350060 400180, 350060 400100))")),
                Style.polygon(Color.BLUE, null, 0).withOpacity(0.5));
        BufferedImage image = render(two);
        int single = rgb(image, 30, 60);
        assertThat(single).isNotEqualTo(WHITE).isNotEqualTo(rgb(Color.BLUE));
        assertThat(rgb(image, 80, 60)).isEqualTo(single);
        assertThat(rgb(image, 130, 60)).isEqualTo(single);
    }

    @Test
    void pointSymbolIsCentredOnItsPixel() {
        // world (350100.5, 400099.5) is the centre of pixel (100, 100); a 10 pt square is 10 px here
        Style square = Style.point(Symbol.SQUARE, RED, 10).withStroke(null, 0);
        BufferedImage image = render(MapLayer.of("p", List.of(point(E + 100.5, N + 99.5)), square));
        assertThat(rgb(image, 100, 100)).isEqualTo(rgb(RED));
        int minX = 200;
        int maxX = -1;
        int minY = 200;
        int maxY = -1;
        for (int y = 0; y < MAP_ROWS; y++) {
            for (int x = 0; x < 200; x++) {
                if (rgb(image, x, y) != WHITE) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertThat((minX + maxX) / 2.0).isCloseTo(100, org.assertj.core.data.Offset.offset(0.5));
        assertThat((minY + maxY) / 2.0).isCloseTo(100, org.assertj.core.data.Offset.offset(0.5));
        assertThat(maxX - minX + 1).isBetween(9, 12);
    }

    @Test
    void hiddenLayerDrawsNothing() {
        MapLayer square = MapLayer.of("square", List.of(wkt(
                "POLYGON ((350040 400040, 350080 400040, 350080 400080, 350040 400080, 350040 400040))")),
                Style.polygon(RED, Color.BLACK, 2)).withLabels(List.of("label"));
        assertThat(countNot(render(square), WHITE, 0, 0, 200, MAP_ROWS)).isGreaterThan(1600);
        assertThat(countNot(render(square.withVisible(false)), WHITE, 0, 0, 200, MAP_ROWS)).isZero();
    }

    @Test
    void lineIsDrawnAlongItsRowAndOnlyWhereItRuns() {
        // y = 400099.5 is the centre of pixel row 100; a 1 pt line there covers that row from x 20 to 179
        MapLayer line = MapLayer.of("line", List.of(wkt("LINESTRING (350020 400099.5, 350180 400099.5)")),
                Style.builder().stroke(RED).strokeWidthPt(1).build());
        BufferedImage image = render(line);
        assertThat(rgb(image, 100, 100)).isEqualTo(rgb(RED));
        assertThat(rgb(image, 100, 98)).isEqualTo(WHITE);
        assertThat(rgb(image, 100, 102)).isEqualTo(WHITE);
        assertThat(countNot(image, WHITE, 0, 0, 200, 99)).isZero();
    }

    @Test
    void onlyGeometriesInTheViewAreVisitedAndTheViewIsGrownToTheImageShape() {
        // 400 x 200 px for a 200 x 200 m view: 1 px per m, the view centred, 100 m more each side
        MapLayer squares = MapLayer.of("squares", List.of(
                wkt("POLYGON ((349920 400100, 349960 400100, 349960 400140, 349920 400140, 349920 400100))"),
                wkt("POLYGON ((360000 400100, 360040 400100, 360040 400140, 360000 400140, 360000 400100))")),
                Style.polygon(RED, null, 0));
        BufferedImage image = MapRenderer.renderView(Pixels.doc(VIEW, squares), VIEW, 400, 200, 72);
        // first square: x 349920..349960 -> pixels 20..59 (origin at 349900), y 400100..400140 -> rows 60..99
        assertThat(countNot(image, rgb(RED), 20, 60, 60, 100)).isZero();
        assertThat(countNot(image, WHITE, 60, 0, 400, MAP_ROWS)).isZero();
        assertThat(squares.indexed().query(new Envelope(E - 100, E + 300, N, N + 200))).containsExactly(0);
    }
}
