package org.catchment.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Coverage statistics: for each zone and each facility type and band, the area (and, with
 * population data, the residents) of zone ∩ band area, and their shares of the zone's.
 *
 * <p>The covered area is an exact overlay, and residents are additive (see {@link Population}),
 * so for every row the covered part plus the uncovered part (zone − band area) add up to the
 * zone's total, for area and for people. Zones are expected not to overlap each other.
 *
 * <p>Each band area is cut once into pieces of bounded size ({@link AreaPieces}), once for all the
 * sets of zones ({@link #forSets}: the wards and the further zone layers), and a zone is overlaid
 * only with the pieces near it, so the work per zone follows the band's detail near the zone, not
 * the whole band's size. A zone that one piece covers is covered whole; otherwise its
 * covered part is the union of zone ∩ piece over the pieces it meets, which is zone ∩ band
 * because the pieces partition the band.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * @param zones      the zones, in the order of the rows
     * @param bands      the service areas per type and band, in the order of the rows within a zone
     * @param population residents, or null (the resident columns are then null)
     * @return one row per zone and band area, zone-major
     */
    public static List<CoverageRow> compute(List<Zone> zones, List<BandArea> bands, Population population) {
        return forSets(List.of(zones), bands, population, () -> { }).get(0);
    }

    /**
     * The coverage of several sets of zones (the study area's wards, further zone layers) at once:
     * each band area is cut into pieces once for all the sets, not once per set.
     *
     * @param zoneSets   the sets of zones, each in the order of its rows
     * @param bands      the service areas per type and band, in the order of the rows within a zone
     * @param population residents, or null (the resident columns are then null)
     * @param afterBand  run after each band area (a cancelled run's check, which may throw)
     * @return for each set, one row per zone and band area, zone-major
     */
    public static List<List<CoverageRow>> forSets(List<List<Zone>> zoneSets, List<BandArea> bands,
                                                  Population population, Runnable afterBand) {
        List<Covered> covered = covered(zoneSets, bands, population, afterBand);
        List<List<CoverageRow>> out = new ArrayList<>();
        for (int s = 0; s < zoneSets.size(); s++) {
            out.add(rows(zoneSets.get(s), bands, covered.get(s), population));
        }
        return out;
    }

    /**
     * The covered parts alone, for a tiled run that sums them over its tiles: each tile covers the
     * parts of the zones in its cell with its part of each band area, and counts only the resident
     * points it holds ({@link Population#countingOnly}).
     *
     * @param zoneSets   the sets of zones (or of their parts in a tile's cell)
     * @param bands      the band areas (or their parts in the cell), in the order of the rows within a zone
     * @param population the residents to count, or null
     * @param afterBand  run after each band area (a cancelled run's check, which may throw)
     * @return for each set, the area and residents of each zone covered by each band
     */
    public static List<Covered> covered(List<List<Zone>> zoneSets, List<BandArea> bands, Population population,
                                        Runnable afterBand) {
        List<Covered> sets = zoneSets.stream().map(zones -> new Covered(new double[bands.size()][zones.size()],
                population == null ? null : new double[bands.size()][zones.size()])).toList();
        for (int k = 0; k < bands.size(); k++) {
            // one band's pieces at a time: the pieces are as large as the band
            AreaPieces band = AreaPieces.of(bands.get(k).area());
            for (int s = 0; s < sets.size(); s++) {
                List<Zone> zones = zoneSets.get(s);
                for (int z = 0; z < zones.size(); z++) {
                    Geometry part = band.intersection(zones.get(z).geometry());
                    sets.get(s).areaM2()[k][z] = part.getArea();
                    if (population != null) {
                        sets.get(s).residents()[k][z] = population.residentsIn(part);
                    }
                }
            }
            afterBand.run();
        }
        return sets;
    }

    /**
     * The rows of one set of zones from its covered parts.
     *
     * @param zones      the zones, in the order of the rows (their whole area and residents are the totals)
     * @param bands      the band areas, in the order of the rows within a zone (their labels are used)
     * @param covered    per band and zone, the area and residents covered
     * @param population residents, or null
     * @return one row per zone and band area, zone-major
     */
    public static List<CoverageRow> rows(List<Zone> zones, List<BandArea> bands, Covered covered,
                                         Population population) {
        List<CoverageRow> rows = new ArrayList<>();
        for (int z = 0; z < zones.size(); z++) {
            Geometry zone = zones.get(z).geometry();
            double zoneArea = zone.getArea();
            Double zoneResidents = population == null ? null : population.residentsIn(zone);
            for (int k = 0; k < bands.size(); k++) {
                BandArea b = bands.get(k);
                double area = covered.areaM2()[k][z];
                Double residents = population == null ? null : covered.residents()[k][z];
                Double residentsShare = population == null ? null : zoneResidents > 0 ? residents / zoneResidents : 0.0;
                rows.add(new CoverageRow(zones.get(z).name(), b.type(), b.label(), b.bandMin(), zoneArea, area,
                        zoneArea > 0 ? area / zoneArea : 0, zoneResidents, residents, residentsShare));
            }
        }
        return rows;
    }

    /**
     * The covered parts of one set of zones.
     *
     * @param areaM2    per band area, per zone, the area covered
     * @param residents per band area, per zone, the residents covered; null without population data
     */
    public record Covered(double[][] areaM2, double[][] residents) {
    }
}
