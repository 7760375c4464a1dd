package org.catchment.layer;

import java.nio.file.Path;
import java.util.Locale;
import org.catchment.InputException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * Catches coordinates that contradict their declared CRS (longitude/latitude in a file whose
 * {@code .prj} says metres, or metres in a file that claims to be longitude/latitude) and layers
 * that land outside the working CRS's area of use (a wrong {@code .prj}, or data of another
 * country). Both happen with hand-made exports; transforming them anyway would silently put every
 * feature in the wrong place, so the layer is refused with a message that names the CRS the
 * numbers seem to be in ({@link #seemsToBe}).
 */
public final class CoordinateCheck {

    /**
     * How far, in degrees, a layer may lie beyond the working CRS's area of use and still be
     * taken (facilities just across a UTM zone edge); beyond this no part of it is near.
     */
    public static final double AREA_MARGIN_DEGREES = 2;

    private static final Envelope WORLD_DEGREES = new Envelope(-180, 180, -90, 90);
    /** The range of British National Grid coordinates, metres (EPSG: 0 to 700 km east, 0 to 1,300 km north). */
    private static final Envelope BRITISH_GRID_RANGE = new Envelope(0, 700_000, 0, 1_300_000);
    /** The range of UTM coordinates, metres: eastings within 400 km of 500 km, northings up to 10,000 km. */
    private static final Envelope UTM_RANGE = new Envelope(100_000, 900_000, 0, 10_000_000);

    private CoordinateCheck() {
    }

    /**
     * @param file   the file, for the message
     * @param extent the extent of the coordinates as read
     * @param crs    the declared CRS (null: nothing to check)
     * @throws InputException if the coordinates cannot be in that CRS
     */
    public static void check(Path file, Envelope extent, CoordinateReferenceSystem crs) {
        if (crs == null || extent.isNull()) {
            return;
        }
        if (Crs.isGeographic(crs)) {
            if (!WORLD_DEGREES.contains(extent)) {
                throw new InputException(file, null, "the file says its coordinates are longitude/latitude ("
                        + Crs.label(crs) + ") but they range " + describe(extent) + ", which looks like metres",
                        hint(extent));
            }
        } else if (WORLD_DEGREES.contains(extent)) {
            throw new InputException(file, null, "the file says its coordinates are " + crs.getName().getCode()
                    + " metres (" + Crs.label(crs) + ") but they range " + describe(extent) + ", which looks like"
                    + " longitude/latitude",
                    "Fix the .prj file or give the CRS EPSG:4326");
        }
    }

    /**
     * Catches a layer that lies outside the working CRS's area of use (widened by
     * {@link #AREA_MARGIN_DEGREES}): no part of it is near where the working CRS is meant for, so
     * either its own CRS is wrong or it belongs to another place than the study area.
     *
     * @param file         the file, for the message
     * @param lonLat       the layer's extent in longitude/latitude, from its own CRS
     * @param working      the working CRS
     * @param source       the layer's own CRS
     * @param sourceExtent the layer's extent in its own CRS, for the hint
     * @throws InputException if the layer lies outside the working CRS's area of use
     */
    public static void checkInAreaOfUse(Path file, Envelope lonLat, CoordinateReferenceSystem working,
                                        CoordinateReferenceSystem source, Envelope sourceExtent) {
        Envelope area = Crs.areaOfUse(working);
        if (area == null || lonLat.isNull()) {
            return;
        }
        Envelope near = new Envelope(area);
        near.expandBy(AREA_MARGIN_DEGREES);
        if (near.intersects(lonLat)) {
            return;
        }
        throw new InputException(file, null, "in its coordinate system (" + Crs.label(source) + ") the features lie at "
                + Crs.describeLonLat(lonLat) + ", outside the area of use of the working CRS, " + Crs.describe(working)
                + ": " + Crs.describeLonLat(area), Crs.isGeographic(source) || seemsToBe(sourceExtent) != null
                && seemsToBe(sourceExtent).crs().equals(Crs.label(source))
                ? "Check that the layer covers the study area: the working CRS follows the study area (working_crs"
                + " in the analysis file)"
                : hint(sourceExtent));
    }

    /**
     * What coordinates of unknown CRS look like.
     *
     * @param what what they look like, e.g. "British National Grid metres"
     * @param crs  the CRS to give for them, e.g. "EPSG:4326"
     */
    public record Looks(String what, String crs) {
    }

    /**
     * @param extent coordinates of unknown CRS
     * @return what they look like: longitude/latitude (EPSG:4326), British National Grid metres
     *     ({@link WorkingCrs#BRITISH_NATIONAL_GRID}), UTM metres (EPSG:326zz north of the equator,
     *     327zz south); or null when they fit none of these
     */
    public static Looks seemsToBe(Envelope extent) {
        if (WORLD_DEGREES.contains(extent)) {
            return new Looks("longitude/latitude", "EPSG:" + Crs.WGS84);
        }
        if (BRITISH_GRID_RANGE.contains(extent)) {
            return new Looks("British National Grid metres", "EPSG:" + WorkingCrs.BRITISH_NATIONAL_GRID);
        }
        if (UTM_RANGE.contains(extent)) {
            return new Looks("UTM metres", "of their zone, EPSG:326zz north of the equator or 327zz south (zz the zone)");
        }
        return null;
    }

    /** @return "The coordinates look like X: fix the .prj or give the CRS EPSG:n", or plain advice when they look like nothing known */
    private static String hint(Envelope extent) {
        Looks looks = seemsToBe(extent);
        return looks == null ? "Fix the .prj file or give the layer's real CRS (the crs key of the layer)"
                : "The coordinates look like " + looks.what() + ": fix the .prj or give the CRS " + looks.crs();
    }

    private static String describe(Envelope e) {
        return String.format(Locale.ROOT, "x %.6g to %.6g, y %.6g to %.6g",
                e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
    }
}
