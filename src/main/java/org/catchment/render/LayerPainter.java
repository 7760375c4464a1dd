package org.catchment.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws one layer for one view. Only geometries whose envelopes meet the view are visited (the
 * layer's STRtree), coordinates are transformed straight into pixels, and vertices closer than
 * {@link #SIMPLIFY_PX} to the last one kept are skipped, so a 200,000-link network costs about
 * what its visible pixels cost. All lines of a layer go into one path drawn with one call; all
 * polygons into one non-zero path (shells one way round, holes the other), filled once, so
 * overlapping polygons of one translucent layer do not darken each other.
 */
final class LayerPainter {

    /** Vertices closer than this to the previous kept vertex are dropped, pixels. */
    static final double SIMPLIFY_PX = 0.5;

    private final ViewTransform vt;
    private final double pxPerPt;

    LayerPainter(ViewTransform vt, double pxPerPt) {
        this.vt = vt;
        this.pxPerPt = pxPerPt;
    }

    /** A label waiting to be placed once every layer is drawn, in pixels. */
    record LabelCandidate(String text, double x, double y, double fontPx, double offsetPx) {
    }

    /** Draws the layer into a widthPx x heightPx area and adds its labels to {@code labels}. */
    void paint(Graphics2D g, MapLayer layer, int widthPx, int heightPx, List<LabelCandidate> labels) {
        if (!layer.visible() || layer.style().opacity() == 0) {
            return;
        }
        Style style = layer.style();
        double marginPx = (style.symbolSizePt() + style.strokeWidthPt()) * pxPerPt * 1.5 + 2;
        Envelope window = vt.window(widthPx, heightPx, marginPx);
        GeometryList geometries = layer.indexed();
        int[] hits = geometries.query(window);
        if (hits.length == 0) {
            return;
        }
        Path2D.Float areas = new Path2D.Float(Path2D.WIND_NON_ZERO);
        Path2D.Float lines = new Path2D.Float(Path2D.WIND_NON_ZERO);
        PointList points = new PointList();
        for (int i : hits) {
            add(geometries.get(i), areas, lines, points, style);
        }
        Composite saved = g.getComposite();
        if (style.opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) style.opacity()));
        }
        paintArea(g, areas, style, widthPx, heightPx);
        if (style.stroke() != null && style.strokeWidthPt() > 0 && lines.getCurrentPoint() != null) {
            g.setColor(style.stroke());
            g.setStroke(lineStroke(style));
            g.draw(lines);
        }
        if (points.size > 0) {
            paintSymbols(g, points, style);
        }
        g.setComposite(saved);
        if (layer.labels() != null) {
            collectLabels(layer, hits, window, labels);
        }
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

    /** Fills and outlines one symbol per point. */
    private void paintSymbols(Graphics2D g, PointList centres, Style style) {
        double sizePx = style.symbolSizePt() * pxPerPt;
        Stroke outline = new BasicStroke((float) (style.strokeWidthPt() * pxPerPt));
        for (int i = 0; i < centres.size; i++) {
            paintSymbol(g, Symbols.shape(style.symbol(), centres.xy[2 * i], centres.xy[2 * i + 1], sizePx), style, outline);
        }
    }

    /** Symbol centres in pixels, in drawing order. */
    private static final class PointList {
        private double[] xy = new double[16];
        private int size;

        void add(double x, double y) {
            if (2 * size + 2 > xy.length) {
                xy = Arrays.copyOf(xy, 2 * xy.length);
            }
            xy[2 * size] = x;
            xy[2 * size + 1] = y;
            size++;
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
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
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

    private void add(Geometry geom, Path2D areas, Path2D lines, PointList points, Style style) {
        if (geom instanceof Polygon poly) {
            addPolygon(poly, areas);
        } else if (geom instanceof LineString line) {
            addLine(line.getCoordinateSequence(), lines);
        } else if (geom instanceof Point point) {
            if (!point.isEmpty()) {
                points.add(vt.x(point.getX()), vt.y(point.getY()));
            }
        } else {
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry part = geom.getGeometryN(i);
                if (part != geom) {
                    add(part, areas, lines, points, style);
                }
            }
        }
    }

    private void addPolygon(Polygon poly, Path2D areas) {
        if (poly.isEmpty()) {
            return;
        }
        addRing(poly.getExteriorRing().getCoordinateSequence(), true, areas);
        for (int i = 0; i < poly.getNumInteriorRing(); i++) {
            addRing(poly.getInteriorRingN(i).getCoordinateSequence(), false, areas);
        }
    }

    /** Adds a ring clockwise on screen for a shell, anticlockwise for a hole. */
    private void addRing(CoordinateSequence cs, boolean shell, Path2D path) {
        int n = cs.size();
        if (n < 4) {
            return;
        }
        boolean ccwInWorld = Orientation.isCCW(cs);
        boolean forward = ccwInWorld == shell;
        int start = forward ? 0 : n - 1;
        int step = forward ? 1 : -1;
        float lastX = (float) vt.x(cs.getX(start));
        float lastY = (float) vt.y(cs.getY(start));
        path.moveTo(lastX, lastY);
        for (int k = 1, i = start + step; k < n - 1; k++, i += step) {
            float x = (float) vt.x(cs.getX(i));
            float y = (float) vt.y(cs.getY(i));
            if (Math.abs(x - lastX) < SIMPLIFY_PX && Math.abs(y - lastY) < SIMPLIFY_PX) {
                continue;
            }
            path.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
        path.closePath();
    }

    private void addLine(CoordinateSequence cs, Path2D path) {
        int n = cs.size();
        if (n < 2) {
            return;
        }
        float lastX = (float) vt.x(cs.getX(0));
        float lastY = (float) vt.y(cs.getY(0));
        path.moveTo(lastX, lastY);
        for (int i = 1; i < n; i++) {
            float x = (float) vt.x(cs.getX(i));
            float y = (float) vt.y(cs.getY(i));
            if (i < n - 1 && Math.abs(x - lastX) < SIMPLIFY_PX && Math.abs(y - lastY) < SIMPLIFY_PX) {
                continue;
            }
            path.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
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
            boolean point = layer.geometries().get(i) instanceof Point;
            double offset = point ? style.symbolSizePt() * pxPerPt / 2 + 2 * pxPerPt : 0;
            labels.add(new LabelCandidate(text, vt.x(at.x), vt.y(at.y), fontPx, offset));
        }
    }
}
