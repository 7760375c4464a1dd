package org.catchment.render;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Collects one layer's geometries for one view, in pixels: polygons into one non-zero path
 * (shells clockwise on screen, holes anticlockwise, whatever way the input rings run), lines into
 * another, point centres into an array. Coordinates are transformed straight into {@code float}
 * pixels and a vertex closer than {@link #SIMPLIFY_PX} (in x and in y) to the last one kept is
 * dropped, which simplifies every geometry to the view's pixel size; the first and last vertices
 * of a line are always kept.
 *
 * <p>Lines go into paths of a bounded number of segments, a new path starting with the line after
 * one is full: Java2D's renderer holds the whole outline of the path it strokes outside the heap,
 * so a country's roads stroked as one path took 1.9 GB of memory and 40 % more time than in paths
 * of {@value #LINE_CHUNK_SEGMENTS} segments (docs/benchmarks.md, "Drawing a country's roads").
 */
final class ScreenPaths {

    /** Vertices closer than this to the previous kept vertex are dropped, pixels. */
    static final double SIMPLIFY_PX = 0.5;

    /** Segments at which a path of lines is full (it may hold more: a line is never split). */
    static final int LINE_CHUNK_SEGMENTS = 100_000;

    final Path2D.Float areas = new Path2D.Float(Path2D.WIND_NON_ZERO);
    private final List<Path2D.Float> lines = new ArrayList<>();
    private final int chunkSegments;
    private int lastChunkSegments;
    private final ViewTransform vt;
    private double[] points = new double[16];
    private int pointCount;
    private int lineSegments;

    /** Collects geometries with lines in paths of {@value #LINE_CHUNK_SEGMENTS} segments. */
    ScreenPaths(ViewTransform vt) {
        this(vt, LINE_CHUNK_SEGMENTS);
    }

    /**
     * @param chunkSegments the segments at which a path of lines is full ({@link Integer#MAX_VALUE}:
     *                      one path, for a translucent layer, whose overlapping lines must not
     *                      darken each other, as they would drawn in several paths)
     */
    ScreenPaths(ViewTransform vt, int chunkSegments) {
        this.vt = vt;
        this.chunkSegments = chunkSegments;
    }

    /** @return the lines, in paths in the order the lines came; empty when there is none */
    List<Path2D.Float> lines() {
        return lines;
    }

    /** @return the number of line segments added (after simplification) */
    int lineSegments() {
        return lineSegments;
    }

    int pointCount() {
        return pointCount;
    }

    double pointX(int i) {
        return points[2 * i];
    }

    double pointY(int i) {
        return points[2 * i + 1];
    }

    /** Adds any geometry: its polygons, lines and points go to their own collections. */
    void add(Geometry geom) {
        if (geom instanceof Polygon poly) {
            addPolygon(poly);
        } else if (geom instanceof LineString line) {
            addLine(line.getCoordinateSequence());
        } else if (geom instanceof Point point) {
            if (!point.isEmpty()) {
                addPoint(vt.x(point.getX()), vt.y(point.getY()));
            }
        } else {
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry part = geom.getGeometryN(i);
                if (part != geom) {
                    add(part);
                }
            }
        }
    }

    private void addPoint(double x, double y) {
        if (2 * pointCount + 2 > points.length) {
            points = Arrays.copyOf(points, 2 * points.length);
        }
        points[2 * pointCount] = x;
        points[2 * pointCount + 1] = y;
        pointCount++;
    }

    private void addPolygon(Polygon poly) {
        if (poly.isEmpty()) {
            return;
        }
        addRing(poly.getExteriorRing().getCoordinateSequence(), true);
        for (int i = 0; i < poly.getNumInteriorRing(); i++) {
            addRing(poly.getInteriorRingN(i).getCoordinateSequence(), false);
        }
    }

    /** Adds a ring one way round for a shell and the other for a hole. */
    private void addRing(CoordinateSequence cs, boolean shell) {
        int n = cs.size();
        if (n < 4) {
            return;
        }
        boolean forward = Orientation.isCCW(cs) == shell;
        int start = forward ? 0 : n - 1;
        int step = forward ? 1 : -1;
        float lastX = (float) vt.x(cs.getX(start));
        float lastY = (float) vt.y(cs.getY(start));
        areas.moveTo(lastX, lastY);
        for (int k = 1, i = start + step; k < n - 1; k++, i += step) {
            float x = (float) vt.x(cs.getX(i));
            float y = (float) vt.y(cs.getY(i));
            if (Math.abs(x - lastX) < SIMPLIFY_PX && Math.abs(y - lastY) < SIMPLIFY_PX) {
                continue;
            }
            areas.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
        areas.closePath();
    }

    /** Adds a line given as x, y pairs in world units (a {@link LineSource}'s). */
    void addLine(double[] xy, int n) {
        addLine(n, i -> xy[2 * i], i -> xy[2 * i + 1]);
    }

    private void addLine(CoordinateSequence cs) {
        addLine(cs.size(), cs::getX, cs::getY);
    }

    private void addLine(int n, IntToDoubleFunction xs, IntToDoubleFunction ys) {
        if (n < 2) {
            return;
        }
        if (lines.isEmpty() || lastChunkSegments >= chunkSegments) {
            lines.add(new Path2D.Float(Path2D.WIND_NON_ZERO));
            lastChunkSegments = 0;
        }
        Path2D.Float path = lines.get(lines.size() - 1);
        float lastX = (float) vt.x(xs.applyAsDouble(0));
        float lastY = (float) vt.y(ys.applyAsDouble(0));
        path.moveTo(lastX, lastY);
        for (int i = 1; i < n; i++) {
            float x = (float) vt.x(xs.applyAsDouble(i));
            float y = (float) vt.y(ys.applyAsDouble(i));
            if (i < n - 1 && Math.abs(x - lastX) < SIMPLIFY_PX && Math.abs(y - lastY) < SIMPLIFY_PX) {
                continue;
            }
            path.lineTo(x, y);
            lastX = x;
            lastY = y;
            lineSegments++;
            lastChunkSegments++;
        }
    }
}
