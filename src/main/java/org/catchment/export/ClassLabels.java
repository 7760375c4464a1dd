package org.catchment.export;

import java.util.Arrays;
import java.util.Locale;

/**
 * The legend texts of a style's classes: class bounds rounded alike, to as few decimals as the
 * values' size needs (two for shares between 0 and 1, none for counts of residents) and then to
 * as many more as keep neighbouring bounds apart ("0.24 – 0.25", not "0.2 – 0.2"); thousands
 * grouped. Whole-number values are written without decimals.
 */
final class ClassLabels {

    private static final int MOST_DECIMALS = 6;

    private ClassLabels() {
    }

    /**
     * @param min    the smallest value, the lower bound of the first class
     * @param breaks the upper bounds of the classes, ascending
     * @return the bounds as text: the smallest value, then each upper bound
     */
    static String[] bounds(double min, double[] breaks) {
        double[] all = new double[breaks.length + 1];
        all[0] = min;
        System.arraycopy(breaks, 0, all, 1, breaks.length);
        boolean whole = Arrays.stream(all).allMatch(v -> v == Math.rint(v));
        double largest = Arrays.stream(all).map(Math::abs).max().orElse(0);
        int decimals = whole ? 0 : Math.max(0, 2 - (int) Math.floor(Math.log10(Math.max(largest, 1))));
        String[] text = format(all, decimals);
        while (decimals < MOST_DECIMALS && !distinct(text, all)) {
            text = format(all, ++decimals);
        }
        return text;
    }

    /** @return a category's legend text: a number without a needless ".0", text as it is */
    static String category(Object value) {
        return value instanceof Double d ? format(new double[] {d}, d == Math.rint(d) ? 0 : decimalsOf(d))[0]
                : value.toString();
    }

    private static int decimalsOf(double v) {
        String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        int dot = s.indexOf('.');
        return dot < 0 ? 0 : Math.min(MOST_DECIMALS, s.length() - dot - 1);
    }

    private static String[] format(double[] values, int decimals) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String s = String.format(Locale.UK, "%,." + decimals + "f", values[i]);
            out[i] = s.matches("-0(\\.0*)?") ? s.substring(1) : s;
        }
        return out;
    }

    /** @return true when bounds that differ have different texts */
    private static boolean distinct(String[] text, double[] values) {
        for (int i = 1; i < text.length; i++) {
            if (values[i] != values[i - 1] && text[i].equals(text[i - 1])) {
                return false;
            }
        }
        return true;
    }
}
