package org.catchment.overlay;

import java.util.Arrays;

/**
 * Fisher's exact optimal partition of sorted values into contiguous classes (Jenks natural
 * breaks): dynamic programming over the distinct values with their multiplicities, minimising
 * the total within-class sum of squared deviations from the class means.
 */
final class NaturalBreaks {

    private NaturalBreaks() {
    }

    /** @param sorted values in ascending order; @return the upper bound of each class */
    static double[] breaks(double[] sorted, int classes) {
        double[] distinct = Arrays.stream(sorted).distinct().toArray();
        int m = distinct.length;
        double shift = distinct[m / 2];
        double[] w = new double[m + 1];
        double[] s1 = new double[m + 1];
        double[] s2 = new double[m + 1];
        int j = 0;
        for (int i = 0; i < m; i++) {
            int count = 0;
            while (j < sorted.length && sorted[j] == distinct[i]) {
                count++;
                j++;
            }
            double x = distinct[i] - shift;
            w[i + 1] = w[i] + count;
            s1[i + 1] = s1[i] + count * x;
            s2[i + 1] = s2[i] + count * x * x;
        }
        int k = Math.min(classes, m);
        // cost[c][e]: least sum of squares putting distinct values 0..e-1 into c+1 classes
        double[][] cost = new double[k][m + 1];
        int[][] start = new int[k][m + 1];
        for (int e = 1; e <= m; e++) {
            cost[0][e] = ssd(w, s1, s2, 0, e);
        }
        for (int c = 1; c < k; c++) {
            for (int e = c + 1; e <= m; e++) {
                double best = Double.POSITIVE_INFINITY;
                int bestStart = c;
                for (int b = c; b < e; b++) {
                    double v = cost[c - 1][b] + ssd(w, s1, s2, b, e);
                    if (v < best) {
                        best = v;
                        bestStart = b;
                    }
                }
                cost[c][e] = best;
                start[c][e] = bestStart;
            }
        }
        double[] breaks = new double[k];
        int end = m;
        for (int c = k - 1; c >= 0; c--) {
            breaks[c] = distinct[end - 1];
            end = c == 0 ? 0 : start[c][end];
        }
        return breaks;
    }

    /** @return the sum of squared deviations of distinct values from..to-1 about their mean */
    private static double ssd(double[] w, double[] s1, double[] s2, int from, int to) {
        double n = w[to] - w[from];
        double sum = s1[to] - s1[from];
        return Math.max(0, (s2[to] - s2[from]) - sum * sum / n);
    }
}
