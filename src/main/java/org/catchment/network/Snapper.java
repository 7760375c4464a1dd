package org.catchment.network;

import com.graphhopper.routing.util.AccessFilter;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIteratorState;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Snaps points onto the walking network: the nearest point on the nearest walkable edge, not
 * the nearest node, within a tolerance.
 *
 * <p>GraphHopper's location index proposes the closest walkable edge, but it measures in
 * longitude/latitude, so where two edges are almost equally near it can pick the one a few
 * centimetres farther in the working CRS. Every walkable edge whose box comes within the proposed
 * distance is therefore measured exactly on its segments in the working CRS, and the nearest point
 * of all is kept (the proposal unless another point is nearer by more than {@value #TIE_M} m;
 * among those, the lower edge id), so the off-network distance and the position along the edge
 * are exact metres. Points farther than the tolerance (default {@value #DEFAULT_TOLERANCE_M} m)
 * are returned as named failures, never dropped silently.
 */
public final class Snapper {

    /** Default snap tolerance in metres. */
    public static final double DEFAULT_TOLERANCE_M = 250;
    /** Distances closer than this (metres) are ties. */
    static final double TIE_M = 1e-9;
    /** A joining point this near a vertex (metres) is put on the vertex, where GraphHopper places it too. */
    private static final double VERTEX_M = 1e-6;

    private final WalkingNetwork network;
    private final double toleranceM;

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
    }

    /** The outcome of snapping a list of points. */
    public record Result(List<SnapPoint> snapped, List<SnapFailure> failures) {
    }

    /**
     * @param name  the point's name for messages
     * @param point the point, in the working CRS
     * @return the snap, or a failure
     */
    public SnapOutcome snapOrFail(String name, Coordinate point) {
        double[] ll = network.projection().toLonLat(new double[] {point.x, point.y}, 1);
        Snap snap = network.index().findClosest(ll[1], ll[0], AccessFilter.allEdges(network.access()));
        if (!snap.isValid()) {
            return new SnapFailure(name, point, Double.POSITIVE_INFINITY, toleranceM);
        }
        SnapPoint sp = nearest(name, point, exact(name, point, snap));
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
     * @param points the points, in the working CRS
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

    /** Re-does GraphHopper's projection in the working CRS on the segment it chose. */
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

    /** @return the proposed snap, or the nearest point of any walkable edge when that is nearer */
    private SnapPoint nearest(String name, Coordinate point, SnapPoint proposed) {
        Envelope around = new Envelope(point);
        around.expandBy(proposed.offsetM());
        EdgeGeometries g = network.geometries();
        Nearest best = new Nearest(proposed.offsetM());
        network.forEachWalkableEdgeNear(around, e -> {
            for (int i = 0; i + 1 < g.pointCount(e); i++) {
                double f = fraction(g, e, i, point);
                best.offer(e, i, f, point.distance(at(g, e, i, f)));
            }
        });
        return best.edge < 0 ? proposed : onEdge(name, point, best.edge, best.segment, best.fraction);
    }

    /** The nearest point found so far that is nearer than the proposal (on any edge, its own included), if any. */
    private static final class Nearest {
        private double distanceM;
        private int edge = -1;
        private int segment;
        private double fraction;

        Nearest(double proposedM) {
            this.distanceM = proposedM;
        }

        void offer(int e, int i, double f, double d) {
            if (d < distanceM - TIE_M || (edge >= 0 && d <= distanceM + TIE_M && e < edge)) {
                distanceM = d;
                edge = e;
                segment = i;
                fraction = f;
            }
        }
    }

    /** @return the point at fraction f of segment i of edge e (a vertex itself at 0 and 1) */
    private static Coordinate at(EdgeGeometries g, int e, int i, double f) {
        if (f == 0 || f == 1) {
            int v = f == 0 ? i : i + 1;
            return new Coordinate(g.x(e, v), g.y(e, v));
        }
        return new Coordinate(g.x(e, i) + f * (g.x(e, i + 1) - g.x(e, i)), g.y(e, i) + f * (g.y(e, i + 1) - g.y(e, i)));
    }

    /** @return the fraction along segment i of edge e of the point nearest p, put on a vertex when within {@value #VERTEX_M} m */
    private static double fraction(EdgeGeometries g, int e, int i, Coordinate p) {
        double ax = g.x(e, i);
        double ay = g.y(e, i);
        double dx = g.x(e, i + 1) - ax;
        double dy = g.y(e, i + 1) - ay;
        double len2 = dx * dx + dy * dy;
        double f = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x - ax) * dx + (p.y - ay) * dy) / len2));
        double len = Math.sqrt(len2);
        return f * len <= VERTEX_M ? 0 : (1 - f) * len <= VERTEX_M ? 1 : f;
    }

    /**
     * The snap onto edge e at vertex i (f = 0) or inside segment i (0 < f < 1), with a recipe
     * GraphHopper's query graph can place: a tower node, a pillar, or a point inside the segment
     * (given as the query point, so that GraphHopper's own projection finds that very point).
     * GraphHopper puts a point within 10^-6 degrees of a vertex on the vertex (no tiny virtual
     * edges), and so does this when GraphHopper's copy of the segment in longitude/latitude would
     * put the point just beyond its end; the snap then moves there too, as for the snaps
     * GraphHopper proposes itself, so the search starts where the snap says.
     */
    private SnapPoint onEdge(String name, Coordinate point, int e, int i, double f) {
        if (f == 1) {
            return onEdge(name, point, e, i + 1, 0);
        }
        EdgeGeometries g = network.geometries();
        int last = g.pointCount(e) - 1;
        Coordinate on = at(g, e, i, f);
        Snap.Position position = f > 0 ? Snap.Position.EDGE
                : i == 0 || i == last ? Snap.Position.TOWER : Snap.Position.PILLAR;
        double[] ll = network.projection().toLonLat(new double[] {on.x, on.y}, 1);
        SnapRecipe recipe = new SnapRecipe(ll[1], ll[0], e, network.adjNode(e), i, position,
                i == last ? network.adjNode(e) : network.baseNode(e), point.distance(on));
        if (position == Snap.Position.EDGE) {
            if (!recipe.projectsInside(network.graph())) {
                return onEdge(name, point, e, f < 0.5 ? i : i + 1, 0);
            }
            recipe = SnapRecipe.of(recipe.toSnap(network.graph()));
            if (recipe.position() != Snap.Position.EDGE) {
                return onEdge(name, point, e, recipe.wayIndex(), 0);
            }
        }
        double alongM = i == last ? g.lengthM(e)
                : lengthTo(g, e, i) + f * Math.hypot(g.x(e, i + 1) - g.x(e, i), g.y(e, i + 1) - g.y(e, i));
        return new SnapPoint(name, new Coordinate(point.x, point.y), e, alongM, point.distance(on), on, recipe);
    }

    private static double lengthTo(EdgeGeometries g, int e, int vertex) {
        double len = 0;
        for (int i = 1; i <= vertex; i++) {
            len += Math.hypot(g.x(e, i) - g.x(e, i - 1), g.y(e, i) - g.y(e, i - 1));
        }
        return len;
    }
}
