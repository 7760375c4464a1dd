package org.catchment.network;

import org.locationtech.jts.geom.Coordinate;

/**
 * Where a point (a facility, an access point) joins the walking network: the nearest point on the
 * nearest walkable edge.
 *
 * @param name      the point's name, for messages
 * @param query     the point itself, in the working CRS
 * @param edge      the edge it joins
 * @param alongM    distance of the joining point from the edge's base node, along the edge, metres
 * @param offsetM   the straight-line distance from the point to the edge (the off-network leg), metres
 * @param snapped   the joining point on the edge, in the working CRS
 * @param recipe    how GraphHopper placed the point, to recreate its snap for a search
 */
public record SnapPoint(String name, Coordinate query, int edge, double alongM, double offsetM,
                        Coordinate snapped, SnapRecipe recipe) implements SnapOutcome {
}
