package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.render.Pixels.WHITE;
import static org.catchment.render.Pixels.countNot;
import static org.catchment.render.Pixels.point;
import static org.catchment.render.Pixels.rgb;
import static org.catchment.render.Pixels.wkt;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
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
        assertThat((minX + maxX) / 2.0).isCloseTo(100, offset(0.5));
        assertThat((minY + maxY) / 2.0).isCloseTo(100, offset(0.5));
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

    /*
     * A horizontal line (row 50), a line of more segments than a path of lines holds (a zigzag in
     * columns 150-190, rows 130-160), then a vertical line (column 50): the vertical line goes into
     * another path than the horizontal one, yet where they cross the translucent layer is no darker.
     */
    @Test
    void crossingLinesOfOneTranslucentLayerDoNotDarkenEachOtherHoweverManySegmentsLieBetween() {
        int segments = ScreenPaths.LINE_CHUNK_SEGMENTS;
        Coordinate[] zig = new Coordinate[segments + 1];
        for (int i = 0; i <= segments; i++) {
            zig[i] = new Coordinate(E + (i % 2 == 0 ? 150 : 190), N + 70 - 30.0 * i / segments);
        }
        MapLayer layer = MapLayer.of("lines", List.of(wkt("LINESTRING (350010 400149.5, 350120 400149.5)"),
                Pixels.GF.createLineString(zig), wkt("LINESTRING (350050.5 400190, 350050.5 400080)")),
                Style.line(Color.BLUE, 1).withOpacity(0.5));
        BufferedImage image = render(layer);
        int single = rgb(image, 100, 50);
        assertThat(single).isNotEqualTo(WHITE).isNotEqualTo(rgb(Color.BLUE));
        assertThat(rgb(image, 50, 80)).isEqualTo(single);
        assertThat(rgb(image, 50, 50)).isEqualTo(single);
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

    /** A zigzag of {@code segments} diagonal strokes, each about 180 px long, across the view. */
    private static MapLayer zigzag(int segments) {
        Coordinate[] cs = new org.locationtech.jts.geom.Coordinate[segments + 1];
        for (int i = 0; i <= segments; i++) {
            cs[i] = new Coordinate(E + (i % 2 == 0 ? 10 : 190), N + 180 - 150.0 * i / segments);
        }
        return MapLayer.of("zigzag", List.of(Pixels.GF.createLineString(cs)), Style.line(Color.BLACK, 1));
    }

    private static boolean hasGreys(BufferedImage image) {
        for (int y = 0; y < MAP_ROWS; y++) {
            for (int x = 0; x < 200; x++) {
                int c = rgb(image, x, y);
                if (c != WHITE && c != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void veryDenseLineLayersAreDrawnWithoutAntialiasingInViewsOnly() {
        assertThat(hasGreys(render(zigzag(20)))).as("antialiased edges").isTrue();
        MapLayer dense = zigzag(LayerPainter.FAST_LINES_SEGMENTS + 1);
        BufferedImage view = render(dense);
        assertThat(countNot(view, WHITE, 0, 0, 200, MAP_ROWS)).isGreaterThan(1000);
        assertThat(hasGreys(view)).as("no antialiasing").isFalse();
        BufferedImage page = MapRenderer.renderPage(Pixels.doc(VIEW, dense), 400, 300, 72);
        PageLayout layout = MapRenderer.layout(Pixels.doc(VIEW, dense), 400, 300, 72);
        Rectangle m = layout.map();
        boolean grey = false;
        for (int y = m.y + m.height / 3; y < m.y + m.height / 2 && !grey; y++) {
            for (int x = m.x + 2; x < m.getMaxX() - 2; x++) {
                int c = rgb(page, x, y);
                grey |= c != WHITE && c != 0;
            }
        }
        assertThat(grey).as("pages always antialias").isTrue();
    }

    @Test
    void hatchFillsOnlyThePolygonAndStaysPutWhenTheViewPans() {
        // a 100 m square hatched 8 pt (8 px) apart; panning the view 10 m east moves it 10 px left
        MapLayer desert = MapLayer.of("desert", List.of(wkt(
                "POLYGON ((350050 400050, 350150 400050, 350150 400150, 350050 400150, 350050 400050))")),
                Style.builder().stroke(null).hatch(Palette.DESERT, 8, 45).strokeWidthPt(1).build());
        BufferedImage image = render(desert);
        Envelope panned = new Envelope(E + 10, E + 210, N, N + 200);
        BufferedImage moved = MapRenderer.renderView(Pixels.doc(VIEW, desert), panned, 200, 200, 72);
        // the square covers pixels x 50..149, y 50..149 (x 40..139 after the pan)
        assertThat(countNot(image, WHITE, 50, 50, 150, 150)).isGreaterThan(1000);
        assertThat(countNot(image, WHITE, 50, 50, 150, 150)).isLessThan(100 * 100 - 1000);
        int outside = countNot(image, WHITE, 0, 0, 200, MAP_ROWS) - countNot(image, WHITE, 50, 50, 150, 150);
        assertThat(outside).isZero();
        int differ = 0;
        for (int y = 55; y < 145; y++) {
            for (int x = 55; x < 145; x++) {
                if (rgb(image, x, y) != rgb(moved, x - 10, y)) {
                    differ++;
                }
            }
        }
        assertThat(differ).isZero();
    }

    @Test
    void polygonLabelIsDrawnAtItsInteriorPoint() {
        // an L-shaped ward: its interior point lies in the L, not at the centre of its box
        MapLayer ward = MapLayer.of("ward", List.of(wkt("POLYGON ((350020 400040, 350180 400040, 350180 400080,"
                + " 350060 400080, 350060 400180, 350020 400180, 350020 400040))")), Style.polygon(null, null, 0))
                .withLabels(List.of("Ward"));
        BufferedImage image = render(ward);
        Coordinate label = ward.indexed().labelPoint(0);
        Point2D at = new Point2D.Double(label.x - E, N + 200 - label.y);
        int dark = 0;
        int darkFar = 0;
        for (int y = 0; y < MAP_ROWS; y++) {
            for (int x = 0; x < 200; x++) {
                if (new Color(rgb(image, x, y)).getGreen() < 128) {
                    if (at.distance(x, y) < 20) {
                        dark++;
                    } else {
                        darkFar++;
                    }
                }
            }
        }
        assertThat(dark).isGreaterThan(10);
        assertThat(darkFar).isZero();
        assertThat(ward.geometries().get(0).contains(point(label.x, label.y))).isTrue();
        assertThat(rgb(image, 100, 60)).isEqualTo(WHITE);
    }

    @Test
    void overlappingLabelsAreLeftOutButSeparateOnesAreAllDrawn() {
        // three points: two 4 m apart (their labels would overlap), one 80 m further down
        MapLayer places = MapLayer.of("places", List.of(point(E + 30, N + 150), point(E + 30, N + 146),
                point(E + 30, N + 70)), Style.point(Symbol.CIRCLE, null, 2).withStroke(null, 0))
                .withLabels(List.of("Alpha", "Bravo", "Charlie"));
        BufferedImage both = render(places);
        BufferedImage first = render(places.withLabels(Arrays.asList("Alpha", null, "Charlie")));
        assertThat(countNot(both, WHITE, 0, 0, 200, MAP_ROWS)).isEqualTo(countNot(first, WHITE, 0, 0, 200, MAP_ROWS));
        // rows 40..70 hold the first label, rows 115..145 the third
        assertThat(countNot(both, WHITE, 0, 40, 200, 70)).isGreaterThan(20);
        assertThat(countNot(both, WHITE, 0, 115, 200, 145)).isGreaterThan(20);
    }
}
