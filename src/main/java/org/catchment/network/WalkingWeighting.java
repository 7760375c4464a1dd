package org.catchment.network;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.EdgeIteratorState;

/**
 * GraphHopper weighting that gives the walking time of an edge in minutes from its exact
 * length in the working CRS: {@code minutes = length / (walking speed) x (nominal speed / edge speed)}.
 *
 * <p>Every OS Open Roads edge carries the nominal speed, so its time is its length at the
 * analysis walking speed. OpenStreetMap edges carry GraphHopper's foot speeds (steps 3 km/h
 * against a nominal 5), so steps take 5/3 as long. Virtual edges made by a query graph (from a
 * snapped point to the ends of its edge) are measured exactly between the snapped positions.
 */
final class WalkingWeighting implements Weighting {

    private final WalkingNetwork network;
    private final BooleanEncodedValue access;
    private final DecimalEncodedValue speed;
    private final double metresPerMinute;
    private final int realEdges;
    private final double[] virtualLengthM;

    /**
     * @param walkingSpeedKmh the analysis walking speed
     * @param virtualLengthM  the exact length of each virtual edge of the query graph, indexed by
     *                        edge id minus the real edge count; empty when there are none
     */
    WalkingWeighting(WalkingNetwork network, double walkingSpeedKmh, double[] virtualLengthM) {
        this.network = network;
        this.access = network.access();
        this.speed = network.speed();
        this.metresPerMinute = walkingSpeedKmh * 1000 / 60;
        this.realEdges = network.edgeCount();
        this.virtualLengthM = virtualLengthM;
    }

    @Override
    public double calcMinWeightPerDistance() {
        return 1 / (metresPerMinute * speed.getMaxOrMaxStorableDecimal() / WalkingNetwork.NOMINAL_SPEED_KMH);
    }

    @Override
    public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
        if (!(reverse ? edge.getReverse(access) : edge.get(access))) {
            return Double.POSITIVE_INFINITY;
        }
        return lengthM(edge) / metresPerMinute(edge);
    }

    /** @return the walking speed on this edge in metres per minute */
    double metresPerMinute(EdgeIteratorState edge) {
        return metresPerMinute * edge.get(speed) / WalkingNetwork.NOMINAL_SPEED_KMH;
    }

    /** @return the exact length of a real or virtual edge in metres */
    double lengthM(EdgeIteratorState edge) {
        int e = edge.getEdge();
        return e < realEdges ? network.edgeLengthM(e) : virtualLengthM[e - realEdges];
    }

    @Override
    public long calcEdgeMillis(EdgeIteratorState edge, boolean reverse) {
        return Math.round(calcEdgeWeight(edge, reverse) * 60_000);
    }

    @Override
    public double calcTurnWeight(int inEdge, int viaNode, int outEdge) {
        return 0;
    }

    @Override
    public long calcTurnMillis(int inEdge, int viaNode, int outEdge) {
        return 0;
    }

    @Override
    public boolean hasTurnCosts() {
        return false;
    }

    @Override
    public String getName() {
        return "catchment_walk";
    }
}
