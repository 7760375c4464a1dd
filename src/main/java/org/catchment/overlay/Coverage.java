package org.catchment.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Coverage statistics: for each zone and each facility type and band, the area (and, with
 * population data, the residents) of zone ∩ band area, and their shares of the zone's.
 *
 * <p>The covered area is an exact overlay, and residents are additive (see {@link Population}),
 * so for every row the covered part plus the uncovered part (zone − band area) add up to the
 * zone's total, for area and for people. Zones are expected not to overlap each other.
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
        List<PreparedGeometry> prepared = bands.stream()
                .map(b -> b.area().isEmpty() ? null : PreparedGeometryFactory.prepare(b.area()))
                .toList();
        List<CoverageRow> rows = new ArrayList<>();
        for (Zone z : zones) {
            Geometry zone = z.geometry();
            double zoneArea = zone.getArea();
            Double zoneResidents = population == null ? null : population.residentsIn(zone);
            for (int k = 0; k < bands.size(); k++) {
                BandArea b = bands.get(k);
                Geometry covered = covered(zone, b.area(), prepared.get(k));
                double coveredArea = covered.getArea();
                Double coveredResidents = population == null ? null : population.residentsIn(covered);
                Double residentsShare = population == null ? null
                        : zoneResidents > 0 ? coveredResidents / zoneResidents : 0.0;
                rows.add(new CoverageRow(z.name(), b.type(), b.label(), b.bandMin(), zoneArea, coveredArea,
                        zoneArea > 0 ? coveredArea / zoneArea : 0, zoneResidents, coveredResidents, residentsShare));
            }
        }
        return rows;
    }

    private static Geometry covered(Geometry zone, Geometry band, PreparedGeometry prepared) {
        if (prepared == null || !band.getEnvelopeInternal().intersects(zone.getEnvelopeInternal())
                || !prepared.intersects(zone)) {
            return zone.getFactory().createPolygon();
        }
        return prepared.covers(zone) ? zone : Polygons.intersection(zone, band);
    }
}
