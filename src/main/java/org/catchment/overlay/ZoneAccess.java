package org.catchment.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Accessibility per zone (an LSOA) from resident points: the residents-weighted mean of their
 * walking minutes to the nearest facility of a type, and the share of the residents within each
 * band. A resident point counts in every zone that covers it (on a shared boundary, in both), as
 * {@link Population#residentsIn} counts it.
 *
 * <p>The minutes come from the caller, one per resident point: a number, {@code +infinity} for
 * "more than the largest band" (not known) or NaN for a point off the network. The mean is given
 * only when every resident of the zone has a number; otherwise it is left out with a flag
 * ({@code off_network} when some are off the network, else {@code more_than_<R>}), because any
 * number would be wrong. The shares are exact either way: a resident beyond the largest band or
 * off the network is within no band.
 */
public final class ZoneAccess {

    /**
     * One zone, type and band.
     *
     * @param zone           the zone's name
     * @param bandMin        the band
     * @param residentsWithin residents whose minutes are at most the band
     * @param zoneResidents  all the zone's residents
     * @param meanMin        their weighted mean minutes, or null (see {@code meanFlag})
     * @param meanFlag       empty with a mean; else {@code no_residents}, {@code off_network} or {@code more_than_<R>}
     */
    public record Row(String zone, double bandMin, double residentsWithin, double zoneResidents, Double meanMin,
                      String meanFlag) {

        /** @return residents within the band over all residents, or null for a zone without residents */
        public Double shareWithin() {
            return zoneResidents > 0 ? residentsWithin / zoneResidents : null;
        }
    }

    private ZoneAccess() {
    }

    /**
     * @param zones     the zones
     * @param residents the resident points
     * @param minutes   per resident point, its minutes (see above)
     * @param bandsMin  the type's bands, ascending; the last is R
     * @param beyondFlag the flag of a mean past R, e.g. {@code more_than_20}
     * @return per zone in order, one row per band
     */
    public static List<Row> of(List<Zone> zones, List<Population.Resident> residents, double[] minutes,
                               double[] bandsMin, String beyondFlag) {
        STRtree index = new STRtree();
        GeometryFactory gf = new GeometryFactory();
        for (int i = 0; i < residents.size(); i++) {
            index.insert(new Envelope(residents.get(i).at()), i);
        }
        List<Row> out = new ArrayList<>();
        for (Zone z : zones) {
            PreparedGeometry area = PreparedGeometryFactory.prepare(z.geometry());
            double total = 0;
            double weighted = 0;
            boolean off = false;
            boolean beyond = false;
            double[] within = new double[bandsMin.length];
            for (Object o : index.query(z.geometry().getEnvelopeInternal())) {
                int i = (Integer) o;
                Population.Resident r = residents.get(i);
                if (!area.covers(gf.createPoint(r.at()))) {
                    continue;
                }
                double m = minutes[i];
                total += r.count();
                if (r.count() > 0) {
                    off |= Double.isNaN(m);
                    beyond |= Double.isInfinite(m);
                }
                if (!Double.isNaN(m) && !Double.isInfinite(m)) {
                    weighted += r.count() * m;
                    for (int b = 0; b < bandsMin.length; b++) {
                        within[b] += m <= bandsMin[b] ? r.count() : 0;
                    }
                }
            }
            String flag = !(total > 0) ? "no_residents" : off ? "off_network" : beyond ? beyondFlag : "";
            Double mean = flag.isEmpty() ? weighted / total : null;
            for (int b = 0; b < bandsMin.length; b++) {
                out.add(new Row(z.name(), bandsMin[b], within[b], total, mean, flag));
            }
        }
        return out;
    }
}
