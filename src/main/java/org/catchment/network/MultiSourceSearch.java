package org.catchment.network;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.querygraph.VirtualEdgeIteratorState;
import com.graphhopper.routing.util.AccessFilter;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.GHUtility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;

/**
 * One Dijkstra search from many starts at once: the walking time from the nearest start to
 * every node within a time limit, and which start's facility that is.
 *
 * <p>Each start is a snapped point: GraphHopper's {@link QueryGraph} adds a virtual node there,
 * so a facility in the middle of a long link starts from that point, not from a node. Every
 * start begins at its own start time (e.g. its off-network leg). Edge times come from
 * {@link WalkingWeighting} (exact lengths in the working CRS) and the graph is explored with
 * GraphHopper's edge explorer; the loop itself is a textbook Dijkstra over an indexed binary
 * heap keyed by (minutes, source), so equal times go to the lower source index. The search stops
 * at the first node beyond the limit; nodes beyond it are reported unreached.
 */
public final class MultiSourceSearch {

    private final WalkingNetwork network;
    private final double walkingSpeedKmh;

    /**
     * @param network         the network
     * @param walkingSpeedKmh the walking speed, km/h (4.8 by default in an analysis)
     */
    public MultiSourceSearch(WalkingNetwork network, double walkingSpeedKmh) {
        if (!(walkingSpeedKmh > 0)) {
            throw new IllegalArgumentException("walking speed must be positive: " + walkingSpeedKmh);
        }
        this.network = network;
        this.walkingSpeedKmh = walkingSpeedKmh;
    }

    /** As {@link #run(List, double, BooleanSupplier)} without cancellation. */
    public SearchResult run(List<SearchStart> starts, double maxMinutes) {
        return run(starts, maxMinutes, () -> false);
    }

    /**
     * @param all        the starts (at least one); those that another start on their edge beats
     *                   everywhere are left out ({@link DominatedStarts}), which changes no result
     * @param maxMinutes the time limit (the largest band)
     * @param cancelled  polled every few thousand nodes; when true the search stops with a
     *                   {@link CancelledException}
     * @return the times and sources
     */
    public SearchResult run(List<SearchStart> all, double maxMinutes, BooleanSupplier cancelled) {
        if (!(maxMinutes > 0)) {
            throw new IllegalArgumentException("time limit must be positive: " + maxMinutes);
        }
        List<SearchStart> starts = DominatedStarts.without(network, all, walkingSpeedKmh);
        List<Snap> snaps = new ArrayList<>(starts.size());
        for (SearchStart s : starts) {
            snaps.add(s.snap().recipe().toSnap(network.graph()));
        }
        QueryGraph qg = QueryGraph.create(network.graph(), snaps);
        int realNodes = network.nodeCount();
        int realEdges = network.edgeCount();

        double[] virtualAlong = new double[qg.getNodes() - realNodes];
        for (int i = 0; i < starts.size(); i++) {
            int node = snaps.get(i).getClosestNode();
            if (node >= realNodes) {
                virtualAlong[node - realNodes] = starts.get(i).snap().alongM();
            }
        }
        int virtualEdges = qg.getEdges() - realEdges;
        double[] virtualLength = new double[virtualEdges];
        int[] pieceEdge = new int[virtualEdges];
        double[] pieceAlong = new double[2 * virtualEdges];
        int[] pieceNodes = new int[2 * virtualEdges];
        int pieces = 0;
        BitSet split = new BitSet(realEdges);
        for (int v = 0; v < virtualEdges; v++) {
            EdgeIteratorState state = qg.getEdgeIteratorState(realEdges + v, Integer.MIN_VALUE);
            if (state.getEdge() != realEdges + v) {
                // QueryGraph lists the edges of a virtual node twice; this id is a repeat of another
                continue;
            }
            int original = GHUtility.getEdgeFromEdgeKey(((VirtualEdgeIteratorState) state).getOriginalEdgeKey());
            double a = along(state.getBaseNode(), original, realNodes, virtualAlong);
            double b = along(state.getAdjNode(), original, realNodes, virtualAlong);
            virtualLength[v] = Math.abs(b - a);
            pieceEdge[pieces] = original;
            pieceAlong[2 * pieces] = a;
            pieceAlong[2 * pieces + 1] = b;
            pieceNodes[2 * pieces] = state.getBaseNode();
            pieceNodes[2 * pieces + 1] = state.getAdjNode();
            pieces++;
            split.set(original);
        }
        WalkingWeighting weighting = new WalkingWeighting(network, walkingSpeedKmh, virtualLength);

        int nodes = qg.getNodes();
        double[] minutes = new double[nodes];
        int[] source = new int[nodes];
        Arrays.fill(minutes, Double.POSITIVE_INFINITY);
        Arrays.fill(source, -1);
        NodeHeap heap = new NodeHeap(nodes, minutes, source);
        for (int i = 0; i < starts.size(); i++) {
            int node = snaps.get(i).getClosestNode();
            SearchStart s = starts.get(i);
            if (better(s.startMinutes(), s.source(), minutes[node], source[node])) {
                minutes[node] = s.startMinutes();
                source[node] = s.source();
                heap.pushOrDecrease(node);
            }
        }
        BitSet settled = new BitSet(nodes);
        EdgeExplorer explorer = qg.createEdgeExplorer(AccessFilter.outEdges(network.access()));
        int visited = 0;
        while (!heap.isEmpty()) {
            int u = heap.pop();
            if (minutes[u] > maxMinutes) {
                break;
            }
            settled.set(u);
            if ((++visited & 4095) == 0 && cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            EdgeIterator it = explorer.setBaseNode(u);
            while (it.next()) {
                int v = it.getAdjNode();
                if (settled.get(v)) {
                    continue;
                }
                double t = minutes[u] + weighting.calcEdgeWeight(it, false);
                if (better(t, source[u], minutes[v], source[v])) {
                    minutes[v] = t;
                    source[v] = source[u];
                    heap.pushOrDecrease(v);
                }
            }
        }
        for (int n = 0; n < nodes; n++) {
            if (!settled.get(n)) {
                minutes[n] = Double.POSITIVE_INFINITY;
                source[n] = -1;
            }
        }
        return new SearchResult(network, walkingSpeedKmh, maxMinutes, minutes, source, split,
                Arrays.copyOf(pieceEdge, pieces), Arrays.copyOf(pieceAlong, 2 * pieces), Arrays.copyOf(pieceNodes, 2 * pieces));
    }

    private static boolean better(double t, int s, double bestT, int bestS) {
        return t < bestT || (t == bestT && s < bestS);
    }

    private double along(int node, int originalEdge, int realNodes, double[] virtualAlong) {
        if (node >= realNodes) {
            return virtualAlong[node - realNodes];
        }
        return node == network.baseNode(originalEdge) ? 0 : network.edgeLengthM(originalEdge);
    }
}
