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
        List<Covered> sets = zoneSets.stream().map(zones -> new Covered(zones, bands.size(), population)).toList();
        for (int k = 0; k < bands.size(); k++) {
            // one band's pieces at a time: the pieces are as large as the band
            AreaPieces band = AreaPieces.of(bands.get(k).area());
            for (Covered set : sets) {
                set.cover(k, band, population);
            }
            afterBand.run();
        }
        return sets.stream().map(set -> set.rows(bands, population)).toList();
    }

    /** One set of zones: each zone's area and residents, and the part of each covered by each band. */
    private static final class Covered {
        private final List<Zone> zones;
        private final double[] zoneArea;
        private final Double[] zoneResidents;
        private final double[][] coveredArea;
        private final Double[][] coveredResidents;

        Covered(List<Zone> zones, int bands, Population population) {
            int n = zones.size();
            this.zones = zones;
            zoneArea = new double[n];
            zoneResidents = new Double[n];
            for (int z = 0; z < n; z++) {
                zoneArea[z] = zones.get(z).geometry().getArea();
                zoneResidents[z] = population == null ? null : population.residentsIn(zones.get(z).geometry());
            }
            coveredArea = new double[bands][n];
            coveredResidents = new Double[bands][n];
        }

        void cover(int k, AreaPieces band, Population population) {
            for (int z = 0; z < zones.size(); z++) {
                Geometry covered = band.intersection(zones.get(z).geometry());
                coveredArea[k][z] = covered.getArea();
                coveredResidents[k][z] = population == null ? null : population.residentsIn(covered);
            }
        }

        List<CoverageRow> rows(List<BandArea> bands, Population population) {
            List<CoverageRow> rows = new ArrayList<>();
            for (int z = 0; z < zones.size(); z++) {
                for (int k = 0; k < bands.size(); k++) {
                    BandArea b = bands.get(k);
                    double area = coveredArea[k][z];
                    Double residents = coveredResidents[k][z];
                    Double residentsShare = population == null ? null
                            : zoneResidents[z] > 0 ? residents / zoneResidents[z] : 0.0;
                    rows.add(new CoverageRow(zones.get(z).name(), b.type(), b.label(), b.bandMin(), zoneArea[z], area,
                            zoneArea[z] > 0 ? area / zoneArea[z] : 0, zoneResidents[z], residents, residentsShare));
                }
            }
            return rows;
        }
    }
}
