package org.catchment.ui.form.model;

import java.util.ArrayList;
import java.util.List;

/** Small helpers of the view models: blank text as "not set", required values, copy-on-write lists. */
final class FormValues {

    private FormValues() {
    }

    /** @return the text stripped, or null when blank */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** @return the text stripped; an IllegalArgumentException with {@code advice} when it is blank */
    static String required(String value, String advice) {
        String v = blankToNull(value);
        if (v == null) {
            throw new IllegalArgumentException(advice);
        }
        return v;
    }

    /** @return a copy of the list with the item added at the end */
    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    /** @return a copy of the list without the item at {@code index} */
    static <T> List<T> without(List<T> list, int index) {
        List<T> out = new ArrayList<>(list);
        out.remove(index);
        return out;
    }
}
