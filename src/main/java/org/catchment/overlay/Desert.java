package org.catchment.overlay;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One social infrastructure desert: a connected polygon where the same facility types are all
 * missing and the {@link DesertRule} is met.
 *
 * @param id           1..n, by area, largest first
 * @param geometry     the polygon, EPSG:27700
 * @param areaM2       its area, square metres
 * @param wards        the names of the zones it overlaps (by area), in zone order
 * @param missingTypes the ids of the types that do not serve it, in the order the types were given
 * @param residents    the residents living in it, or null without population data
 */
public record Desert(int id, Geometry geometry, double areaM2, List<String> wards, List<String> missingTypes,
                     Double residents) {

    /** Copies the lists. */
    public Desert {
        wards = List.copyOf(wards);
        missingTypes = List.copyOf(missingTypes);
    }
}
