package org.catchment.network;

import java.util.ArrayList;
import java.util.List;

/**
 * A direct search with one more point on the network, for tests of {@link SearchResult#minutesAt}:
 * the point is added to the starts as a start that begins at infinity (so it starts nothing), which
 * puts a virtual node at its snapped position; the time the search gives that node is the
 * reference.
 */
public final class ProbeSearch {

    private ProbeSearch() {
    }

    /**
     * @return the minutes a search from {@code starts} gives the snapped point {@code probe}
     *     (infinity when beyond {@code maxMinutes})
     */
    public static double minutesAt(WalkingNetwork network, double walkingSpeedKmh, List<SearchStart> starts,
                                   double maxMinutes, SnapPoint probe) {
        List<SearchStart> all = new ArrayList<>(starts);
        int source = starts.stream().mapToInt(SearchStart::source).max().orElse(-1) + 1;
        all.add(new SearchStart(probe, source, Double.POSITIVE_INFINITY));
        SearchResult r = new MultiSourceSearch(network, walkingSpeedKmh).everyStart().run(all, maxMinutes);
        int[] nodes = r.starts().nodes();
        return r.minutes(nodes[nodes.length - 1]);
    }
}
