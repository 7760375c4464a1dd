package org.catchment.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The accessibility indicators of an analysis ({@code accessibility} in the analysis file): the
 * walking minutes from the nearest facility of each type to every postcode of the study area.
 *
 * @param postcodes a postcode centroid file in the Code-Point Open layout (the same as a facility
 *                  type's {@code postcode_lookup}); its postcodes inside the study area are written
 *                  to {@code access_postcodes.csv} and the GeoPackage layer {@code access_postcodes}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessibilitySpec(String postcodes) {
}
