package org.catchment.overlay;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * The polygon within which one facility type serves places: usually its largest band's service
 * area (docs/method.md#definitions), chosen by the caller.
 *
 * @param type   the type's id ({@code gp}, {@code library}); unique within one overlay
 * @param label  the type's display name ("GP surgeries")
 * @param served the served polygon, in the working CRS (may be empty: the type serves nowhere)
 */
public record TypeArea(String type, String label, Geometry served) {

    /** Checks that the id and polygon are given. */
    public TypeArea {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(served, "served");
    }
}
