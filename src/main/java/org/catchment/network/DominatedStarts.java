package org.catchment.network;

import com.graphhopper.util.EdgeIteratorState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Leaves out of a multi-source search the starts that cannot win anywhere: a start B is
 * dominated when another start A on the same edge reaches B's point, walking along the edge,
 * strictly earlier than B starts there (by more than {@value #MARGIN_MIN} min, so rounding never
 * decides). Everything B could reach is reached through B's point, so A (or a start that beats A)
 * arrives first everywhere; the times and nearest facilities of every node are those of the full
 * search. With a million facilities spread over a town (hundreds a street) most starts are
 * dominated, and each left out saves GraphHopper a virtual node and its edges.
 */
final class DominatedStarts {

    /** How much earlier a start must reach another's point to leave that one out, minutes. */
    static final double MARGIN_MIN = 1e-9;

    private DominatedStarts() {
    }

    /** @return the starts not dominated, in their order */
    static List<SearchStart> without(WalkingNetwork network, List<SearchStart> starts, double walkingSpeedKmh) {
        if (starts.size() < 2) {
            return starts;
        }
        Integer[] order = new Integer[starts.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> starts.get(i).snap().edge())
                .thenComparingDouble(i -> starts.get(i).snap().alongM()));
        boolean[] dominated = new boolean[starts.size()];
        double metresPerMinute = walkingSpeedKmh * 1000 / 60;
        int from = 0;
        while (from < order.length) {
            int edge = starts.get(order[from]).snap().edge();
            int to = from;
            while (to < order.length && starts.get(order[to]).snap().edge() == edge) {
                to++;
            }
            if (to - from > 1) {
                EdgeIteratorState state = network.graph().getEdgeIteratorState(edge, network.adjNode(edge));
                double forward = minutesPerMetre(state, false, network, metresPerMinute);
                double backward = minutesPerMetre(state, true, network, metresPerMinute);
                sweep(starts, order, from, to, forward, dominated, true);
                sweep(starts, order, from, to, backward, dominated, false);
            }
            from = to;
        }
        List<SearchStart> kept = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            if (!dominated[i]) {
                kept.add(starts.get(i));
            }
        }
        return kept.size() == starts.size() ? starts : kept;
    }

    /** @return minutes per metre walking the edge one way, or infinity where that way is closed */
    private static double minutesPerMetre(EdgeIteratorState state, boolean reverse, WalkingNetwork network,
                                          double metresPerMinute) {
        boolean open = reverse ? state.getReverse(network.access()) : state.get(network.access());
        double speed = reverse ? state.getReverse(network.speed()) : state.get(network.speed());
        return open && speed > 0 ? 1 / (metresPerMinute * speed / WalkingNetwork.NOMINAL_SPEED_KMH)
                : Double.POSITIVE_INFINITY;
    }

    /**
     * Walks the starts of one edge in one direction, carrying the earliest arrival of any start
     * behind, and marks those it reaches strictly before they start.
     */
    private static void sweep(List<SearchStart> starts, Integer[] order, int from, int to, double minutesPerMetre,
                              boolean[] dominated, boolean forward) {
        if (Double.isInfinite(minutesPerMetre)) {
            return;
        }
        double best = Double.POSITIVE_INFINITY;
        double bestAlong = 0;
        for (int k = 0; k < to - from; k++) {
            int i = order[forward ? from + k : to - 1 - k];
            SearchStart s = starts.get(i);
            double along = s.snap().alongM();
            double arrival = best + Math.abs(along - bestAlong) * minutesPerMetre;
            if (arrival < s.startMinutes() - MARGIN_MIN) {
                dominated[i] = true;
            }
            if (s.startMinutes() < arrival) {
                best = s.startMinutes();
                bestAlong = along;
            } else {
                best = arrival;
                bestAlong = along;
            }
        }
    }
}
