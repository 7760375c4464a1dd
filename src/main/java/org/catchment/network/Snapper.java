package org.catchment.network;

import com.graphhopper.routing.util.AccessFilter;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIteratorState;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Snaps points onto the walking network: the nearest point on the nearest walkable edge, not
 * the nearest node, within a tolerance.
 *
 * <p>GraphHopper's location index finds the closest walkable edge and the segment of its
 * geometry; the point is then projected onto that segment in EPSG:27700 so the off-network
 * distance and the position along the edge are exact metres. Points farther than the tolerance
 * (default {@value #DEFAULT_TOLERANCE_M} m) are returned as named failures, never dropped silently,
 * with the exact distance to the nearest walkable edge (up to {@value #FAILURE_SEARCH_M} m); they
 * are told from a {@link SegmentGrid} before the location index is asked, as such points cost the
 * index several times what a point near a street costs.
 */
public final class Snapper {

    /** Default snap tolerance in metres. */
    public static final double DEFAULT_TOLERANCE_M = 250;

    /**
     * How far the distance to the nearest walkable edge is sought for a point that does not join,
     * metres (at least twice the tolerance); beyond it the report says "no walkable path or road nearby".
     */
    static final double FAILURE_SEARCH_M = 2000;

    private final WalkingNetwork network;
    private final double toleranceM;
    private final SegmentGrid grid;

    /**
     * @param network    the network
     * @param toleranceM the largest off-network distance accepted, metres
     */
    public Snapper(WalkingNetwork network, double toleranceM) {
        if (!(toleranceM > 0)) {
            throw new IllegalArgumentException("snap tolerance must be positive: " + toleranceM);
        }
        this.network = network;
        this.toleranceM = toleranceM;
        this.grid = network.segmentGrid();
    }

    /** The outcome of snapping a list of points. */
    public record Result(List<SnapPoint> snapped, List<SnapFailure> failures) {
    }

    /**
     * @param name  the point's name for messages
     * @param point the point, EPSG:27700
     * @return the snap, or a failure
     */
    public SnapOutcome snapOrFail(String name, Coordinate point) {
        double nearest = grid.nearestWithin(point.x, point.y, toleranceM, Math.max(FAILURE_SEARCH_M, 2 * toleranceM));
        if (nearest > toleranceM) {
            return new SnapFailure(name, new Coordinate(point.x, point.y), nearest, toleranceM);
        }
        double[] ll = network.projection().toLonLat(new double[] {point.x, point.y}, 1);
        Snap snap = network.index().findClosest(ll[1], ll[0], AccessFilter.allEdges(network.access()));
        if (!snap.isValid()) {
            return new SnapFailure(name, point, Double.POSITIVE_INFINITY, toleranceM);
        }
        SnapPoint sp = exact(name, point, snap);
        if (sp.offsetM() > toleranceM) {
            return new SnapFailure(name, point, sp.offsetM(), toleranceM);
        }
        return sp;
    }

    /**
     * Snaps a point.
     *
     * @return the snap, or null when no walkable edge lies within the tolerance
     */
    public SnapPoint snap(String name, Coordinate point) {
        return snapOrFail(name, point) instanceof SnapPoint sp ? sp : null;
    }

    /**
     * Snaps points in order.
     *
     * @param names  one name per point
     * @param points the points, EPSG:27700
     */
    public Result snapAll(List<String> names, List<Coordinate> points) {
        List<SnapPoint> ok = new ArrayList<>();
        List<SnapFailure> failed = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            SnapOutcome outcome = snapOrFail(names.get(i), points.get(i));
            if (outcome instanceof SnapPoint sp) {
                ok.add(sp);
            } else {
                failed.add((SnapFailure) outcome);
            }
        }
        return new Result(ok, failed);
    }

    /** Re-does GraphHopper's projection in EPSG:27700 on the segment it chose. */
    private SnapPoint exact(String name, Coordinate point, Snap snap) {
        EdgeIteratorState state = snap.getClosestEdge();
        int e = state.getEdge();
        EdgeGeometries g = network.geometries();
        int n = g.pointCount(e);
        boolean reversed = state.get(EdgeIteratorState.REVERSE_STATE);
        double alongM;
        Coordinate on;
        switch (snap.getSnappedPosition()) {
            case TOWER -> {
                boolean atBase = snap.getClosestNode() == network.baseNode(e);
                alongM = atBase ? 0 : g.lengthM(e);
                on = atBase ? new Coordinate(g.x(e, 0), g.y(e, 0)) : new Coordinate(g.x(e, n - 1), g.y(e, n - 1));
            }
            case PILLAR -> {
                int vertex = reversed ? n - 1 - snap.getWayIndex() : snap.getWayIndex();
                alongM = lengthTo(g, e, vertex);
                on = new Coordinate(g.x(e, vertex), g.y(e, vertex));
            }
            default -> {
                int segment = reversed ? n - 2 - snap.getWayIndex() : snap.getWayIndex();
                double ax = g.x(e, segment);
                double ay = g.y(e, segment);
                double dx = g.x(e, segment + 1) - ax;
                double dy = g.y(e, segment + 1) - ay;
                double len2 = dx * dx + dy * dy;
                double f = len2 == 0 ? 0 : ((point.x - ax) * dx + (point.y - ay) * dy) / len2;
                f = Math.max(0, Math.min(1, f));
                on = new Coordinate(ax + f * dx, ay + f * dy);
                alongM = lengthTo(g, e, segment) + f * Math.sqrt(len2);
            }
        }
        return new SnapPoint(name, new Coordinate(point.x, point.y), e, alongM, point.distance(on), on,
                SnapRecipe.of(snap));
    }

    private static double lengthTo(EdgeGeometries g, int e, int vertex) {
        double len = 0;
        for (int i = 1; i <= vertex; i++) {
            len += Math.hypot(g.x(e, i) - g.x(e, i - 1), g.y(e, i) - g.y(e, i - 1));
        }
        return len;
    }
}
