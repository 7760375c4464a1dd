package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    @Test
    void quantilesInterpolateLikeRsDefault() {
        // R: quantile(1:10, c(.25, .5, .75)) gives 3.25 5.50 7.75 (type 7)
        double[] values = {7, 1, 10, 4, 2, 9, 3, 8, 6, 5};
        assertThat(Classifier.breaks(values, ClassMethod.QUANTILES, 4)).containsExactly(3.25, 5.5, 7.75, 10);
    }

    @Test
    void decilesOfElevenValuesAreTheOrderStatistics() {
        // with 11 values, h = (n - 1) k / 10 = k, so break k is the (k+1)-th smallest value
        double[] values = {11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Classifier.breaks(values, ClassMethod.DECILES, 5)).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void equalIntervalsSplitTheRange() {
        assertThat(Classifier.breaks(new double[] {3, 0, 10}, ClassMethod.EQUAL_INTERVALS, 5)).containsExactly(2, 4, 6, 8, 10);
        assertThat(Classifier.breaks(new double[] {-1, 0.5}, ClassMethod.EQUAL_INTERVALS, 3))
                .containsExactly(-0.5, 0, 0.5);
    }

    @Test
    void classOfTakesTheUpperBoundIntoTheClass() {
        double[] breaks = {2, 4, 6};
        assertThat(Classifier.classOf(-5, breaks)).isEqualTo(1);
        assertThat(Classifier.classOf(2, breaks)).isEqualTo(1);
        assertThat(Classifier.classOf(2.000001, breaks)).isEqualTo(2);
        assertThat(Classifier.classOf(4, breaks)).isEqualTo(2);
        assertThat(Classifier.classOf(6, breaks)).isEqualTo(3);
        assertThat(Classifier.classOf(7, breaks)).isEqualTo(3);
        double[] deciles = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Classifier.classOf(1, deciles)).isEqualTo(1);
        assertThat(Classifier.classOf(7, deciles)).isEqualTo(7);
        assertThat(Classifier.classOf(10, deciles)).isEqualTo(10);
    }

    @Test
    void naturalBreaksMatchThePublishedCkmeansExample() {
        // simple-statistics (Tom MacWright) documents ckmeans, optimal 1-D k-means after Wang & Song
        // (R Journal 3/2, 2011), which minimises the same within-class sum of squares as Fisher-Jenks:
        //   ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3) = [[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]]
        double[] values = {-1, 2, -1, 2, 4, 5, 6, -1, 2, -1};
        assertThat(Classifier.breaks(values, ClassMethod.NATURAL_BREAKS, 3)).containsExactly(-1, 2, 6);
    }

    @Test
    void naturalBreaksWithFewerDistinctValuesThanClassesAsInMapclassify() {
        // mapclassify NaturalBreaks docstring: 49 ones and a 20 with k = 5 give bins [1, 20]
        double[] values = new double[50];
        Arrays.fill(values, 1);
        values[49] = 20;
        assertThat(Classifier.breaks(values, ClassMethod.NATURAL_BREAKS, 5)).containsExactly(1, 20);
    }

    @Test
    void naturalBreaksOfTenValuesAgreeWithExhaustiveSearch() {
        // worked exhaustively over all C(9, k-1) ways to cut the sorted values:
        //   k=2: {1..16 | 30 31} SSD 224.375; k=3: {1 2 3 7 8 9 | 15 16 | 30 31} SSD 59;
        //   k=4: {1 2 3 | 7 8 9 | 15 16 | 30 31} SSD 2 + 2 + 0.5 + 0.5 = 5
        double[] values = {16, 1, 30, 2, 9, 3, 7, 31, 8, 15};
        assertThat(Classifier.breaks(values, ClassMethod.NATURAL_BREAKS, 2)).containsExactly(16, 31);
        assertThat(Classifier.breaks(values, ClassMethod.NATURAL_BREAKS, 3)).containsExactly(9, 16, 31);
        assertThat(Classifier.breaks(values, ClassMethod.NATURAL_BREAKS, 4)).containsExactly(3, 9, 16, 31);
        assertThat(ssd(values, new double[] {3, 9, 16, 31})).isCloseTo(5, within(1e-12));
    }

    @Test
    void naturalBreaksReachTheExhaustiveMinimumOnRandomSets() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            double[] values = new double[10];
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.round(random.nextGaussian() * 100) / 10.0 + (i % 3) * 20;
            }
            for (int k = 2; k <= 5; k++) {
                double[] breaks = Classifier.breaks(values, ClassMethod.NATURAL_BREAKS, k);
                assertThat(breaks).hasSize(k).isSorted();
                assertThat(ssd(values, breaks)).isCloseTo(bruteForceMinimum(values, k), within(1e-9));
            }
        }
    }

    /** @return the within-class sum of squares of the classes the breaks define */
    private static double ssd(double[] values, double[] breaks) {
        double total = 0;
        for (int c = 1; c <= breaks.length; c++) {
            final int cls = c;
            double[] members = Arrays.stream(values).filter(v -> Classifier.classOf(v, breaks) == cls).toArray();
            double mean = Arrays.stream(members).average().orElse(0);
            total += Arrays.stream(members).map(v -> (v - mean) * (v - mean)).sum();
        }
        return total;
    }

    /** @return the least SSD over every way of cutting the sorted values into k non-empty runs */
    private static double bruteForceMinimum(double[] values, int k) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return best(sorted, 0, k);
    }

    private static double best(double[] sorted, int from, int k) {
        if (k == 1) {
            return runSsd(sorted, from, sorted.length);
        }
        double min = Double.POSITIVE_INFINITY;
        for (int cut = from + 1; cut <= sorted.length - (k - 1); cut++) {
            if (sorted[cut] == sorted[cut - 1]) {
                continue;
            }
            min = Math.min(min, runSsd(sorted, from, cut) + best(sorted, cut, k - 1));
        }
        return min;
    }

    private static double runSsd(double[] sorted, int from, int to) {
        double mean = Arrays.stream(sorted, from, to).average().orElse(0);
        return Arrays.stream(sorted, from, to).map(v -> (v - mean) * (v - mean)).sum();
    }
}
