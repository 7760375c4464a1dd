package org.catchment.network;

import org.locationtech.jts.geom.Coordinate;

/**
 * A point that could not join the network: no walkable edge lies within the snap tolerance.
 *
 * @param name       the point's name
 * @param point      the point, in the working CRS
 * @param nearestM   the distance to the nearest walkable edge, or {@code Double.POSITIVE_INFINITY}
 *                   when none was found within GraphHopper's search radius
 * @param toleranceM the tolerance that was exceeded
 */
public record SnapFailure(String name, Coordinate point, double nearestM, double toleranceM) implements SnapOutcome {

    /** @return why the point did not join, in a few words for a table: "nearest walkable path or road 1252 m away (tolerance 250 m)" */
    public String reason() {
        String tolerance = " (tolerance " + Math.round(toleranceM) + " m)";
        return Double.isInfinite(nearestM) ? "no walkable path or road nearby" + tolerance
                : "nearest walkable path or road " + Math.round(nearestM) + " m away" + tolerance;
    }

    /** @return a one-line explanation for reports */
    public String message() {
        String where = String.format(java.util.Locale.ROOT, "(%.0f, %.0f)", point.x, point.y);
        String dist = Double.isInfinite(nearestM) ? "no walkable path or road nearby"
                : String.format(java.util.Locale.ROOT, "the nearest walkable path or road is %.0f m away", nearestM);
        return name + " at " + where + ": " + dist + ", beyond the snap tolerance of "
                + String.format(java.util.Locale.ROOT, "%.0f m", toleranceM)
                + ". Check its location, or raise the tolerance if it really is that far from a path";
    }
}
