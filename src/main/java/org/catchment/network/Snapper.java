package org.catchment.network;

import com.graphhopper.storage.index.Snap;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Snaps points onto the walking network: the nearest point on the nearest walkable edge, not
 * the nearest node, within a tolerance.
 *
 * <p>The nearest walkable segment is found exactly in the working CRS on a grid of the network's
 * segments ({@link SegmentGrid}; among points nearer than {@value #TIE_M} m to each other, the
 * lower edge id), and the point is projected onto it, so the off-network distance and the
 * position along the edge are exact metres. GraphHopper's location index, which answered this
 * before, measures in longitude/latitude (where two edges are almost equally near it can pick
 * the one a few centimetres farther) and cost ten times as much for a point near a street and
 * thirty times as much for one beyond the tolerance. The GraphHopper snap the search needs is
 * made from the exact one ({@link SnapRecipe}: a tower node, a pillar or a point inside the
 * segment, moved onto the vertex where GraphHopper would put it). Points farther than the
 * tolerance (default {@value #DEFAULT_TOLERANCE_M} m) are returned as named failures, never
 * dropped silently, with the exact distance to the nearest walkable edge (up to
 * {@value #FAILURE_SEARCH_M} m).
 */
public final class Snapper {

    /** Default snap tolerance in metres. */
    public static final double DEFAULT_TOLERANCE_M = 250;
    /** Distances closer than this (metres) are ties. */
    static final double TIE_M = 1e-9;
    /** A joining point this near a vertex (metres) is put on the vertex, where GraphHopper places it too. */
    private static final double VERTEX_M = 1e-6;

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
     * @param point the point, in the working CRS; kept (not copied) in the snap or failure, so it must not change
     * @return the snap, or a failure
     */
    public SnapOutcome snapOrFail(String name, Coordinate point) {
        SegmentGrid.Nearest nearest = grid.nearest(point.x, point.y, Math.max(FAILURE_SEARCH_M, 2 * toleranceM));
        if (nearest == null || nearest.distanceM() > toleranceM) {
            return new SnapFailure(name, point,
                    nearest == null ? Double.POSITIVE_INFINITY : nearest.distanceM(), toleranceM);
        }
        SnapPoint sp = onEdge(name, point, nearest.edge(), nearest.segment(),
                onVertex(nearest.edge(), nearest.segment(), nearest.fraction()));
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

    /** @return the point at fraction f of segment i of edge e (a vertex itself at 0 and 1) */
    private static Coordinate at(EdgeGeometries g, int e, int i, double f) {
        if (f == 0 || f == 1) {
            int v = f == 0 ? i : i + 1;
            return new Coordinate(g.x(e, v), g.y(e, v));
        }
        return new Coordinate(g.x(e, i) + f * (g.x(e, i + 1) - g.x(e, i)), g.y(e, i) + f * (g.y(e, i + 1) - g.y(e, i)));
    }

    /** @return the fraction f along segment i of edge e, put on a vertex (0 or 1) when within {@value #VERTEX_M} m of it */
    private double onVertex(int e, int i, double f) {
        EdgeGeometries g = network.geometries();
        double len = Math.hypot(g.x(e, i + 1) - g.x(e, i), g.y(e, i + 1) - g.y(e, i));
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
        return new SnapPoint(name, point, e, alongM, point.distance(on), on, recipe);
    }

    private static double lengthTo(EdgeGeometries g, int e, int vertex) {
        double len = 0;
        for (int i = 1; i <= vertex; i++) {
            len += Math.hypot(g.x(e, i) - g.x(e, i - 1), g.y(e, i) - g.y(e, i - 1));
        }
        return len;
    }
}
