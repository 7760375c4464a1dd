package org.catchment.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.catchment.CancelledException;
import org.junit.jupiter.api.Test;

/**
 * {@link LazyGreedy} on weighted set coverage (the objective of suggested sites with each
 * candidate's reach a set of weighted residents), brute-forced over every set of k candidates on
 * random instances: it makes the picks of plain greedy, is never below (1 - 1/e) of the optimum,
 * and equals it for one pick and when the candidates' sets are disjoint (the objective is then a
 * sum, and greedy is exact).
 */
class LazyGreedyTest {

    private static final double BOUND = 1 - 1 / Math.E;

    /** Weighted coverage over bit sets. */
    private record Coverage(List<BitSet> sets, double[] weights) {

        double value(BitSet covered) {
            return covered.stream().mapToDouble(e -> weights[e]).sum();
        }

        double value(int chosen) {
            BitSet covered = new BitSet();
            for (int i = 0; i < sets.size(); i++) {
                if ((chosen & 1 << i) != 0) {
                    covered.or(sets.get(i));
                }
            }
            return value(covered);
        }

        LazyGreedy.Gains gains(int[] evaluated) {
            BitSet covered = new BitSet();
            return new LazyGreedy.Gains() {
                @Override
                public double gain(int c) {
                    evaluated[0]++;
                    BitSet s = (BitSet) sets.get(c).clone();
                    s.andNot(covered);
                    return value(s);
                }

                @Override
                public void picked(int c) {
                    covered.or(sets.get(c));
                }
            };
        }

        double[] alone() {
            return sets.stream().mapToDouble(this::value).toArray();
        }

        List<Integer> plainGreedy(int k) {
            List<Integer> picks = new ArrayList<>();
            BitSet covered = new BitSet();
            for (int step = 0; step < k; step++) {
                int best = -1;
                double gain = 0;
                for (int c = 0; c < sets.size(); c++) {
                    BitSet s = (BitSet) sets.get(c).clone();
                    s.andNot(covered);
                    if (value(s) > gain) {
                        best = c;
                        gain = value(s);
                    }
                }
                if (best < 0) {
                    break;
                }
                picks.add(best);
                covered.or(sets.get(best));
            }
            return picks;
        }

        double optimum(int k) {
            double best = 0;
            for (int chosen = 0; chosen < 1 << sets.size(); chosen++) {
                if (Integer.bitCount(chosen) <= k) {
                    best = Math.max(best, value(chosen));
                }
            }
            return best;
        }
    }

    private static Coverage random(Random rnd, int candidates, int elements, boolean disjoint) {
        List<BitSet> sets = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            sets.add(new BitSet());
        }
        for (int e = 0; e < elements; e++) {
            if (disjoint) {
                int c = rnd.nextInt(candidates + 1);
                if (c < candidates) {
                    sets.get(c).set(e);
                }
            } else {
                for (BitSet s : sets) {
                    if (rnd.nextDouble() < 0.3) {
                        s.set(e);
                    }
                }
            }
        }
        double[] weights = rnd.doubles(elements, 0, 100).map(Math::floor).toArray();
        return new Coverage(sets, weights);
    }

    private static double total(Coverage cov, List<LazyGreedy.Step> steps) {
        int chosen = 0;
        for (LazyGreedy.Step s : steps) {
            chosen |= 1 << s.candidate();
        }
        return cov.value(chosen);
    }

    @Test
    void picksAsPlainGreedyDoesNeverBelowTheBoundAndExactForOnePick() {
        Random rnd = new Random(13);
        int belowOptimum = 0;
        for (int trial = 0; trial < 300; trial++) {
            Coverage cov = random(rnd, 4 + rnd.nextInt(7), 6 + rnd.nextInt(20), false);
            for (int k = 1; k <= 4; k++) {
                List<LazyGreedy.Step> steps = LazyGreedy.run(cov.alone(), k, cov.gains(new int[1]), () -> false);
                assertThat(steps).extracting(LazyGreedy.Step::candidate).as("trial " + trial + " k " + k)
                        .isEqualTo(cov.plainGreedy(k));
                double gained = steps.stream().mapToDouble(LazyGreedy.Step::gain).sum();
                assertThat(gained).isEqualTo(total(cov, steps));
                double optimum = cov.optimum(k);
                assertThat(gained).as("trial " + trial + " k " + k).isGreaterThanOrEqualTo(BOUND * optimum)
                        .isLessThanOrEqualTo(optimum);
                if (k == 1) {
                    assertThat(gained).isEqualTo(optimum);
                }
                belowOptimum += gained < optimum ? 1 : 0;
            }
        }
        assertThat(belowOptimum).as("instances where greedy is not optimal (so the bound is what is tested)")
                .isPositive();
    }

    @Test
    void isOptimalWhenTheCandidatesReachDisjointSets() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            Coverage cov = random(rnd, 3 + rnd.nextInt(8), 5 + rnd.nextInt(25), true);
            for (int k = 1; k <= cov.sets().size(); k++) {
                List<LazyGreedy.Step> steps = LazyGreedy.run(cov.alone(), k, cov.gains(new int[1]), () -> false);
                assertThat(total(cov, steps)).as("trial " + trial + " k " + k).isEqualTo(cov.optimum(k));
            }
        }
    }

    @Test
    void recomputesFewGainsAndStopsWhenNothingIsLeftToGain() {
        Coverage cov = random(new Random(3), 10, 30, false);
        int[] evaluated = new int[1];
        List<LazyGreedy.Step> steps = LazyGreedy.run(cov.alone(), 3, cov.gains(evaluated), () -> false);
        assertThat(steps).hasSize(3);
        assertThat(evaluated[0]).as("at most every candidate recomputed per pick after the first")
                .isLessThanOrEqualTo(2 * 9).isEqualTo(steps.stream().mapToInt(LazyGreedy.Step::evaluations).sum());
        BitSet one = new BitSet();
        one.set(0);
        Coverage single = new Coverage(List.of(one, one, new BitSet()), new double[] {5});
        assertThat(LazyGreedy.run(single.alone(), 3, single.gains(new int[1]), () -> false))
                .extracting(LazyGreedy.Step::candidate).containsExactly(0);
        assertThatThrownBy(() -> LazyGreedy.run(cov.alone(), 3, cov.gains(new int[1]), () -> true))
                .isInstanceOf(CancelledException.class);
    }
}
