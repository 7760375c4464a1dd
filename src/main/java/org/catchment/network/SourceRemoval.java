package org.catchment.network;

import com.graphhopper.util.EdgeIteratorState;
import java.util.BitSet;

/**
 * A multi-source search as it would be without one source: the node times if that facility
 * closed, found by searching again only where it was the nearest.
 *
 * <p>Why this is exact: a node whose nearest source is another facility g keeps its time and
 * source, because removing a start can only lengthen paths and g's path to it does not pass
 * through a node of the removed source (every node on a shortest path from g is nearest to g).
 * The nodes of the removed source f are searched again by the same Dijkstra as
 * {@link MultiSourceSearch} (same edge times, same (minutes, source) order, same limit), seeded
 * from their neighbours outside f's nodes at those neighbours' times and from the other starts
 * that lie among them; so the result is the same as a search without f's starts (a test checks
 * this; times agree to rounding, as f's start still cuts its edge in two here). The work is about the size of f's part of the network, not of the
 * whole: one search per facility restricted to its reach.
 *
 * <p>Built once per search (the network's stretches as arcs, and each source's nodes); then
 * {@link #without} may be called for any source, from several threads.
 */
public final class SourceRemoval {

    /**
     * A search without one source.
     *
     * @param search  the search with the source's nodes re-timed (a copy; the original is unchanged)
     * @param retimed the nodes whose times were redone: those the source was nearest to
     * @param edges   the network edges with a stretch ending at a re-timed node: the only edges
     *                whose reachable stretches can differ
     */
    public record Removal(SearchResult search, BitSet retimed, BitSet edges) {
    }

    private final SearchResult search;
    private final int[] first;
    private final int[] target;
    private final double[] arcMinutes;
    private final int[] arcEdge;
    private final boolean[] forward;
    private final boolean[] backward;
    private final int[] bySourceFirst;
    private final int[] bySource;

    /** @param search a search over the whole network (not {@link SearchResult#restrictedTo restricted}) */
    public SourceRemoval(SearchResult search) {
        this.search = search;
        int nodes = search.nodeCount();
        WalkingNetwork network = search.network();
        int[] degree = new int[nodes + 1];
        int[] count = {0};
        search.forEachSegment((edge, a, b, nodeA, nodeB) -> {
            degree[nodeA]++;
            degree[nodeB]++;
            count[0] += 2;
        });
        first = new int[nodes + 1];
        for (int n = 0; n < nodes; n++) {
            first[n + 1] = first[n] + degree[n];
        }
        int arcs = count[0];
        target = new int[arcs];
        arcMinutes = new double[arcs];
        arcEdge = new int[arcs];
        forward = new boolean[arcs];
        backward = new boolean[arcs];
        int[] next = first.clone();
        search.forEachSegment((edge, a, b, nodeA, nodeB) -> {
            EdgeIteratorState state = network.graph().getEdgeIteratorState(edge, Integer.MIN_VALUE);
            boolean alongEdge = b >= a;
            boolean fromA = alongEdge ? state.get(network.access()) : state.getReverse(network.access());
            boolean fromB = alongEdge ? state.getReverse(network.access()) : state.get(network.access());
            double minutes = Math.abs(b - a) / search.metresPerMinute(edge);
            arc(next[nodeA]++, nodeB, minutes, edge, fromA, fromB);
            arc(next[nodeB]++, nodeA, minutes, edge, fromB, fromA);
        });
        int sources = 0;
        for (int n = 0; n < nodes; n++) {
            sources = Math.max(sources, search.source(n) + 1);
        }
        bySourceFirst = new int[sources + 1];
        for (int n = 0; n < nodes; n++) {
            if (search.source(n) >= 0) {
                bySourceFirst[search.source(n) + 1]++;
            }
        }
        for (int s = 0; s < sources; s++) {
            bySourceFirst[s + 1] += bySourceFirst[s];
        }
        bySource = new int[bySourceFirst[sources]];
        int[] at = bySourceFirst.clone();
        for (int n = 0; n < nodes; n++) {
            if (search.source(n) >= 0) {
                bySource[at[search.source(n)]++] = n;
            }
        }
    }

    private void arc(int i, int to, double minutes, int edge, boolean out, boolean in) {
        target[i] = to;
        arcMinutes[i] = minutes;
        arcEdge[i] = edge;
        forward[i] = out;
        backward[i] = in;
    }

    /**
     * @param source a facility index of the search
     * @return the search without that facility's starts
     */
    public Removal without(int source) {
        BitSet retimed = new BitSet();
        BitSet edges = new BitSet();
        if (source < 0 || source + 1 >= bySourceFirst.length) {
            return new Removal(search, retimed, edges);
        }
        double[] minutes = search.minutesCopy();
        int[] from = search.sourceCopy();
        for (int i = bySourceFirst[source]; i < bySourceFirst[source + 1]; i++) {
            int n = bySource[i];
            retimed.set(n);
            minutes[n] = Double.POSITIVE_INFINITY;
            from[n] = -1;
        }
        NodeHeap heap = new NodeHeap(minutes.length, minutes, from);
        for (int v = retimed.nextSetBit(0); v >= 0; v = retimed.nextSetBit(v + 1)) {
            for (int k = first[v]; k < first[v + 1]; k++) {
                edges.set(arcEdge[k]);
                int u = target[k];
                if (backward[k] && !retimed.get(u) && search.source(u) >= 0) {
                    relax(heap, minutes, from, v, search.minutes(u) + arcMinutes[k], search.source(u));
                }
            }
        }
        SearchResult.Starts starts = search.starts();
        for (int i = 0; i < starts.nodes().length; i++) {
            if (starts.sources()[i] != source && retimed.get(starts.nodes()[i])) {
                relax(heap, minutes, from, starts.nodes()[i], starts.minutes()[i], starts.sources()[i]);
            }
        }
        BitSet settled = new BitSet();
        while (!heap.isEmpty()) {
            int u = heap.pop();
            if (minutes[u] > search.maxMinutes()) {
                break;
            }
            settled.set(u);
            for (int k = first[u]; k < first[u + 1]; k++) {
                int v = target[k];
                if (forward[k] && retimed.get(v) && !settled.get(v)) {
                    relax(heap, minutes, from, v, minutes[u] + arcMinutes[k], from[u]);
                }
            }
        }
        for (int n = retimed.nextSetBit(0); n >= 0; n = retimed.nextSetBit(n + 1)) {
            if (!settled.get(n)) {
                minutes[n] = Double.POSITIVE_INFINITY;
                from[n] = -1;
            }
        }
        return new Removal(search.withTimes(minutes, from), retimed, edges);
    }

    private static void relax(NodeHeap heap, double[] minutes, int[] from, int v, double t, int s) {
        if (t < minutes[v] || (t == minutes[v] && s < from[v])) {
            minutes[v] = t;
            from[v] = s;
            heap.pushOrDecrease(v);
        }
    }
}
