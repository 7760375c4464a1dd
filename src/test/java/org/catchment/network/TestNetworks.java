package org.catchment.network;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Hand-made networks for the tests of every package (network, service areas...). Coordinates are
 * given relative to an origin in Great Britain (E 350000, N 400000, near St Helens) so that they
 * are valid British National Grid.
 */
public final class TestNetworks {

    public static final double E0 = 350_000;
    public static final double N0 = 400_000;
    public static final GeometryFactory GF = new GeometryFactory();

    private TestNetworks() {
    }

    /** @return a point at (x, y) metres from the origin */
    public static Coordinate at(double x, double y) {
        return new Coordinate(E0 + x, N0 + y);
    }

    /** @param xy relative coordinates x0, y0, x1, y1, ... */
    public static LineString line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = at(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(c);
    }

    /** @return a walkable road link between the named nodes, along relative coordinates */
    public static NetworkLink road(String id, String start, String end, double... xy) {
        return new NetworkLink(id, start, end, line(xy), true, NetworkLink.Kind.ROAD);
    }

    /** @return a link that cannot be walked (a motorway), as {@link #road} */
    public static NetworkLink motorway(String id, String start, String end, double... xy) {
        return new NetworkLink(id, start, end, line(xy), false, NetworkLink.Kind.ROAD);
    }

    /**
     * A straight chain along y = 0 from the origin: nodes a, b, c, ... {@code linkM} apart, links
     * "ab", "bc", ...
     *
     * @return the walking network of {@code links} equal links
     */
    public static WalkingNetwork chain(double linkM, int links) {
        List<NetworkLink> out = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            String from = String.valueOf((char) ('a' + i));
            String to = String.valueOf((char) ('a' + i + 1));
            out.add(road(from + to, from, to, i * linkM, 0, (i + 1) * linkM, 0));
        }
        return build(out);
    }

    /**
     * A square loop of four links, "ab", "bc", "cd", "da", clockwise from a at the top left:
     *
     * <pre>
     *  a (0, side) --- b (side, side)
     *  |               |
     *  d (0, 0) ------ c (side, 0)
     * </pre>
     *
     * @return its walking network
     */
    public static WalkingNetwork square(double side) {
        return build(
                road("ab", "a", "b", 0, side, side, side),
                road("bc", "b", "c", side, side, side, 0),
                road("cd", "c", "d", side, 0, 0, 0),
                road("da", "d", "a", 0, 0, 0, side));
    }

    /** @return the walking network of the given links, no footpaths merged */
    public static WalkingNetwork build(NetworkLink... links) {
        return build(List.of(links));
    }

    /** @return the walking network of the given links, no footpaths merged */
    public static WalkingNetwork build(List<NetworkLink> links) {
        return new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addLinks(links).build().network();
    }

    /** @return the graph node with that source identifier */
    public static int node(WalkingNetwork net, String sourceId) {
        for (int n = 0; n < net.nodeCount(); n++) {
            if (net.nodeSourceId(n).equals(sourceId)) {
                return n;
            }
        }
        throw new AssertionError("no node " + sourceId);
    }

    /** @return starts at zero minutes (no off-network leg) for the given snaps, source i for snap i */
    public static List<SearchStart> starts(SnapPoint... snaps) {
        List<SearchStart> out = new ArrayList<>();
        for (int i = 0; i < snaps.length; i++) {
            out.add(new SearchStart(snaps[i], i, 0));
        }
        return out;
    }
}
