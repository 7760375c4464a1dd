package org.catchment.overlay;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One zone of the study area (a ward or an LSOA): its name, its code (a GSS code such as
 * {@code E05000001}, or null when the layer has none) and its polygonal, valid geometry in
 * the working CRS.
 */
public record Zone(String name, String code, Geometry geometry) {

    /** Checks that name and geometry are given. */
    public Zone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
    }
}
