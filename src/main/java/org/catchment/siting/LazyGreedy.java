package org.catchment.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;

/**
 * Greedy maximisation of a coverage objective with lazy re-evaluation (Minoux's accelerated
 * greedy): pick, k times, the candidate that adds the most to what the picks so far cover.
 *
 * <p>A candidate's gain can only shrink as picks are made (the objective is submodular: what a
 * site would newly serve can only be taken away by other sites), so a gain computed earlier is an
 * upper bound of its gain now. The candidates wait in a priority queue ordered by their last
 * computed gain (ties: the lower index first); the top is recomputed against the current picks
 * and put back, until the top's gain is current: no other candidate can then beat it, so it is
 * the pick plain greedy would make (with the same tie rule). Usually only a few candidates are
 * recomputed per pick.
 */
public final class LazyGreedy {

    /** The objective, seen from the greedy: the gain of a candidate given the picks announced so far. */
    public interface Gains {
        /** @return what {@code candidate} would add to the picks announced so far (never more than before) */
        double gain(int candidate);

        /** Announces a pick: later gains are measured against it too. */
        void picked(int candidate);
    }

    /**
     * One pick.
     *
     * @param candidate   the candidate's index
     * @param gain        what it added to the earlier picks
     * @param evaluations the gains recomputed to find it
     */
    public record Step(int candidate, double gain, int evaluations) {
    }

    private record Entry(double bound, int candidate, int round) {
    }

    private LazyGreedy() {
    }

    /**
     * @param first     each candidate's gain alone (before any pick)
     * @param k         the number of picks wanted
     * @param gains     the objective
     * @param cancelled polled before every recomputed gain
     * @return up to {@code k} picks in order; fewer when no candidate left adds anything (gain 0)
     */
    public static List<Step> run(double[] first, int k, Gains gains, BooleanSupplier cancelled) {
        PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.bound() != b.bound()
                ? Double.compare(b.bound(), a.bound()) : Integer.compare(a.candidate(), b.candidate()));
        for (int c = 0; c < first.length; c++) {
            queue.add(new Entry(first[c], c, 0));
        }
        List<Step> steps = new ArrayList<>();
        int evaluations = 0;
        while (steps.size() < k && !queue.isEmpty()) {
            Entry top = queue.poll();
            if (top.round() == steps.size()) {
                if (!(top.bound() > 0)) {
                    break;
                }
                steps.add(new Step(top.candidate(), top.bound(), evaluations));
                gains.picked(top.candidate());
                evaluations = 0;
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            evaluations++;
            queue.add(new Entry(gains.gain(top.candidate()), top.candidate(), steps.size()));
        }
        return steps;
    }
}
