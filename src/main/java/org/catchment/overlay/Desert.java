package org.catchment.overlay;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One social infrastructure desert: a connected polygon every part of which meets the
 * {@link DesertRule}. Its parts may lack different types (an estate with no GP anywhere and no
 * play area in its far half): the types missing throughout and those missing only in parts are
 * listed apart.
 *
 * @param id                 1..n, by area, largest first
 * @param geometry           the polygon, in the working CRS
 * @param areaM2             its area, square metres
 * @param wards              the names of the zones it overlaps (by area), in zone order
 * @param missingTypes       the ids of the types that serve no part of it, in the order the types were given
 * @param partlyMissingTypes the ids of the types that serve some parts of it but not all
 * @param residents          the residents living in it, or null without population data
 */
public record Desert(int id, Geometry geometry, double areaM2, List<String> wards, List<String> missingTypes,
                     List<String> partlyMissingTypes, Double residents) {

    /** Copies the lists. */
    public Desert {
        wards = List.copyOf(wards);
        missingTypes = List.copyOf(missingTypes);
        partlyMissingTypes = List.copyOf(partlyMissingTypes);
    }
}
