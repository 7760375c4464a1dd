package org.catchment.network;

import java.util.ArrayList;
import java.util.List;

/**
 * A direct search with one more point on the network, for tests of {@link SearchResult#minutesAt}:
 * the point is added to the starts as a start that begins at infinity (so it starts nothing), which
 * puts a virtual node at its snapped position; the time the search gives that node is the
 * reference. The starts are those the search keeps ({@link DominatedStarts}), as in an analysis.
 */
public final class ProbeSearch {

    private ProbeSearch() {
    }

    /**
     * @return the minutes a search from {@code starts} gives the snapped point {@code probe}
     *     (infinity when beyond {@code maxMinutes}); NaN when GraphHopper's query graph put the
     *     probe on the virtual node of a start (it merges snaps within 10^-6 degrees, about 0.1 m, of
     *     each other on one edge) at another place, where the search starts the probe at that
     *     start's time and cannot serve as a reference
     */
    public static double minutesAt(WalkingNetwork network, double walkingSpeedKmh, List<SearchStart> starts,
                                   double maxMinutes, SnapPoint probe) {
        // the starts the search itself keeps (two starts a few centimetres apart on one edge would
        // otherwise share one virtual node of the query graph), then the probe, which starts nothing
        List<SearchStart> all = new ArrayList<>(DominatedStarts.without(network, starts, walkingSpeedKmh));
        int source = starts.stream().mapToInt(SearchStart::source).max().orElse(-1) + 1;
        all.add(new SearchStart(probe, source, Double.POSITIVE_INFINITY));
        SearchResult r = new MultiSourceSearch(network, walkingSpeedKmh).everyStart().run(all, maxMinutes);
        int[] nodes = r.starts().nodes();
        int probeNode = nodes[nodes.length - 1];
        for (int i = 0; i < nodes.length - 1; i++) {
            SnapPoint start = all.get(i).snap();
            boolean samePlace = start.edge() == probe.edge() && start.alongM() == probe.alongM();
            if (nodes[i] == probeNode && probeNode >= network.nodeCount() && !samePlace) {
                return Double.NaN;
            }
        }
        return r.minutes(probeNode);
    }
}
