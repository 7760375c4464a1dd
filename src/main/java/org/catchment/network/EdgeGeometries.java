package org.catchment.network;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * The geometry (working CRS) and exact length of every graph edge, packed into flat arrays.
 *
 * <p>GraphHopper keeps its own copy of each edge's geometry in latitude/longitude (for its
 * location index) and rounds edge distances to millimetres. Catchments are measured here
 * instead, on the original British National Grid coordinates, so that a 400 m link is exactly
 * 400 m long and partial edges are cut at exact distances. Edge {@code e}'s coordinates run from
 * its GraphHopper base node to its adjacent node.
 */
public final class EdgeGeometries {

    private final double[] xy;
    private final int[] start;
    private final double[] lengthM;

    private EdgeGeometries(double[] xy, int[] start, double[] lengthM) {
        this.xy = xy;
        this.start = start;
        this.lengthM = lengthM;
    }

    /** @return the number of edges */
    public int size() {
        return lengthM.length;
    }

    /** @return the number of coordinates of edge {@code e} (at least 2) */
    public int pointCount(int e) {
        return start[e + 1] - start[e];
    }

    /** @return easting of point {@code i} of edge {@code e} */
    public double x(int e, int i) {
        return xy[2 * (start[e] + i)];
    }

    /** @return northing of point {@code i} of edge {@code e} */
    public double y(int e, int i) {
        return xy[2 * (start[e] + i) + 1];
    }

    /** @return the exact length of edge {@code e} in metres */
    public double lengthM(int e) {
        return lengthM[e];
    }

    /** @return edge {@code e} as a JTS line (base node to adjacent node) */
    public LineString line(int e, GeometryFactory factory) {
        int n = pointCount(e);
        double[] packed = Arrays.copyOfRange(xy, 2 * start[e], 2 * (start[e] + n));
        return factory.createLineString(new PackedCoordinateSequence.Double(packed, 2, 0));
    }

    /**
     * Extracts the stretch of edge {@code e} between two distances from its base node, following
     * its geometry. The line runs from {@code fromAlongM} to {@code toAlongM}, so it is reversed
     * when {@code toAlongM < fromAlongM}.
     *
     * @return the stretch, or null when it has no length
     */
    public LineString subLine(int e, double fromAlongM, double toAlongM, GeometryFactory factory) {
        double lo = Math.max(0, Math.min(fromAlongM, toAlongM));
        double hi = Math.min(lengthM(e), Math.max(fromAlongM, toAlongM));
        if (!(hi > lo)) {
            return null;
        }
        int n = pointCount(e);
        double[] out = new double[2 * (n + 2)];
        int k = 0;
        double run = 0;
        for (int i = 0; i < n - 1 && run < hi; i++) {
            double x0 = x(e, i);
            double y0 = y(e, i);
            double seg = Math.hypot(x(e, i + 1) - x0, y(e, i + 1) - y0);
            double end = run + seg;
            if (end > lo && seg > 0) {
                if (k == 0) {
                    double f = (lo - run) / seg;
                    out[k++] = x0 + f * (x(e, i + 1) - x0);
                    out[k++] = y0 + f * (y(e, i + 1) - y0);
                }
                if (end < hi) {
                    out[k++] = x(e, i + 1);
                    out[k++] = y(e, i + 1);
                } else {
                    double f = (hi - run) / seg;
                    out[k++] = x0 + f * (x(e, i + 1) - x0);
                    out[k++] = y0 + f * (y(e, i + 1) - y0);
                }
            }
            run = end;
        }
        if (k < 4) {
            return null;
        }
        double[] packed = Arrays.copyOf(out, k);
        if (toAlongM < fromAlongM) {
            for (int i = 0, j = k - 2; i < j; i += 2, j -= 2) {
                double tx = packed[i];
                double ty = packed[i + 1];
                packed[i] = packed[j];
                packed[i + 1] = packed[j + 1];
                packed[j] = tx;
                packed[j + 1] = ty;
            }
        }
        return factory.createLineString(new PackedCoordinateSequence.Double(packed, 2, 0));
    }

    /**
     * Finds the point at a distance along edge {@code e}, measured from its base node.
     *
     * @param alongM distance from the base node, clamped to [0, length]
     * @return the point
     */
    public Coordinate pointAt(int e, double alongM) {
        int n = pointCount(e);
        double remaining = Math.max(0, alongM);
        for (int i = 0; i < n - 1; i++) {
            double dx = x(e, i + 1) - x(e, i);
            double dy = y(e, i + 1) - y(e, i);
            double seg = Math.hypot(dx, dy);
            if (remaining <= seg && seg > 0) {
                double f = remaining / seg;
                return new Coordinate(x(e, i) + f * dx, y(e, i) + f * dy);
            }
            remaining -= seg;
        }
        return new Coordinate(x(e, n - 1), y(e, n - 1));
    }

    /** Accumulates edges in edge-id order. */
    public static final class Builder {
        private double[] xy = new double[1024];
        private int[] start = new int[257];
        private double[] lengthM = new double[256];
        private int edges;
        private int points;

        /**
         * Appends the next edge; its id must be the number of edges added before it.
         *
         * @param coordinates flat x,y pairs, base node first
         * @param count       the number of points (at least 2)
         * @return the edge's length in metres
         */
        public double add(double[] coordinates, int count) {
            if (count < 2) {
                throw new IllegalArgumentException("an edge needs at least two points");
            }
            if (2 * (points + count) > xy.length) {
                xy = Arrays.copyOf(xy, Math.max(2 * (points + count), xy.length * 2));
            }
            if (edges == lengthM.length) {
                lengthM = Arrays.copyOf(lengthM, lengthM.length * 2);
                start = Arrays.copyOf(start, lengthM.length + 1);
            }
            System.arraycopy(coordinates, 0, xy, 2 * points, 2 * count);
            double len = 0;
            for (int i = 1; i < count; i++) {
                len += Math.hypot(coordinates[2 * i] - coordinates[2 * i - 2],
                        coordinates[2 * i + 1] - coordinates[2 * i - 1]);
            }
            start[edges] = points;
            lengthM[edges] = len;
            points += count;
            edges++;
            start[edges] = points;
            return len;
        }

        /** @return the number of edges added so far */
        public int size() {
            return edges;
        }

        /** @return the finished, trimmed store */
        public EdgeGeometries build() {
            return new EdgeGeometries(Arrays.copyOf(xy, 2 * points), Arrays.copyOf(start, edges + 1),
                    Arrays.copyOf(lengthM, edges));
        }
    }

    /** @return the packed arrays (coordinates, per-edge start index, lengths) for the cache */
    Object[] arrays() {
        return new Object[] {xy, start, lengthM};
    }

    /** Rebuilds a store from {@link #arrays()}. */
    static EdgeGeometries of(double[] xy, int[] start, double[] lengthM) {
        return new EdgeGeometries(xy, start, lengthM);
    }
}
