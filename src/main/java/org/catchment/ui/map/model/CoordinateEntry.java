package org.catchment.ui.map.model;

import org.catchment.layer.Crs;
import org.catchment.layer.PointTransform;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Coordinate;

/**
 * A point typed into the Go to coordinate dialog: an easting and northing in the map's CRS (the
 * analysis's working CRS), or a longitude and latitude in WGS 84 (as web maps and GPS give them),
 * brought onto the map's CRS. Numbers may have thousands separators ("354,000").
 */
public final class CoordinateEntry {

    /** How the point is written. */
    public enum Axes {
        /** Easting and northing in the map's CRS, metres. */
        MAP,
        /** Longitude and latitude in WGS 84, degrees. */
        LON_LAT
    }

    private CoordinateEntry() {
    }

    /**
     * @param x      the easting or longitude, as typed
     * @param y      the northing or latitude, as typed
     * @param axes   how they are written
     * @param mapCrs the map's CRS (the layers'), or null when the map has no layer yet
     * @return the point in the map's CRS
     * @throws IllegalArgumentException worded for the dialog: not a number, a latitude beyond 90°,
     *     degrees with no map CRS to bring them to
     */
    public static Coordinate parse(String x, String y, Axes axes, CoordinateReferenceSystem mapCrs) {
        boolean degrees = axes == Axes.LON_LAT;
        double a = number(x, degrees ? "The longitude" : "The easting");
        double b = number(y, degrees ? "The latitude" : "The northing");
        if (!degrees) {
            return new Coordinate(a, b);
        }
        if (a < -180 || a > 180) {
            throw new IllegalArgumentException("The longitude must be from -180 to 180 degrees (west is negative)");
        }
        if (b < -90 || b > 90) {
            throw new IllegalArgumentException("The latitude must be from -90 to 90 degrees (south is negative)");
        }
        if (mapCrs == null) {
            throw new IllegalArgumentException("The map has no layer yet to place a longitude and latitude on:"
                    + " open an analysis or add a layer first");
        }
        return PointTransform.transform(new Coordinate(a, b), Crs.wgs84(), mapCrs);
    }

    private static double number(String text, String what) {
        String t = text == null ? "" : text.strip().replaceAll("(?<=\\d),(?=\\d{3}(\\D|$))", "");
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(what + " must be a number" + (t.isEmpty() ? "" : ", not '" + text.strip()
                + "'"));
    }
}
