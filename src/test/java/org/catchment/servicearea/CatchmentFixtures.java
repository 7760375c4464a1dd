package org.catchment.servicearea;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.Crs;
import org.catchment.network.NetworkLink;
import org.catchment.network.OpenRoadsNetworkBuilder;
import org.catchment.network.WalkingNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Hand-made networks and facilities for catchment tests, relative to an origin at E 350000, N 400000. */
final class CatchmentFixtures {

    static final double E0 = 350_000;
    static final double N0 = 400_000;
    static final GeometryFactory GF = new GeometryFactory();

    private CatchmentFixtures() {
    }

    static Coordinate at(double x, double y) {
        return new Coordinate(E0 + x, N0 + y);
    }

    static LineString line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = at(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(c);
    }

    static NetworkLink road(String id, String start, String end, double... xy) {
        return new NetworkLink(id, start, end, line(xy), true, NetworkLink.Kind.ROAD);
    }

    static WalkingNetwork network(NetworkLink... links) {
        return new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addLinks(List.of(links)).build().network();
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

    static double reachedLength(List<ReachablePiece> pieces, int maxBand) {
        return pieces.stream().filter(p -> p.band() <= maxBand).mapToDouble(ReachablePiece::lengthM).sum();
    }
}
