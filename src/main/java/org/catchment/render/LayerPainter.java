package org.catchment.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Draws one layer for one view. Only geometries whose envelopes meet the view are visited (the
 * layer's STRtree), simplified to the pixel size by {@link ScreenPaths}, so a 200,000-link
 * network costs about what its visible pixels cost. All lines of a layer are drawn with one call;
 * all its polygons are filled as one shape, so overlapping polygons of one translucent layer do
 * not darken each other. Also draws legend swatches, with the same strokes and hatching.
 */
final class LayerPainter {

    /**
     * In interactive views, a layer with more line segments than this in view is drawn without
     * antialiasing: its lines are then a texture a few pixels apart, and antialiasing them costs
     * ten to twenty times as much (a 200,000-link network's full view: 1 to 2.6 s instead of 50 to 125 ms).
     */
    static final int FAST_LINES_SEGMENTS = 100_000;
    /**
     * A layer with this many points in view draws its symbols as copies of a pre-drawn image
     * ({@link SymbolStamps}, within a quarter pixel of their place): drawing each outline cost
     * about 20 s a map for a million facilities. Fewer points are drawn exactly, as before.
     */
    static final int STAMPS_FROM_POINTS = 10_000;
    /** Lines thinner than this are drawn with butt ends and bevel joins (rounding them is invisible and slower), pixels. */
    static final double ROUND_FROM_PX = 2;

    private final ViewTransform vt;
    private final double pxPerPt;
    private final boolean interactive;
    /** The factor point symbols are drawn at ({@link SymbolScale}). */
    private final double symbolScale;

    /** @param interactive true for views redrawn on every pan and zoom (see {@link #FAST_LINES_SEGMENTS}) */
    LayerPainter(ViewTransform vt, double pxPerPt, boolean interactive) {
        this(vt, pxPerPt, interactive, 1);
    }

    /**
     * @param interactive true for views redrawn on every pan and zoom (see {@link #FAST_LINES_SEGMENTS})
     * @param symbolScale the factor, in (0, 1], point symbols and their outlines are drawn at
     *                    ({@link SymbolScale}; legend swatches are drawn at 1)
     */
    LayerPainter(ViewTransform vt, double pxPerPt, boolean interactive, double symbolScale) {
        this.vt = vt;
        this.pxPerPt = pxPerPt;
        this.interactive = interactive;
        this.symbolScale = symbolScale;
    }

    /**
     * A label waiting to be placed once every layer is drawn, in pixels.
     *
     * @param extentAreaPx the area of the bounding box of the polygon it names as drawn, square
     *                     pixels, or -1 for a point or a line ({@link LabelPlacement}: a polygon
     *                     smaller on the page than its label is not labelled)
     */
    record LabelCandidate(String text, double x, double y, double fontPx, double offsetPx, double extentAreaPx) {
    }

    /**
     * Draws the layer into a widthPx x heightPx area and adds its labels to {@code labels} (null:
     * the labels are not wanted).
     */
    void paint(Graphics2D g, MapLayer layer, int widthPx, int heightPx, List<LabelCandidate> labels) {
        if (!layer.visible() || layer.style().opacity() == 0) {
            return;
        }
        Envelope window = window(layer, widthPx, heightPx);
        if (layer.lines() != null) {
            ScreenPaths paths = paths(layer.style());
            layer.lines().lines(window, ScreenPaths.SIMPLIFY_PX / vt.pxPerM(), paths::addLine);
            draw(g, layer.style(), paths, widthPx, heightPx);
            return;
        }
        int[] hits = layer.indexed().query(window);
        if (hits.length == 0) {
            return;
        }
        draw(g, layer, hits, widthPx, heightPx);
        if (layer.labels() != null && labels != null) {
            collectLabels(layer, hits, window, labels);
        }
    }

    /** Adds the labels the layer would add when drawn ({@link #paint}) to {@code labels}, drawing nothing. */
    void labels(MapLayer layer, int widthPx, int heightPx, List<LabelCandidate> labels) {
        if (!layer.visible() || layer.style().opacity() == 0 || layer.labels() == null || layer.lines() != null) {
            return;
        }
        Envelope window = window(layer, widthPx, heightPx);
        collectLabels(layer, layer.indexed().query(window), window, labels);
    }

    /** @return the world area whose geometries can show in the image, with a margin for symbols and strokes */
    private Envelope window(MapLayer layer, int widthPx, int heightPx) {
        Style style = layer.style();
        double marginPx = (style.symbolSizePt() + style.strokeWidthPt()) * pxPerPt * 1.5 + 2;
        return vt.window(widthPx, heightPx, marginPx);
    }

    private void draw(Graphics2D g, MapLayer layer, int[] hits, int widthPx, int heightPx) {
        GeometryList geometries = layer.indexed();
        ScreenPaths paths = paths(layer.style());
        for (int i : hits) {
            paths.add(geometries.get(i));
        }
        draw(g, layer.style(), paths, widthPx, heightPx);
    }

    /** @return paths for a layer: its lines in one path when it is translucent, else in bounded paths */
    private ScreenPaths paths(Style style) {
        return style.opacity() < 1 ? new ScreenPaths(vt, Integer.MAX_VALUE) : new ScreenPaths(vt);
    }

    private void draw(Graphics2D g, Style style, ScreenPaths paths, int widthPx, int heightPx) {
        Composite saved = g.getComposite();
        if (style.opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) style.opacity()));
        }
        paintArea(g, paths.areas, style, widthPx, heightPx);
        if (style.stroke() != null && style.strokeWidthPt() > 0 && !paths.lines().isEmpty()) {
            g.setColor(style.stroke());
            g.setStroke(lineStroke(style));
            Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            if (interactive && paths.lineSegments() > FAST_LINES_SEGMENTS) {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            }
            for (Path2D.Float lines : paths.lines()) {
                g.draw(lines);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        }
        if (paths.pointCount() > 0) {
            paintSymbols(g, paths, style);
        }
        g.setComposite(saved);
    }

    /** Fills, hatches and outlines a polygon shape in pixels (also used for legend swatches). */
    void paintArea(Graphics2D g, Shape area, Style style, int widthPx, int heightPx) {
        if (area instanceof Path2D p && p.getCurrentPoint() == null) {
            return;
        }
        if (style.fill() != null) {
            g.setColor(style.fill());
            g.fill(area);
        }
        if (style.hasHatch()) {
            hatch(g, area, style, widthPx, heightPx);
        }
        if (style.stroke() != null && style.strokeWidthPt() > 0) {
            g.setColor(style.stroke());
            g.setStroke(outlineStroke(style));
            g.draw(area);
        }
    }

    /** Fills and outlines one symbol per point; from {@link #STAMPS_FROM_POINTS} points, as copies of one image. */
    private void paintSymbols(Graphics2D g, ScreenPaths paths, Style style) {
        double sizePx = style.symbolSizePt() * pxPerPt * symbolScale;
        double outlinePx = style.strokeWidthPt() * pxPerPt * symbolScale;
        Stroke outline = new BasicStroke((float) outlinePx);
        if (paths.pointCount() >= STAMPS_FROM_POINTS && SymbolStamps.fits(g)) {
            SymbolStamps stamps = new SymbolStamps((s, x, y) -> paintSymbol(s, Symbols.shape(style.symbol(), x, y, sizePx),
                    style, outline), sizePx, outlinePx);
            for (int i = 0; i < paths.pointCount(); i++) {
                stamps.draw(g, paths.pointX(i), paths.pointY(i));
            }
            return;
        }
        for (int i = 0; i < paths.pointCount(); i++) {
            paintSymbol(g, Symbols.shape(style.symbol(), paths.pointX(i), paths.pointY(i), sizePx), style, outline);
        }
    }

    void paintSymbol(Graphics2D g, Shape symbol, Style style, Stroke outline) {
        if (style.fill() != null) {
            g.setColor(style.fill());
            g.fill(symbol);
        }
        if (style.stroke() != null && style.strokeWidthPt() > 0) {
            g.setColor(style.stroke());
            g.setStroke(outline);
            g.draw(symbol);
        }
    }

    Stroke lineStroke(Style style) {
        float w = (float) Math.max(0.1, style.strokeWidthPt() * pxPerPt);
        double[] dash = style.dashPt();
        if (dash == null) {
            return w < ROUND_FROM_PX ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL)
                    : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] dashPx = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            dashPx[i] = (float) (dash[i] * pxPerPt);
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashPx, 0);
    }

    private Stroke outlineStroke(Style style) {
        return style.dashPt() == null
                ? new BasicStroke((float) (style.strokeWidthPt() * pxPerPt), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : lineStroke(style);
    }

    /**
     * Parallel lines clipped to the area. The lines are anchored to the world origin, so they do
     * not swim across a polygon while the view pans.
     */
    private void hatch(Graphics2D g, Shape area, Style style, int widthPx, int heightPx) {
        Rectangle2D box = area.getBounds2D().createIntersection(new Rectangle2D.Double(0, 0, widthPx, heightPx));
        if (box.isEmpty()) {
            return;
        }
        double spacing = Math.max(1, style.hatchSpacingPt() * pxPerPt);
        double a = Math.toRadians(style.hatchAngleDeg());
        double ux = Math.cos(a);
        double uy = -Math.sin(a);
        double nx = -uy;
        double ny = ux;
        double ax = vt.x(0);
        double ay = vt.y(0);
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        for (double[] c : new double[][] {{box.getMinX(), box.getMinY()}, {box.getMaxX(), box.getMinY()},
            {box.getMinX(), box.getMaxY()}, {box.getMaxX(), box.getMaxY()}}) {
            double t = nx * (c[0] - ax) + ny * (c[1] - ay);
            tMin = Math.min(tMin, t);
            tMax = Math.max(tMax, t);
        }
        double half = Math.hypot(box.getWidth(), box.getHeight());
        double mx = box.getCenterX();
        double my = box.getCenterY();
        Path2D.Double hatchLines = new Path2D.Double();
        for (long k = (long) Math.ceil(tMin / spacing); k <= (long) Math.floor(tMax / spacing); k++) {
            double t = k * spacing;
            double along = ux * (mx - ax) + uy * (my - ay);
            double px = ax + nx * t + ux * along;
            double py = ay + ny * t + uy * along;
            hatchLines.moveTo(px - ux * half, py - uy * half);
            hatchLines.lineTo(px + ux * half, py + uy * half);
        }
        Shape savedClip = g.getClip();
        g.clip(area);
        g.setColor(style.hatchColour());
        g.setStroke(new BasicStroke((float) Math.max(0.5, style.strokeWidthPt() * 0.8 * pxPerPt)));
        g.draw(hatchLines);
        g.setClip(savedClip);
    }

    private void collectLabels(MapLayer layer, int[] hits, Envelope window, List<LabelCandidate> labels) {
        Style style = layer.style();
        double fontPx = (style.labelFontPt() > 0 ? style.labelFontPt() : Style.DEFAULT_LABEL_PT) * pxPerPt;
        for (int i : hits) {
            String text = layer.labels().get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            Coordinate at = layer.indexed().labelPoint(i);
            if (at == null || !window.contains(at)) {
                continue;
            }
            Geometry geometry = layer.geometries().get(i);
            boolean point = geometry instanceof Point;
            double offset = point ? style.symbolSizePt() * pxPerPt * symbolScale / 2 + 2 * pxPerPt : 0;
            double areaPx = geometry instanceof Polygonal
                    ? geometry.getEnvelopeInternal().getArea() * vt.pxPerM() * vt.pxPerM() : -1;
            labels.add(new LabelCandidate(text, vt.x(at.x), vt.y(at.y), fontPx, offset, areaPx));
        }
    }
}
