package org.catchment.layer;

import java.util.Locale;
import org.catchment.CatchmentException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.ProjectedCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The working CRS rule: every layer of an analysis is reprojected into one projected CRS in
 * metres, given by the analysis file ({@code working_crs: EPSG:nnnn}) or chosen by
 * {@link #auto(Envelope)} from where the study area lies: British National Grid in Great
 * Britain, else the UTM zone of the study area's centre (WGS 84, EPSG:326zz north of the equator,
 * 327zz south). This class is the one place that names British National Grid's EPSG code
 * ({@link #BRITISH_NATIONAL_GRID}); the rest of the code works in whatever CRS it is given.
 *
 * <p>"Lies in Great Britain": the centre of the study area's longitude/latitude extent falls
 * inside {@link #GREAT_BRITAIN}, a coarse outline drawn in the sea around England, Wales,
 * Scotland and their islands (Scilly, Hebrides, Orkney, Shetland) and the Isle of Man, which
 * British National Grid also covers, leaving out Ireland, Northern Ireland, the Channel Islands
 * and France; and the whole extent lies within British National Grid's area of use (EPSG: 9.01°W
 * to 2.01°E, 49.75°N to 61.01°N). UTM zones follow the standard grid: zone {@code floor((lon +
 * 180) / 6) + 1}, a centre on a zone edge belonging to the zone east of it, with the two
 * exceptions of the UTM grid: south-west Norway (56°N to 64°N, 3°E to 12°E) is zone 32, and
 * Svalbard (72°N to 84°N) has zones 31, 33, 35 and 37 only. UTM is defined from 80°S to 84°N; a
 * study area centred beyond needs an explicit {@code working_crs}.
 */
public final class WorkingCrs {

    /**
     * British National Grid (OSGB36), the choice in Great Britain; also what postcode centroids
     * (Code-Point Open) are published in and what a British .prj most often says.
     */
    public static final int BRITISH_NATIONAL_GRID = 27700;

    /** The longitude/latitude outline of Great Britain (with the Isle of Man), clockwise from west of Scilly. */
    static final Polygon GREAT_BRITAIN = outline(
            -7.0, 49.6, -3.0, 49.9, -1.5, 50.3, 0.5, 50.5, 1.3, 50.85, 1.5, 51.05, 2.0, 51.4, 2.1, 52.5, 0.8, 53.6,
            0.2, 54.3, -1.2, 55.8, -1.2, 57.7, -0.3, 60.0, -0.3, 61.0, -3.0, 61.0, -9.0, 59.0, -9.0, 57.0,
            -7.0, 55.55, -6.0, 55.4, -5.6, 55.0, -5.3, 54.6, -5.0, 54.0, -5.4, 53.0, -5.9, 51.7, -7.0, 49.6);

    private static final double UTM_NORTH_LIMIT = 84;
    private static final double UTM_SOUTH_LIMIT = -80;

    private WorkingCrs() {
    }

    /**
     * A working CRS and why it was chosen.
     *
     * @param crs    the CRS
     * @param reason why, for the run's notes: "the study area lies in Great Britain"
     */
    public record Choice(CoordinateReferenceSystem crs, String reason) {
    }

    /** @return British National Grid, EPSG:27700 */
    public static CoordinateReferenceSystem britishNationalGrid() {
        return Crs.epsg(BRITISH_NATIONAL_GRID);
    }

    /**
     * The {@code auto} rule.
     *
     * @param lonLat the study area's extent in longitude/latitude degrees
     * @return British National Grid when the study area lies in Great Britain, else the UTM zone of its centre
     * @throws CatchmentException when the extent is empty or its centre lies beyond UTM's latitudes
     */
    public static Choice auto(Envelope lonLat) {
        if (lonLat == null || lonLat.isNull()) {
            throw new CatchmentException("The working CRS cannot be chosen: the study area has no extent."
                    + " Check the study area layer, or set working_crs (e.g. EPSG:32632) in the analysis file.");
        }
        double lon = lonLat.centre().x;
        double lat = lonLat.centre().y;
        if (inGreatBritain(lon, lat) && britishGridArea().contains(lonLat)) {
            return new Choice(britishNationalGrid(), "the study area lies in Great Britain");
        }
        int code = utmCode(lon, lat);
        return new Choice(Crs.epsg(code), String.format(Locale.ROOT, "the study area's centre (%s, %s) lies outside"
                + " Great Britain, in UTM zone %d%s", degrees(lon, 'E', 'W'), degrees(lat, 'N', 'S'), code % 100,
                code < 32700 ? "N" : "S"));
    }

    /** @return the auto rule's choice for a layer: the centre of its extent, whatever CRS it is in */
    public static Choice auto(Layer layer) {
        return auto(Crs.lonLatExtent(layer.envelope(), layer.crs()));
    }

    /**
     * @return the EPSG code of the WGS 84 UTM zone holding a point: 32601 to 32660 north of the
     *     equator (latitude 0 included), 32701 to 32760 south, with the Norway and Svalbard exceptions
     * @throws CatchmentException beyond 84°N or 80°S, where UTM is not defined
     */
    public static int utmCode(double lon, double lat) {
        if (lat > UTM_NORTH_LIMIT || lat < UTM_SOUTH_LIMIT) {
            throw new CatchmentException(String.format(Locale.ROOT, "The study area's centre (%s) lies beyond the"
                    + " latitudes of UTM (80°S to 84°N), so no UTM zone can be chosen. Set working_crs in the analysis"
                    + " file to a projected CRS for the area in metres, e.g. EPSG:5041 (north) or EPSG:5042 (south).",
                    degrees(lat, 'N', 'S')));
        }
        double x = ((lon + 180) % 360 + 360) % 360 - 180;
        int zone = Math.min(60, (int) Math.floor((x + 180) / 6) + 1);
        if (lat >= 56 && lat < 64 && x >= 3 && x < 12) {
            zone = 32;
        } else if (lat >= 72 && x >= 0 && x < 42) {
            zone = x < 9 ? 31 : x < 21 ? 33 : x < 33 ? 35 : 37;
        }
        return (lat >= 0 ? 32600 : 32700) + zone;
    }

    /** @return true when a longitude/latitude point lies inside the outline of Great Britain ({@link #GREAT_BRITAIN}) */
    public static boolean inGreatBritain(double lon, double lat) {
        return GREAT_BRITAIN.getFactory().createPoint(new Coordinate(lon, lat)).within(GREAT_BRITAIN);
    }

    /**
     * @return why a CRS cannot be a working CRS (it is not projected, or its unit is not the
     *     metre), or null when it can
     */
    public static String problem(CoordinateReferenceSystem crs) {
        if (!(crs instanceof ProjectedCRS projected)) {
            return Crs.label(crs) + " is not a projected CRS: distances and areas need one in metres";
        }
        String unit = projected.getCoordinateSystem().getAxis(0).getUnit().toString();
        return unit.equals("m") ? null : Crs.label(crs) + " measures in " + unit + ", not metres";
    }

    private static Envelope britishGridArea() {
        Envelope area = Crs.areaOfUse(britishNationalGrid());
        return area != null ? area : new Envelope(-9.01, 2.01, 49.75, 61.01);
    }

    /** @return e.g. "9.93°E" */
    static String degrees(double v, char positive, char negative) {
        return String.format(Locale.ROOT, "%.2f°%c", Math.abs(v), v >= 0 ? positive : negative);
    }

    private static Polygon outline(double... lonLat) {
        Coordinate[] ring = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return new GeometryFactory().createPolygon(ring);
    }
}
