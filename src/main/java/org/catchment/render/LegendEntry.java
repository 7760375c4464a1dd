package org.catchment.render;

import java.util.Objects;

/**
 * One line of a legend that is not a layer of its own, such as a band colour; layers get their
 * entries automatically.
 *
 * @param label the text
 * @param style how the swatch is drawn
 * @param kind  which swatch: a symbol, a line or a filled box
 */
public record LegendEntry(String label, Style style, LegendEntry.Kind kind) {

    /** The swatch drawn beside the label. */
    public enum Kind { POINT, LINE, POLYGON }

    /** Checks that no component is null. */
    public LegendEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(kind, "kind");
    }
}
