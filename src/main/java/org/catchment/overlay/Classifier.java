package org.catchment.overlay;

import java.util.Arrays;

/**
 * Class breaks for zone values (deprivation scores, coverage shares) and the class of a value.
 *
 * <p>Breaks are the upper bounds of the classes, ascending; the last is the largest value. A
 * value belongs to the first class whose upper bound is at least the value, so class k holds
 * (break<sub>k-1</sub>, break<sub>k</sub>] and class 1 everything up to break<sub>1</sub>.
 * <ul>
 *   <li>{@link ClassMethod#QUANTILES}: break k is the quantile at k/classes, interpolated
 *       linearly between order statistics (R's default, type 7, as used by classInt and by
 *       numpy/mapclassify).</li>
 *   <li>{@link ClassMethod#DECILES}: quantiles with 10 classes, whatever {@code classes} says.</li>
 *   <li>{@link ClassMethod#EQUAL_INTERVALS}: min + k (max − min) / classes.</li>
 *   <li>{@link ClassMethod#NATURAL_BREAKS}: Jenks' optimal classes, found exactly by Fisher's
 *       (1958) dynamic programme: among all ways to cut the sorted values into contiguous classes,
 *       the one with the least total within-class sum of squared deviations. Equal values are
 *       never split between classes, so with fewer distinct values than classes there are as
 *       many classes as distinct values (as in mapclassify). Runs in O(classes · m²) for m
 *       distinct values: fine for wards and LSOAs of a district (hundreds), slow beyond ~10,000.</li>
 * </ul>
 */
public final class Classifier {

    private static final int DECILE_CLASSES = 10;

    private Classifier() {
    }

    /**
     * @param values  the values, at least one, none NaN
     * @param method  the method
     * @param classes the number of classes, at least 1 (ignored for deciles)
     * @return the upper bound of each class, ascending
     */
    public static double[] breaks(double[] values, ClassMethod method, int classes) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to classify");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("values include NaN");
        }
        int k = method == ClassMethod.DECILES ? DECILE_CLASSES : classes;
        if (k < 1) {
            throw new IllegalArgumentException("at least one class is needed, not " + k);
        }
        return switch (method) {
            case DECILES, QUANTILES -> quantiles(sorted, k);
            case EQUAL_INTERVALS -> equalIntervals(sorted, k);
            case NATURAL_BREAKS -> NaturalBreaks.breaks(sorted, k);
        };
    }

    /**
     * @param value  a value
     * @param breaks upper bounds of the classes, ascending
     * @return the class, 1..breaks.length: the first whose upper bound is at least the value;
     *         a value above the last bound falls in the last class
     */
    public static int classOf(double value, double[] breaks) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("cannot classify NaN");
        }
        for (int k = 0; k < breaks.length; k++) {
            if (value <= breaks[k]) {
                return k + 1;
            }
        }
        return breaks.length;
    }

    private static double[] quantiles(double[] sorted, int k) {
        double[] b = new double[k];
        int n = sorted.length;
        for (int c = 1; c <= k; c++) {
            double h = (n - 1) * (double) c / k;
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, n - 1);
            b[c - 1] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
        b[k - 1] = sorted[n - 1];
        return b;
    }

    private static double[] equalIntervals(double[] sorted, int k) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double[] b = new double[k];
        for (int c = 1; c <= k; c++) {
            b[c - 1] = min + c * (max - min) / k;
        }
        b[k - 1] = max;
        return b;
    }
}
