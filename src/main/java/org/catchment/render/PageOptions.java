package org.catchment.render;

import java.util.Objects;

/**
 * What a page shows around its map and where: the legend in a column on the right or the left of
 * the map (or none), the scale bar in a corner of the map frame (or none), the north arrow (in the
 * top right corner, or the top left when the scale bar is there). The title, subtitle and credit
 * lines are the document's; a page without a legend gives the map its width.
 *
 * @param legend     where the legend goes
 * @param scaleBar   the corner of the map frame the scale bar goes in
 * @param northArrow whether the north arrow is drawn
 */
public record PageOptions(LegendPlace legend, Corner scaleBar, boolean northArrow) {

    /** The legend on the right, the scale bar at the bottom left and the north arrow: the command line's maps. */
    public static final PageOptions DEFAULT = new PageOptions(LegendPlace.RIGHT, Corner.BOTTOM_LEFT, true);

    /** Where the legend goes. */
    public enum LegendPlace {
        /** A column to the right of the map. */
        RIGHT,
        /** A column to the left of the map. */
        LEFT,
        /** No legend. */
        NONE
    }

    /** A corner of the map frame, or none (not drawn). */
    public enum Corner {
        /** Bottom left. */
        BOTTOM_LEFT,
        /** Bottom right. */
        BOTTOM_RIGHT,
        /** Top left. */
        TOP_LEFT,
        /** Top right. */
        TOP_RIGHT,
        /** Not drawn. */
        NONE;

        boolean top() {
            return this == TOP_LEFT || this == TOP_RIGHT;
        }

        boolean left() {
            return this == TOP_LEFT || this == BOTTOM_LEFT;
        }
    }

    /** Checks that no choice is missing. */
    public PageOptions {
        Objects.requireNonNull(legend, "legend");
        Objects.requireNonNull(scaleBar, "scaleBar");
    }

    /** @return the corner the north arrow goes in: top right, or top left when the scale bar is there; NONE when off */
    public Corner northArrowCorner() {
        return !northArrow ? Corner.NONE : scaleBar == Corner.TOP_RIGHT ? Corner.TOP_LEFT : Corner.TOP_RIGHT;
    }
}
