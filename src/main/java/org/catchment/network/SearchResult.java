package org.catchment.network;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a multi-source search reached: for every node, the minutes from the nearest start and
 * which source that was, and the network cut into segments whose ends carry those times.
 *
 * <p>Node ids below {@link #realNodeCount()} are the network's nodes; higher ids are the virtual
 * nodes of the snapped starts. Nodes not reached within the search limit have
 * {@code Double.POSITIVE_INFINITY} minutes and source -1.
 */
public final class SearchResult {

    /** Receives the segments of the network, see {@link #forEachSegment}. */
    @FunctionalInterface
    public interface SegmentVisitor {
        /**
         * @param edge      the network edge the segment lies on
         * @param fromAlongM distance of the segment's first end from the edge's base node, metres
         * @param toAlongM   distance of its other end from the edge's base node, metres
         * @param fromNode  node at the first end (real or virtual)
         * @param toNode    node at the other end
         */
        void segment(int edge, double fromAlongM, double toAlongM, int fromNode, int toNode);
    }

    private final WalkingNetwork network;
    private final double walkingSpeedKmh;
    private final double maxMinutes;
    private final double[] minutes;
    private final int[] source;
    private final BitSet splitEdges;
    private final int[] pieceEdge;
    private final double[] pieceAlong;
    private final int[] pieceNodes;
    private final Starts starts;
    private final BitSet onlyEdges;
    /** The pieces of each split edge, made on first use by {@link #minutesAt} (a race only makes it twice). */
    private volatile Map<Integer, int[]> piecesByEdge;

    /**
     * The starts of a search: the node each began at, its source and start time, by start;
     * {@code every} is false when starts that others beat everywhere were left out
     * ({@link MultiSourceSearch#everyStart}).
     */
    record Starts(int[] nodes, int[] sources, double[] minutes, boolean every) {
    }

    SearchResult(WalkingNetwork network, double walkingSpeedKmh, double maxMinutes, double[] minutes, int[] source,
                 BitSet splitEdges, int[] pieceEdge, double[] pieceAlong, int[] pieceNodes, Starts starts,
                 BitSet onlyEdges) {
        this.starts = starts;
        this.onlyEdges = onlyEdges;
        this.network = network;
        this.walkingSpeedKmh = walkingSpeedKmh;
        this.maxMinutes = maxMinutes;
        this.minutes = minutes;
        this.source = source;
        this.splitEdges = splitEdges;
        this.pieceEdge = pieceEdge;
        this.pieceAlong = pieceAlong;
        this.pieceNodes = pieceNodes;
    }

    /** @return the network searched */
    public WalkingNetwork network() {
        return network;
    }

    /** @return the search limit in minutes */
    public double maxMinutes() {
        return maxMinutes;
    }

    /** @return the number of real network nodes (ids below are real) */
    public int realNodeCount() {
        return network.nodeCount();
    }

    /** @return the minutes from the nearest start to node {@code n}, or infinity if not reached */
    public double minutes(int n) {
        return minutes[n];
    }

    /** @return the source index of the nearest start to node {@code n}, or -1 */
    public int source(int n) {
        return source[n];
    }

    /** @return the walking speed on edge {@code e} in metres per minute */
    public double metresPerMinute(int e) {
        return walkingSpeedKmh * 1000 / 60 * network.speedKmh(e) / WalkingNetwork.NOMINAL_SPEED_KMH;
    }

    /** @return the total number of nodes, real and virtual */
    int nodeCount() {
        return minutes.length;
    }

    /** @return the search's starts */
    Starts starts() {
        return starts;
    }

    /**
     * Visits every walkable stretch of the network once: whole edges between two real nodes, and
     * the pieces into which snapped starts cut their edges. A search restricted to some edges
     * ({@link #restrictedTo}) visits only the stretches on those.
     */
    public void forEachSegment(SegmentVisitor visitor) {
        if (onlyEdges != null) {
            for (int e = onlyEdges.nextSetBit(0); e >= 0; e = onlyEdges.nextSetBit(e + 1)) {
                if (!splitEdges.get(e) && network.isWalkable(e)) {
                    visitor.segment(e, 0, network.edgeLengthM(e), network.baseNode(e), network.adjNode(e));
                }
            }
        } else {
            int edges = network.edgeCount();
            for (int e = 0; e < edges; e++) {
                if (!splitEdges.get(e) && network.isWalkable(e)) {
                    visitor.segment(e, 0, network.edgeLengthM(e), network.baseNode(e), network.adjNode(e));
                }
            }
        }
        for (int p = 0; p < pieceEdge.length; p++) {
            if (onlyEdges == null || onlyEdges.get(pieceEdge[p])) {
                visitor.segment(pieceEdge[p], pieceAlong[2 * p], pieceAlong[2 * p + 1], pieceNodes[2 * p],
                        pieceNodes[2 * p + 1]);
            }
        }
    }

    /**
     * @param edges the network edges to keep
     * @return this search seen only on those edges: the same times, but {@link #forEachSegment}
     *     visits only their stretches (to redo the reachable network of a small area)
     */
    public SearchResult restrictedTo(BitSet edges) {
        return new SearchResult(network, walkingSpeedKmh, maxMinutes, minutes, source, splitEdges, pieceEdge, pieceAlong,
                pieceNodes, starts, (BitSet) edges.clone());
    }

    /** @return this search with other node times and sources (same starts, same stretches) */
    SearchResult withTimes(double[] newMinutes, int[] newSource) {
        return new SearchResult(network, walkingSpeedKmh, maxMinutes, newMinutes, newSource, splitEdges, pieceEdge,
                pieceAlong, pieceNodes, starts, onlyEdges);
    }

    /** @return a copy of every node's minutes (real and virtual) */
    double[] minutesCopy() {
        return minutes.clone();
    }

    /** @return a copy of every node's source */
    int[] sourceCopy() {
        return source.clone();
    }

    /**
     * The time this search gives a point on the network: what a search with a virtual node at the
     * snapped point would give that node. The point lies on one stretch of its edge (the whole
     * edge, or the piece between two snapped starts, {@link #forEachSegment}); its time is the
     * smaller, over the stretch's two ends, of the end's time plus the walk along the edge from
     * that end to the point, where the edge may be walked in that direction. A point whose time
     * is beyond the search limit is not reached.
     *
     * @param snap where the point joins this search's network (from a {@link Snapper} on it)
     * @return the minutes from the nearest start to the snapped point (its off-network leg not
     *     included), or {@code Double.POSITIVE_INFINITY} beyond the search limit
     */
    public double minutesAt(SnapPoint snap) {
        int e = snap.edge();
        double a = snap.alongM();
        double best = Double.POSITIVE_INFINITY;
        if (splitEdges.get(e)) {
            for (int p : piecesOf(e)) {
                double x1 = pieceAlong[2 * p];
                double x2 = pieceAlong[2 * p + 1];
                if (a >= Math.min(x1, x2) && a <= Math.max(x1, x2)) {
                    best = Math.min(best, Math.min(from(pieceNodes[2 * p], x1, e, a), from(pieceNodes[2 * p + 1], x2, e, a)));
                }
            }
        } else {
            best = Math.min(from(network.baseNode(e), 0, e, a), from(network.adjNode(e), network.edgeLengthM(e), e, a));
        }
        return best <= maxMinutes ? best : Double.POSITIVE_INFINITY;
    }

    /** @return the time at {@code a} metres along edge e walking from {@code node}, at {@code x} metres along it */
    private double from(int node, double x, int e, double a) {
        if (Double.isInfinite(minutes[node])) {
            return Double.POSITIVE_INFINITY;
        }
        if (a != x && !network.walkable(e, a > x)) {
            return Double.POSITIVE_INFINITY;
        }
        return minutes[node] + Math.abs(a - x) / metresPerMinute(e);
    }

    /** @return the indices of the pieces of a split edge */
    private int[] piecesOf(int e) {
        Map<Integer, int[]> index = piecesByEdge;
        if (index == null) {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            for (int p = 0; p < pieceEdge.length; p++) {
                lists.computeIfAbsent(pieceEdge[p], k -> new ArrayList<>()).add(p);
            }
            index = new HashMap<>();
            for (Map.Entry<Integer, List<Integer>> en : lists.entrySet()) {
                index.put(en.getKey(), en.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
            piecesByEdge = index;
        }
        return index.getOrDefault(e, new int[0]);
    }

    /** @return the walking speed of the search, km/h */
    double walkingSpeedKmh() {
        return walkingSpeedKmh;
    }
}
