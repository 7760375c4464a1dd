package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.render.Pixels.WHITE;
import static org.catchment.render.Pixels.point;
import static org.catchment.render.Pixels.rgb;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Maps of many facilities and many deserts stay readable: point symbols shrink with their
 * density ({@link SymbolScale}) and labels are placed only where they fit ({@link LabelPlacement}),
 * while sparse maps keep their symbols and labels as styled.
 */
class MapDensityTest {

    private static final double E = 350_000;
    private static final double N = 400_000;
    /** 1 km square drawn into 1000 x 1000 px: 1 px = 1 m. */
    private static final Envelope VIEW = new Envelope(E, E + 1000, N, N + 1000);
    private static final Color FILL = new Color(0xe69f00);
    /** An 8 pt circle at 300 dpi: 33.3 px wide. */
    private static final Style SYMBOL = Style.point(Symbol.CIRCLE, FILL, 8);
    private static final double DPI = 300;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aGridOfPointsTenPixelsApartShrinksToTwoThirdsOfItsSpacing() {
        // 40 x 40 points 10 px apart, symbol 10 px: a cell of 40 px holds 16 points, so the spacing
        // is 40 / sqrt(16) = 10 px, under 1.5 symbol widths: the symbol is 10 / 1.5 px wide
        double[] xy = grid(40, 10);
        assertThat(SymbolScale.spacingPx(xy, 1600, 40)).isCloseTo(10, offset(1e-12));
        assertThat(SymbolScale.factor(xy, 1600, 10, 1)).isCloseTo(2.0 / 3, offset(1e-12));
        // 20 px apart: 4 a cell, spacing 20 px = 2 symbol widths: full size
        assertThat(SymbolScale.factor(grid(40, 20), 1600, 10, 1)).isEqualTo(1);
        // 2 px apart: the 10 px symbol would be 1.33 px, but not below the 3 px dot
        assertThat(SymbolScale.factor(grid(40, 2), 1600, 10, 3)).isCloseTo(0.3, offset(1e-12));
    }

    @Test
    void pointsCrowdedInOneCornerAreMeasuredWhereTheyAre() {
        // 400 points 10 px apart in a 200 px block of an otherwise empty 1000 px view: as dense as
        // the grid above, whatever the empty rest of the frame
        double[] xy = grid(20, 10);
        assertThat(SymbolScale.factor(xy, 400, 10, 1)).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(SymbolScale.factor(new double[0], 0, 10, 1)).isEqualTo(1);
    }

    @Test
    void twentyThousandPointsInASmallAreaAreDrawnAsSmallDots() {
        // 20,000 facilities in a 200 m block, and one alone at (800, 800) px to measure
        List<Geometry> points = new ArrayList<>(cluster(20_000, 200));
        points.add(point(E + 800, N + 200));
        BufferedImage dense = render(MapLayer.of("gp", points, SYMBOL));
        int denseWidth = symbolWidth(dense, 800, 800);
        // the smallest dot, 0.75 pt = 3.1 px, with its antialiased edge
        assertThat(denseWidth).isBetween(2, 6);
        assertThat(countColour(dense, rgb(FILL), 760, 760, 840, 840)).isLessThanOrEqualTo(12);

        // the same lone facility with 30 others spread over the view keeps its 33 px symbol
        List<Geometry> sparse = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sparse.add(point(E + 100 + (i % 6) * 120, N + 900 - (i / 6) * 120));
        }
        sparse.add(point(E + 800, N + 200));
        BufferedImage full = render(MapLayer.of("gp", sparse, SYMBOL));
        assertThat(symbolWidth(full, 800, 800)).isBetween(33, 39);
        assertThat(countColour(full, rgb(FILL), 760, 760, 840, 840)).isGreaterThan(600);
    }

    @Test
    void aMapThatLimitsSymbolsOnTheGroundDrawsThemNoWiderThanThatAtItsScale() {
        // one facility alone, 33-39 px wide at full size; the view is 1 m a pixel
        MapLayer lone = MapLayer.of("gp", List.of(point(E + 500, N + 500)), SYMBOL);
        MapDocument doc = Pixels.doc(VIEW, lone);
        assertThat(symbolWidth(MapRenderer.renderView(doc, VIEW, 1000, 1000, DPI), 500, 500)).isBetween(33, 39);
        // no wider than 20 m: 20 px with the outline's antialiased edge
        MapDocument limited = doc.toBuilder().maxSymbolM(20).build();
        assertThat(limited.maxSymbolM()).isEqualTo(20);
        assertThat(symbolWidth(MapRenderer.renderView(limited, VIEW, 1000, 1000, DPI), 500, 500)).isBetween(19, 23);
        // a limit of 1 m draws the smallest dot, not less
        MapDocument dot = doc.toBuilder().maxSymbolM(1).build();
        assertThat(symbolWidth(MapRenderer.renderView(dot, VIEW, 1000, 1000, DPI), 500, 500)).isBetween(2, 6);
        // a limit wider than the symbol changes nothing
        MapDocument wide = doc.toBuilder().maxSymbolM(500).build();
        assertThat(symbolWidth(MapRenderer.renderView(wide, VIEW, 1000, 1000, DPI), 500, 500)).isBetween(33, 39);
    }

    @Test
    void theLegendSwatchOfADenseLayerKeepsItsFullSize() {
        List<Geometry> dense = cluster(20_000, 200);
        List<Geometry> sparse = List.of(point(E + 500, N + 500));
        MapDocument denseDoc = MapDocument.builder("t").extent(VIEW)
                .layer(MapLayer.of("GP surgeries", dense, SYMBOL)).build();
        MapDocument sparseDoc = MapDocument.builder("t").extent(VIEW)
                .layer(MapLayer.of("GP surgeries", sparse, SYMBOL)).build();
        int w = MapRenderer.A4_300DPI_WIDTH_PX;
        int h = MapRenderer.A4_300DPI_HEIGHT_PX;
        Rectangle2D swatch = MapRenderer.layout(denseDoc, w, h, 300).legend().items().get(0).swatch();
        assertThat(MapRenderer.layout(sparseDoc, w, h, 300).legend().items().get(0).swatch()).isEqualTo(swatch);
        BufferedImage a = MapRenderer.renderPage(denseDoc, w, h, 300);
        BufferedImage b = MapRenderer.renderPage(sparseDoc, w, h, 300);
        int x0 = (int) swatch.getMinX() - 10;
        int y0 = (int) swatch.getMinY() - 10;
        int x1 = (int) swatch.getMaxX() + 10;
        int y1 = (int) swatch.getMaxY() + 10;
        int filled = countColour(a, rgb(FILL), x0, y0, x1, y1);
        assertThat(filled).isGreaterThan(300);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                assertThat(rgb(a, x, y)).as("swatch pixel %d,%d", x, y).isEqualTo(rgb(b, x, y));
            }
        }
    }

    @Test
    void fiveHundredOverlappingDesertsGetFewerLabelsThatNeverOverlapLargestFirst() {
        // 500 squares, numbered by decreasing area as deserts are, their centres within 400 m
        Random random = new Random(14);
        List<Geometry> deserts = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            double side = 300.0 / (1 + i * 0.05);
            double cx = E + 300 + random.nextDouble() * 400;
            double cy = N + 300 + random.nextDouble() * 400;
            deserts.add(square(cx, cy, side));
            numbers.add(Integer.toString(i + 1));
        }
        MapLayer layer = MapLayer.of("deserts", deserts, Style.hatched(Color.MAGENTA, 4).withLabels(9))
                .withLabels(numbers);
        ViewTransform vt = ViewTransform.fit(VIEW, 1000, 1000);
        double pxPerPt = DPI / 72;
        List<LayerPainter.LabelCandidate> candidates = new ArrayList<>();
        new LayerPainter(vt, pxPerPt, false).labels(layer, 1000, 1000, candidates);
        assertThat(candidates).hasSize(500);

        List<LabelPlacement.Placed> placed = LabelPlacement.place(candidates, new FontRenderContext(null, true, true));
        assertThat(placed.size()).isBetween(2, 250);
        assertThat(placed.get(0).label().text()).isEqualTo("1");
        for (int i = 0; i < placed.size(); i++) {
            Rectangle2D box = placed.get(i).box();
            assertThat(placed.get(i).label().extentAreaPx()).isGreaterThanOrEqualTo(box.getWidth() * box.getHeight());
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(box.intersects(placed.get(j).box())).as("labels %s and %s",
                        placed.get(i).label().text(), placed.get(j).label().text()).isFalse();
            }
        }
        // the smallest deserts (12 to 19 m across: 130 to 350 px2) are smaller than a three-digit
        // 9 pt label at 300 dpi (about 60 x 27 px): unlabelled
        List<String> texts = placed.stream().map(p -> p.label().text()).toList();
        assertThat(texts).doesNotContain("500", "400", "300");
        // a label left out is larger than its desert, or overlaps the label of a larger desert
        FontRenderContext frc = new FontRenderContext(null, true, true);
        int notFitting = 0;
        for (LayerPainter.LabelCandidate c : candidates) {
            if (texts.contains(c.text())) {
                continue;
            }
            List<LabelPlacement.Placed> alone = LabelPlacement.place(List.of(c), frc);
            if (alone.isEmpty()) {
                notFitting++;
                continue;
            }
            Rectangle2D box = alone.get(0).box();
            assertThat(placed.stream().anyMatch(p -> Integer.parseInt(p.label().text()) < Integer.parseInt(c.text())
                    && p.box().intersects(box))).as("label %s", c.text()).isTrue();
        }
        assertThat(notFitting).isGreaterThan(0);
    }

    @Test
    void aPointOrLineLabelHasNoAreaToFitAndAPolygonLabelMustFitItsPolygon() {
        Rectangle2D box = new Rectangle2D.Double(0, 0, 30, 10);
        assertThat(LabelPlacement.fits(new LayerPainter.LabelCandidate("a", 0, 0, 9, 4, -1), box)).isTrue();
        assertThat(LabelPlacement.fits(new LayerPainter.LabelCandidate("a", 0, 0, 9, 0, 300), box)).isTrue();
        assertThat(LabelPlacement.fits(new LayerPainter.LabelCandidate("a", 0, 0, 9, 0, 299), box)).isFalse();
    }

    private static BufferedImage render(MapLayer layer) {
        return MapRenderer.renderView(Pixels.doc(VIEW, layer), VIEW, 1000, 1000, DPI);
    }

    private static double[] grid(int side, double stepPx) {
        double[] xy = new double[2 * side * side];
        for (int i = 0; i < side * side; i++) {
            xy[2 * i] = stepPx / 2 + (i % side) * stepPx;
            xy[2 * i + 1] = stepPx / 2 + (i / side) * stepPx;
        }
        return xy;
    }

    /** @return n points at random in a square of the given side at the view's top left (100..100+side px) */
    private static List<Geometry> cluster(int n, double sideM) {
        Random random = new Random(7);
        List<Geometry> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(point(E + 100 + random.nextDouble() * sideM, N + 900 - random.nextDouble() * sideM));
        }
        return points;
    }

    private static Geometry square(double cx, double cy, double side) {
        double h = side / 2;
        return Pixels.GF.createPolygon(new Coordinate[] {new Coordinate(cx - h, cy - h), new Coordinate(cx + h, cy - h),
            new Coordinate(cx + h, cy + h), new Coordinate(cx - h, cy + h), new Coordinate(cx - h, cy - h)});
    }

    /** @return the width of the run of non-white pixels through (x, y) along row y */
    private static int symbolWidth(BufferedImage image, int x, int y) {
        int left = x;
        while (left > 0 && rgb(image, left - 1, y) != WHITE) {
            left--;
        }
        int right = x;
        while (right < image.getWidth() - 1 && rgb(image, right + 1, y) != WHITE) {
            right++;
        }
        return rgb(image, x, y) == WHITE ? 0 : right - left + 1;
    }

    private static int countColour(BufferedImage image, int colour, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (rgb(image, x, y) == colour) {
                    n++;
                }
            }
        }
        return n;
    }
}
