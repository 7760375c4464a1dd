package org.catchment.network;

import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;

/**
 * The parts of a GraphHopper {@link Snap} needed to make a fresh one. A {@link Snap} is changed
 * by {@code QueryGraph.create}, so every search recreates its snaps from these values instead of
 * sharing them.
 *
 * @param queryLat    latitude of the query point
 * @param queryLon    longitude of the query point
 * @param edge        the closest edge
 * @param adjNode     the adjacent node of the closest edge as GraphHopper returned it (fixes its direction)
 * @param wayIndex    GraphHopper's way index
 * @param position    GraphHopper's snapped position (edge, pillar or tower)
 * @param closestNode GraphHopper's closest node
 * @param queryDistanceM GraphHopper's own distance from the query point to the snapped point
 */
public record SnapRecipe(double queryLat, double queryLon, int edge, int adjNode, int wayIndex,
                         Snap.Position position, int closestNode, double queryDistanceM) {

    static SnapRecipe of(Snap snap) {
        EdgeIteratorState e = snap.getClosestEdge();
        return new SnapRecipe(snap.getQueryPoint().lat, snap.getQueryPoint().lon, e.getEdge(), e.getAdjNode(),
                snap.getWayIndex(), snap.getSnappedPosition(), snap.getClosestNode(), snap.getQueryDistance());
    }

    /**
     * @return for a point inside a segment ({@link Snap.Position#EDGE}): whether GraphHopper's own
     *     projection of the query point falls within segment {@code wayIndex} of its copy of the
     *     edge in longitude/latitude (it may not, a hair's breadth from a vertex)
     */
    boolean projectsInside(BaseGraph graph) {
        PointList points = graph.getEdgeIteratorState(edge, adjNode).fetchWayGeometry(FetchMode.ALL);
        return DistanceCalcEarth.DIST_EARTH.validEdgeDistance(queryLat, queryLon, points.getLat(wayIndex),
                points.getLon(wayIndex), points.getLat(wayIndex + 1), points.getLon(wayIndex + 1));
    }

    Snap toSnap(BaseGraph graph) {
        Snap snap = new Snap(queryLat, queryLon);
        snap.setClosestEdge(graph.getEdgeIteratorState(edge, adjNode));
        snap.setWayIndex(wayIndex);
        snap.setSnappedPosition(position);
        snap.setClosestNode(closestNode);
        snap.setQueryDistance(queryDistanceM);
        snap.calcSnappedPoint(DistanceCalcEarth.DIST_EARTH);
        return snap;
    }
}
