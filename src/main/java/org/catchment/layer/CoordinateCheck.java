package org.catchment.layer;

import java.nio.file.Path;
import org.catchment.InputException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * Catches coordinates that contradict their declared CRS: longitude/latitude in a file whose
 * {@code .prj} says British National Grid, or metres in a file that claims to be WGS 84. Both
 * happen with hand-made council exports; transforming them anyway would silently put every
 * feature in the wrong place, so the layer is refused with a message instead.
 */
public final class CoordinateCheck {

    /** Bounds, in degrees, within which a BNG-labelled file almost certainly holds lon/lat. */
    private static final Envelope UK_DEGREES = new Envelope(-11, 3, 49, 62);
    /** Valid range of British National Grid coordinates, with a margin, in metres. */
    private static final Envelope BNG_RANGE = new Envelope(-100_000, 800_000, -100_000, 1_400_000);
    private static final Envelope WORLD_DEGREES = new Envelope(-180, 180, -90, 90);

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
                        BNG_RANGE.contains(extent)
                                ? "The coordinates look like British National Grid: fix the .prj or give the CRS EPSG:27700"
                                : "Fix the .prj file or give the right CRS");
            }
        } else if (Integer.valueOf(Crs.BNG).equals(Crs.epsgCode(crs))) {
            if (UK_DEGREES.contains(extent)) {
                throw new InputException(file, null, "the file says its coordinates are British National Grid"
                        + " metres (EPSG:27700) but they range " + describe(extent) + ", which looks like longitude/latitude",
                        "Fix the .prj file or give the CRS EPSG:4326");
            }
            if (!BNG_RANGE.contains(extent)) {
                throw new InputException(file, null, "the coordinates range " + describe(extent)
                        + ", outside Great Britain, but the file says they are British National Grid (EPSG:27700)",
                        "Check the .prj file and the coordinates");
            }
        }
    }

    /**
     * Catches a CRS that parses but cannot be right for British data (another planet's datum, a
     * projection for elsewhere): after the move to British National Grid, the features must lie
     * within its range.
     *
     * @param file      the file, for the message
     * @param bngExtent the extent of the features once in EPSG:27700
     * @param source    the file's own CRS (null or BNG: nothing to check, {@link #check} did it)
     * @throws InputException if the features land outside Great Britain
     */
    public static void checkInGreatBritain(Path file, Envelope bngExtent, CoordinateReferenceSystem source) {
        if (source == null || bngExtent.isNull() || Integer.valueOf(Crs.BNG).equals(Crs.epsgCode(source))
                || BNG_RANGE.contains(bngExtent)) {
            return;
        }
        throw new InputException(file, null, "in its coordinate system (" + Crs.label(source) + ") the features"
                + " land outside Great Britain (British National Grid " + describe(bngExtent) + ")",
                "Check the .prj file: give the file's real CRS, or the crs key of the layer in the analysis file");
    }

    private static String describe(Envelope e) {
        return String.format(java.util.Locale.ROOT, "x %.6g to %.6g, y %.6g to %.6g",
                e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
    }
}
