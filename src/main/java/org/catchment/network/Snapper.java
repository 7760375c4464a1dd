package org.catchment.network;

import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Snaps points onto the walking network: the nearest point on the nearest walkable edge, not
 * the nearest node, within a tolerance.
 *
 * <p>The nearest walkable segment is found in EPSG:27700 on a grid of the network's segments
 * ({@link SegmentGrid}), and the point is projected onto it, so the off-network distance and the
 * position along the edge are exact metres; the GraphHopper snap the search needs is made from
 * that ({@link SnapRecipe}: on a tower node, a pillar or the edge, as GraphHopper's location index
 * would place it). The location index, which answered this before, cost ten times as much for a
 * point near a street and thirty times as much for one beyond the tolerance, and measured in
 * latitude and longitude. Points farther than the tolerance (default {@value #DEFAULT_TOLERANCE_M}
 * m) are returned as named failures, never dropped silently, with the exact distance to the
 * nearest walkable edge (up to {@value #FAILURE_SEARCH_M} m).
 */
public final class Snapper {

    /** Default snap tolerance in metres. */
    public static final double DEFAULT_TOLERANCE_M = 250;

    /**
     * How far the distance to the nearest walkable edge is sought for a point that does not join,
     * metres (at least twice the tolerance); beyond it the report says "no walkable path or road nearby".
     */
    static final double FAILURE_SEARCH_M = 2000;

    /**
     * A snapped point this near an end node of its edge, in degrees of latitude and of longitude
     * (twice GraphHopper's 1e-6, so a few centimetres of difference in where GraphHopper projects it
     * cannot matter), is made on that node.
     */
    static final double TOWER_MERGE_DEG = 2e-6;

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
     * @param point the point, EPSG:27700; kept (not copied) in the snap or failure, so it must not change
     * @return the snap, or a failure
     */
    public SnapOutcome snapOrFail(String name, Coordinate point) {
        SegmentGrid.Nearest nearest = grid.nearest(point.x, point.y, Math.max(FAILURE_SEARCH_M, 2 * toleranceM));
        if (nearest == null || nearest.distanceM() > toleranceM) {
            return new SnapFailure(name, point,
                    nearest == null ? Double.POSITIVE_INFINITY : nearest.distanceM(), toleranceM);
        }
        return snapPoint(name, point, nearest);
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

    /**
     * Makes the snap of a point onto its nearest segment, with the GraphHopper snap the search
     * needs ({@link SnapRecipe}), as GraphHopper's location index would: on a tower node when the
     * nearest point is an end of the edge, on a pillar when it is an inner vertex, else on the edge
     * (the point itself is GraphHopper's query point, as when its index made the snap).
     */
    private SnapPoint snapPoint(String name, Coordinate point, SegmentGrid.Nearest nearest) {
        int e = nearest.edge();
        int s = nearest.segment();
        double f = nearest.fraction();
        double[] ll = network.projection().toLonLat(new double[] {point.x, point.y}, 1);
        if (f > 0 && f < 1 && !insideForGraphHopper(e, s, ll[1], ll[0])) {
            f = f < 0.5 ? 0 : 1;
        }
        EdgeGeometries g = network.geometries();
        int last = g.pointCount(e) - 1;
        if (f > 0 && f < 1 && (s == 0 || s + 1 == last)) {
            f = towerWithinMerge(e, s, f, last);
        }
        Snap.Position position;
        int wayIndex;
        int closestNode;
        double alongM;
        Coordinate on;
        if (f == 0 || f == 1) {
            int vertex = f == 0 ? s : s + 1;
            on = new Coordinate(g.x(e, vertex), g.y(e, vertex));
            alongM = vertex == last ? g.lengthM(e) : lengthTo(g, e, vertex);
            position = vertex == 0 || vertex == last ? Snap.Position.TOWER : Snap.Position.PILLAR;
            wayIndex = vertex;
            closestNode = vertex == 0 ? network.baseNode(e) : vertex == last ? network.adjNode(e) : -1;
        } else {
            double ax = g.x(e, s);
            double ay = g.y(e, s);
            double dx = g.x(e, s + 1) - ax;
            double dy = g.y(e, s + 1) - ay;
            on = new Coordinate(ax + f * dx, ay + f * dy);
            alongM = lengthTo(g, e, s) + f * Math.sqrt(dx * dx + dy * dy);
            position = Snap.Position.EDGE;
            wayIndex = s;
            closestNode = -1;
        }
        double offsetM = point.distance(on);
        SnapRecipe recipe = new SnapRecipe(ll[1], ll[0], e, network.adjNode(e), wayIndex, position, closestNode, offsetM);
        return new SnapPoint(name, point, e, alongM, offsetM, on, recipe);
    }

    /**
     * @return 0 or 1 when the point on the first or last segment lies so near the edge's end node
     *     that GraphHopper's query graph would take it for that node (closer than
     *     {@value #TOWER_MERGE_DEG} degrees; it merges points closer than 1e-6 degrees, about 10 cm):
     *     the start is then made on that node, as the search would use it, so that its time and
     *     position agree; else {@code f} unchanged
     */
    private double towerWithinMerge(int e, int s, double f, int last) {
        EdgeGeometries g = network.geometries();
        double ax = g.x(e, s);
        double ay = g.y(e, s);
        double[] pts = network.projection().toLonLat(new double[] {ax + f * (g.x(e, s + 1) - ax),
            ay + f * (g.y(e, s + 1) - ay), g.x(e, 0), g.y(e, 0), g.x(e, last), g.y(e, last)}, 3);
        if (s == 0 && Math.abs(pts[0] - pts[2]) < TOWER_MERGE_DEG && Math.abs(pts[1] - pts[3]) < TOWER_MERGE_DEG) {
            return 0;
        }
        if (s + 1 == last && Math.abs(pts[0] - pts[4]) < TOWER_MERGE_DEG && Math.abs(pts[1] - pts[5]) < TOWER_MERGE_DEG) {
            return 1;
        }
        return f;
    }

    /**
     * @return true when GraphHopper, which measures in latitude and longitude, places the point
     *     inside segment {@code s} of the edge: a point within centimetres of a segment's end may
     *     fall just outside it there, and GraphHopper's query graph refuses an edge snap it would
     *     not have made, so such a point is moved onto the vertex
     */
    private boolean insideForGraphHopper(int e, int s, double lat, double lon) {
        PointList points = network.graph().getEdgeIteratorState(e, network.adjNode(e)).fetchWayGeometry(FetchMode.ALL);
        return DistanceCalcEarth.DIST_EARTH.validEdgeDistance(lat, lon, points.getLat(s), points.getLon(s),
                points.getLat(s + 1), points.getLon(s + 1));
    }

    private static double lengthTo(EdgeGeometries g, int e, int vertex) {
        double len = 0;
        for (int i = 1; i <= vertex; i++) {
            len += Math.hypot(g.x(e, i) - g.x(e, i - 1), g.y(e, i) - g.y(e, i - 1));
        }
        return len;
    }
}
