package org.catchment.servicearea;

import static org.catchment.network.TestNetworks.GF;
import static org.catchment.network.TestNetworks.at;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Facilities, areas and sums for service-area tests, in the coordinates of
 * {@link org.catchment.network.TestNetworks} (relative to E 350000, N 400000), whose networks they
 * go with.
 */
final class ServiceAreaFixtures {

    private ServiceAreaFixtures() {
    }

    /** @return point facilities named F0, F1, ... at the given relative positions */
    static List<Facility> points(double... xy) {
        List<Facility> out = new ArrayList<>();
        for (int i = 0; i < xy.length / 2; i++) {
            out.add(new Facility(i, "f" + i, "F" + i, GF.createPoint(at(xy[2 * i], xy[2 * i + 1]))));
        }
        return out;
    }

    /** @return an axis-aligned rectangle polygon, relative coordinates */
    static Geometry rectangle(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)});
    }

    /** @return the length of the pieces reached within band {@code maxBand} (0 the first), metres */
    static double reachedLength(List<ReachablePiece> pieces, int maxBand) {
        return pieces.stream().filter(p -> p.band() <= maxBand).mapToDouble(ReachablePiece::lengthM).sum();
    }
}
