package org.catchment.network;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * The segments of the walkable edges on a regular grid of square cells, in the working CRS, to
 * find at once the nearest walkable edge to a point and how far it is. {@link Snapper} asks it
 * instead of GraphHopper's location index, which cost ten times as much for a point near a street
 * and several times more again for one beyond the snap tolerance (half of a million facilities
 * spread over a town, in the hostile runs of issue 18).
 *
 * <p>Each segment is listed in every cell its bounding box meets. The cells are at least
 * {@value #MIN_CELL_M} m, larger for a large network so that there are at most
 * {@value #MAX_CELLS} of them (16 MB of cell starts for the whole of Great Britain). The search
 * visits rings of cells around the point's cell and stops when no unvisited cell can hold a
 * nearer segment, so the distance is exact.
 */
final class SegmentGrid {

    static final double MIN_CELL_M = 200;
    static final int MAX_CELLS = 4_000_000;

    private final EdgeGeometries geometries;
    private final double minX;
    private final double minY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] entryEdge;
    private final int[] entrySegment;

    private SegmentGrid(EdgeGeometries geometries, Envelope extent, double cell, int[] cellStart, int[] entryEdge,
                        int[] entrySegment) {
        this.geometries = geometries;
        this.minX = extent.getMinX();
        this.minY = extent.getMinY();
        this.cell = cell;
        this.columns = (int) Math.floor(extent.getWidth() / cell) + 1;
        this.rows = (int) Math.floor(extent.getHeight() / cell) + 1;
        this.cellStart = cellStart;
        this.entryEdge = entryEdge;
        this.entrySegment = entrySegment;
    }

    /** Lists the segments of the walkable edges of a network. */
    static SegmentGrid of(WalkingNetwork network) {
        EdgeGeometries g = network.geometries();
        Envelope extent = new Envelope();
        int segments = 0;
        for (int e = 0; e < network.edgeCount(); e++) {
            if (network.isWalkable(e)) {
                for (int i = 0; i < g.pointCount(e); i++) {
                    extent.expandToInclude(g.x(e, i), g.y(e, i));
                }
                segments += g.pointCount(e) - 1;
            }
        }
        if (extent.isNull()) {
            extent = new Envelope(0, 0, 0, 0);
        }
        double cell = Math.max(MIN_CELL_M, Math.sqrt(extent.getArea() / MAX_CELLS));
        int columns = (int) Math.floor(extent.getWidth() / cell) + 1;
        int rows = (int) Math.floor(extent.getHeight() / cell) + 1;
        int[] count = new int[columns * rows + 1];
        forEachSegmentCell(network, extent, cell, columns, (c, e, s) -> count[c + 1]++);
        for (int c = 0; c < columns * rows; c++) {
            count[c + 1] += count[c];
        }
        int[] edge = new int[count[columns * rows]];
        int[] segment = new int[edge.length];
        int[] next = Arrays.copyOf(count, columns * rows);
        forEachSegmentCell(network, extent, cell, columns, (c, e, s) -> {
            edge[next[c]] = e;
            segment[next[c]++] = s;
        });
        return new SegmentGrid(g, extent, cell, count, edge, segment);
    }

    /** Receives one (cell, edge, segment) listing. */
    @FunctionalInterface
    private interface Listing {
        void accept(int cell, int edge, int segment);
    }

    private static void forEachSegmentCell(WalkingNetwork network, Envelope extent, double cell, int columns, Listing out) {
        EdgeGeometries g = network.geometries();
        for (int e = 0; e < network.edgeCount(); e++) {
            if (!network.isWalkable(e)) {
                continue;
            }
            for (int s = 0; s + 1 < g.pointCount(e); s++) {
                int c0 = (int) ((Math.min(g.x(e, s), g.x(e, s + 1)) - extent.getMinX()) / cell);
                int c1 = (int) ((Math.max(g.x(e, s), g.x(e, s + 1)) - extent.getMinX()) / cell);
                int r0 = (int) ((Math.min(g.y(e, s), g.y(e, s + 1)) - extent.getMinY()) / cell);
                int r1 = (int) ((Math.max(g.y(e, s), g.y(e, s + 1)) - extent.getMinY()) / cell);
                for (int r = r0; r <= r1; r++) {
                    for (int c = c0; c <= c1; c++) {
                        out.accept(r * columns + c, e, s);
                    }
                }
            }
        }
    }

    /**
     * The nearest walkable segment to a point: ties (a street corner, where two edges share the
     * nearest point; distances within {@link Snapper#TIE_M} of each other) go to the lowest edge,
     * then the lowest segment, so the answer does not depend on the order of the cells.
     *
     * @param edge     the edge
     * @param segment  the segment of the edge, from its vertex {@code segment} to the next
     * @param fraction where the nearest point lies along the segment, 0 to 1
     * @param distanceM the distance from the point, metres
     */
    record Nearest(int edge, int segment, double fraction, double distanceM) {
    }

    /**
     * @param x     easting of the point
     * @param y     northing of the point
     * @param limit the farthest distance of interest, metres
     * @return the nearest walkable segment within {@code limit} of the point, or null when there is none
     */
    Nearest nearest(double x, double y, double limit) {
        double fx = (x - minX) / cell;
        double fy = (y - minY) / cell;
        int pc = (int) Math.floor(fx);
        int pr = (int) Math.floor(fy);
        double inX = Math.min(fx - pc, 1 + pc - fx);
        double inY = Math.min(fy - pr, 1 + pr - fy);
        double nearEdge = Math.max(0, Math.min(inX, inY)) * cell;
        Best best = new Best(x, y);
        int maxRing = (int) Math.ceil(limit / cell) + 1;
        for (int k = 0; k <= maxRing; k++) {
            double ringFloor = k == 0 ? 0 : (k - 1) * cell + nearEdge;
            if (ringFloor > Math.min(best.distance, limit)) {
                break;
            }
            ring(pc, pr, k, best);
        }
        return best.edge < 0 || best.distance > limit ? null
                : new Nearest(best.edge, best.segment, best.fraction, best.distance);
    }

    /** The best segment found so far for one point. */
    private final class Best {
        private final double x;
        private final double y;
        private int edge = -1;
        private int segment;
        private double fraction;
        private double distance = Double.POSITIVE_INFINITY;

        Best(double x, double y) {
            this.x = x;
            this.y = y;
        }

        void offer(int e, int s) {
            double ax = geometries.x(e, s);
            double ay = geometries.y(e, s);
            double dx = geometries.x(e, s + 1) - ax;
            double dy = geometries.y(e, s + 1) - ay;
            double len2 = dx * dx + dy * dy;
            double f = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
            double d = Math.hypot(x - (ax + f * dx), y - (ay + f * dy));
            if (d < distance - Snapper.TIE_M
                    || d <= distance + Snapper.TIE_M && (e < edge || e == edge && s < segment)) {
                edge = e;
                segment = s;
                fraction = f;
                distance = d;
            }
        }
    }

    /** Offers the segments listed in the cells at Chebyshev distance k from (pc, pr). */
    private void ring(int pc, int pr, int k, Best best) {
        int r0 = Math.max(pr - k, 0);
        int r1 = Math.min(pr + k, rows - 1);
        for (int r = r0; r <= r1; r++) {
            int step = r == pr - k || r == pr + k ? 1 : 2 * k;
            for (int c = pc - k; c <= pc + k; c += Math.max(step, 1)) {
                if (c >= 0 && c < columns) {
                    int cellIndex = r * columns + c;
                    for (int i = cellStart[cellIndex]; i < cellStart[cellIndex + 1]; i++) {
                        best.offer(entryEdge[i], entrySegment[i]);
                    }
                }
            }
        }
    }
}
