package org.catchment.network;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Hand-made networks for tests. Coordinates are given relative to an origin in Great Britain
 * (E 350000, N 400000, near St Helens) so that they are valid British National Grid.
 */
final class TestNetworks {

    static final double E0 = 350_000;
    static final double N0 = 400_000;
    static final GeometryFactory GF = new GeometryFactory();

    private TestNetworks() {
    }

    /** @return a point at (x, y) metres from the origin */
    static Coordinate at(double x, double y) {
        return new Coordinate(E0 + x, N0 + y);
    }

    /** @param xy relative coordinates x0, y0, x1, y1, ... */
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

    static NetworkLink motorway(String id, String start, String end, double... xy) {
        return new NetworkLink(id, start, end, line(xy), false, NetworkLink.Kind.ROAD);
    }

    static WalkingNetwork build(NetworkLink... links) {
        return new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addLinks(List.of(links)).build().network();
    }

    /** @return the graph node with that source identifier */
    static int node(WalkingNetwork net, String sourceId) {
        for (int n = 0; n < net.nodeCount(); n++) {
            if (net.nodeSourceId(n).equals(sourceId)) {
                return n;
            }
        }
        throw new AssertionError("no node " + sourceId);
    }

    /** @return starts at zero minutes (no off-network leg) for the given snaps, source i for snap i */
    static List<SearchStart> starts(SnapPoint... snaps) {
        List<SearchStart> out = new ArrayList<>();
        for (int i = 0; i < snaps.length; i++) {
            out.add(new SearchStart(snaps[i], i, 0));
        }
        return out;
    }
}
