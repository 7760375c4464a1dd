package org.catchment.render;

import java.util.Arrays;
import java.util.List;
import org.catchment.layer.GeometryKind;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * How large point symbols are drawn in one view, by their density there (as scale-dependent
 * symbology does in a desktop GIS): a map of a town keeps its symbols at their style's size, a
 * map of a country with tens of thousands of facilities draws them as small dots, so the layers
 * under them stay visible. Every point layer of a map shrinks by the same factor, so the types
 * keep their relative sizes, colours and shapes; the legend keeps the style's size.
 *
 * <p>The rule: the view is cut into square cells {@value #CELL_SYMBOLS} symbol widths wide (the
 * widest symbol of the map's point layers, all of them counted together, as they share the
 * page); {@code c} is the number of points in a point's cell averaged over the points in view,
 * and their mean spacing where they are is {@code d = cell / sqrt(c)} pixels (points filling a
 * tenth of the frame, or crowded in its towns, are measured where they are, not over the frame).
 * While {@code d} is at least {@value #SPACING_SYMBOLS} symbol widths (about seven points a cell)
 * symbols keep their size; below, a symbol is {@code d / }{@value #SPACING_SYMBOLS} wide, but
 * never less than {@value #MIN_PT} pt. A map may also say how wide a symbol may be on the ground
 * ({@link MapDocument#maxSymbolM}: a facility's symbol no wider than part of its smallest service
 * area); symbols are then no wider than that at the view's scale either, down to the same dot.
 */
final class SymbolScale {

    /** Cell width, in symbol widths. */
    static final double CELL_SYMBOLS = 4;
    /**
     * Symbols keep their size while the points' mean spacing is at least this many symbol widths
     * (a gap of half a symbol between neighbours); closer points get symbols this many times
     * narrower than their spacing, so the gap keeps its share.
     */
    static final double SPACING_SYMBOLS = 1.5;
    /** The smallest dot a symbol shrinks to, points (3 pixels at 300 dpi, 1 on a 96 dpi screen). */
    static final double MIN_PT = 0.75;

    private SymbolScale() {
    }

    /**
     * @param layers  the map's layers; the visible point layers count
     * @param vt      the view
     * @param widthPx the view's width, pixels
     * @param heightPx the view's height, pixels
     * @param pxPerPt pixels per point
     * @return the factor, in (0, 1], that point symbols are drawn at in this view
     */
    static double of(MapDocument doc, ViewTransform vt, int widthPx, int heightPx, double pxPerPt) {
        double spaced = of(doc.layers(), vt, widthPx, heightPx, pxPerPt);
        double symbolPx = doc.layers().stream().filter(SymbolScale::isPoints)
                .mapToDouble(l -> l.style().symbolSizePt() * pxPerPt).max().orElse(0);
        if (symbolPx <= 0 || Double.isInfinite(doc.maxSymbolM())) {
            return spaced;
        }
        double capped = doc.maxSymbolM() * vt.pxPerM() / symbolPx;
        return Math.min(spaced, Math.min(1, Math.max(capped, MIN_PT * pxPerPt / symbolPx)));
    }

    static double of(List<MapLayer> layers, ViewTransform vt, int widthPx, int heightPx, double pxPerPt) {
        double symbolPx = 0;
        int count = 0;
        for (MapLayer layer : layers) {
            if (isPoints(layer)) {
                symbolPx = Math.max(symbolPx, layer.style().symbolSizePt() * pxPerPt);
                count += layer.geometries().size();
            }
        }
        if (count == 0 || symbolPx <= 0) {
            return 1;
        }
        Envelope view = vt.window(widthPx, heightPx, 0);
        double[] xy = new double[2 * count];
        int n = 0;
        for (MapLayer layer : layers) {
            if (isPoints(layer)) {
                for (Geometry g : layer.geometries()) {
                    if (g instanceof Point p && !p.isEmpty() && view.contains(p.getX(), p.getY())) {
                        xy[2 * n] = vt.x(p.getX());
                        xy[2 * n + 1] = vt.y(p.getY());
                        n++;
                    }
                }
            }
        }
        return factor(xy, n, symbolPx, MIN_PT * pxPerPt);
    }

    /**
     * @param xy       the points' pixel positions, x and y in turn
     * @param n        how many points
     * @param symbolPx the symbols' width as styled, pixels
     * @param minPx    the smallest width a symbol shrinks to, pixels
     * @return the factor symbols are drawn at: 1 when the points' mean spacing (see the class
     *     comment) is at least {@value #SPACING_SYMBOLS} symbol widths, else the spacing over
     *     {@value #SPACING_SYMBOLS} symbol widths, and never below {@code minPx / symbolPx}
     */
    static double factor(double[] xy, int n, double symbolPx, double minPx) {
        double spacing = spacingPx(xy, n, CELL_SYMBOLS * symbolPx);
        if (spacing >= SPACING_SYMBOLS * symbolPx) {
            return 1;
        }
        return Math.min(1, Math.max(minPx, spacing / SPACING_SYMBOLS) / symbolPx);
    }

    /**
     * @return the points' mean spacing where they are, pixels: {@code cellPx / sqrt(c)}, where
     *     {@code c} is the number of points in a point's cell of {@code cellPx}, averaged over the
     *     points (so the crowded towns of a country count for what their many points are, and the
     *     empty cells around them do not count); at most {@code cellPx}, infinite for no point
     */
    static double spacingPx(double[] xy, int n, double cellPx) {
        if (n == 0) {
            return Double.POSITIVE_INFINITY;
        }
        long[] cells = new long[n];
        for (int i = 0; i < n; i++) {
            long cx = (long) Math.floor(xy[2 * i] / cellPx);
            long cy = (long) Math.floor(xy[2 * i + 1] / cellPx);
            cells[i] = (cx << 32) ^ (cy & 0xffffffffL);
        }
        Arrays.sort(cells);
        double crowding = 0;
        int run = 1;
        for (int i = 1; i <= n; i++) {
            if (i < n && cells[i] == cells[i - 1]) {
                run++;
            } else {
                crowding += (double) run * run;
                run = 1;
            }
        }
        return cellPx / Math.sqrt(crowding / n);
    }

    private static boolean isPoints(MapLayer layer) {
        return layer.visible() && layer.lines() == null && layer.style().opacity() > 0
                && layer.geometryKind() == GeometryKind.POINT;
    }
}
