package org.catchment.overlay;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One facility type's service area for one band, as input to {@link Coverage}.
 *
 * @param type    the type's id
 * @param label   the type's display name
 * @param bandMin the band's upper limit in minutes of walking (5, 10, 20)
 * @param area    the area reachable within {@code bandMin} (the whole disk, not a ring), in the working CRS
 */
public record BandArea(String type, String label, double bandMin, Geometry area) {

    /** Checks that the id and area are given. */
    public BandArea {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(area, "area");
    }
}
