package org.catchment.io.csv;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Which CSV text counts as a number. Stricter than {@link Double#parseDouble}: no "NaN",
 * "Infinity", hexadecimal or "1d" suffixes, and integers with a leading zero ("01744") are codes,
 * not numbers, so telephone numbers and zero-padded ids stay text.
 */
public final class CsvNumbers {

    private static final Pattern INTEGER = Pattern.compile("[-+]?(0|[1-9]\\d{0,17})");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");

    private CsvNumbers() {
    }

    /** @return the number, or null when the text (trimmed) is not a plain decimal number */
    public static Double parse(String text) {
        return parse(text, false);
    }

    /**
     * @param decimalComma true to read "351294,5" as 351294.5 (semicolon-delimited files, written
     *                     where the comma is the decimal separator)
     * @return the number, or null when the text (trimmed) is not a plain decimal number
     */
    static Double parse(String text, boolean decimalComma) {
        String t = text.trim();
        if (decimalComma && t.indexOf(',') >= 0 && DECIMAL_COMMA.matcher(t).matches()) {
            t = t.replace(',', '.');
        }
        if (!isDecimal(t)) {
            return null;
        }
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? d : null;
    }

    /**
     * @return true when the text matches {@code [-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?} and does
     *     not start with a zero followed by a digit ({@code [-+]?0\d.*}, a code): checked character
     *     by character, as a million-row file calls this twice a row
     */
    static boolean isDecimal(String t) {
        int n = t.length();
        int i = n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        int intStart = i;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits >= 2 && t.charAt(intStart) == '0') {
            return false;
        }
        int fracDigits = 0;
        if (i < n && t.charAt(i) == '.') {
            i++;
            int fracStart = i;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
            }
            fracDigits = i - fracStart;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return true if the text (trimmed) is an integer that fits a long */
    static boolean isInteger(String text) {
        return INTEGER.matcher(text.trim()).matches();
    }

    /** @return true if every non-blank value is a number and at least one is not blank */
    public static boolean allNumeric(Collection<String> values) {
        return allNumeric(values, false);
    }

    /** As {@link #allNumeric(Collection)}, with decimal commas allowed when {@code decimalComma}. */
    static boolean allNumeric(Collection<String> values, boolean decimalComma) {
        boolean any = false;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (parse(v, decimalComma) == null) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** @return true if every non-blank value is an integer and at least one is not blank */
    static boolean allInteger(Collection<String> values) {
        boolean any = false;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (!isInteger(v)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
