package org.catchment.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The accessibility indicators of an analysis ({@code accessibility} in the analysis file): the
 * walking minutes from the nearest facility of each type to every postcode of the study area, and
 * per zone (an LSOA) over its residents.
 *
 * @param postcodes a postcode centroid file in the Code-Point Open layout (the same as a facility
 *                  type's {@code postcode_lookup}), optional; its postcodes inside the study area
 *                  are written to {@code access_postcodes.csv} and the GeoPackage layer
 *                  {@code access_postcodes}
 * @param zones     names of zone layers of {@code zones} (their output names, e.g. {@code lsoa}),
 *                  optional: each gets {@code access_<name>.csv}, the residents-weighted mean
 *                  minutes and the share of residents within each band, from population points
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AccessibilitySpec(String postcodes, List<String> zones) {

    public AccessibilitySpec {
        zones = zones == null ? List.of() : List.copyOf(zones);
    }

    /** Postcodes only. */
    public AccessibilitySpec(String postcodes) {
        this(postcodes, null);
    }
}
