package org.catchment.overlay;

/**
 * How much of one zone one facility type covers within one band: a row of the coverage CSV.
 *
 * @param zone             the zone's name
 * @param type             the facility type's id
 * @param label            the facility type's display name
 * @param bandMin          the band, minutes
 * @param zoneAreaM2       the zone's area, square metres
 * @param coveredAreaM2    the area of zone ∩ band area, square metres
 * @param areaShare        {@code coveredAreaM2 / zoneAreaM2} (0 to 1; 0 for a zone of no area)
 * @param zoneResidents    the zone's residents, or null without population data
 * @param coveredResidents the residents within zone ∩ band area, or null without population data
 * @param residentsShare   {@code coveredResidents / zoneResidents} (0 when the zone has no
 *                         residents), or null without population data
 */
public record CoverageRow(String zone, String type, String label, double bandMin, double zoneAreaM2,
                          double coveredAreaM2, double areaShare, Double zoneResidents, Double coveredResidents,
                          Double residentsShare) {
}
