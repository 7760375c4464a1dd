package org.catchment.network;

import java.util.Objects;
import org.locationtech.jts.geom.LineString;

/**
 * One link of a walking network before it becomes a graph edge: a line in the working CRS between
 * two nodes named by the source data's own identifiers.
 *
 * @param id        the link's identifier in its source (OS Open Roads {@code identifier}, a
 *                  footpath's feature id, ...)
 * @param startNode the identifier of the node at the line's first coordinate
 * @param endNode   the identifier of the node at the line's last coordinate
 * @param geometry  the full geometry in metres of the working CRS, start to end
 * @param walkable  false for links nobody may walk on (motorways)
 * @param kind      where the link came from
 */
public record NetworkLink(String id, String startNode, String endNode, LineString geometry, boolean walkable,
                          Kind kind) {

    /** The origin of a link. */
    public enum Kind {
        /** A road link (OS Open Roads or OpenStreetMap). */
        ROAD,
        /** A footpath or other public right of way merged into the road network. */
        FOOTPATH
    }

    public NetworkLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startNode, "startNode");
        Objects.requireNonNull(endNode, "endNode");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(kind, "kind");
    }

    /** @return the length of the geometry in metres (working CRS) */
    public double lengthM() {
        return geometry.getLength();
    }
}
