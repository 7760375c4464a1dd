package org.catchment.network;

import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeIteratorState;

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
