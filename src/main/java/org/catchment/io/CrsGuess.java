package org.catchment.io;

import org.catchment.layer.Crs;
import org.catchment.layer.WorkingCrs;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * Guesses the CRS of coordinates whose file does not say: longitude/latitude when every
 * coordinate lies within -180..180, -90..90 degrees; else the working CRS when one is given (the
 * analysis's grid, whose metres the file most likely shares); else, with no working CRS, British
 * National Grid when every coordinate lies within the grid's range (0..700,000 m east,
 * 0..1,300,000 m north). Only for files without a CRS; the caller must say that it guessed.
 */
public final class CrsGuess {

    private static final Envelope DEGREES = new Envelope(-180, 180, -90, 90);
    private static final Envelope BRITISH_GRID_RANGE = new Envelope(0, 700_000, 0, 1_300_000);

    private CrsGuess() {
    }

    /**
     * @param extent     the coordinates' extent
     * @param workingCrs the working CRS, or null when there is none yet
     * @return the guessed CRS, or null when the coordinates fit none (or there are none)
     */
    public static CoordinateReferenceSystem guess(Envelope extent, CoordinateReferenceSystem workingCrs) {
        if (extent.isNull()) {
            return null;
        }
        if (DEGREES.contains(extent)) {
            return Crs.wgs84();
        }
        if (workingCrs != null) {
            return workingCrs;
        }
        return BRITISH_GRID_RANGE.contains(extent) ? WorkingCrs.britishNationalGrid() : null;
    }

    /**
     * @param workingCrs the working CRS, or null when there is none yet
     * @return the CRS of coordinates in metres whose file does not say which (CSV easting/northing
     *     columns): the working CRS, else British National Grid
     */
    public static CoordinateReferenceSystem metres(CoordinateReferenceSystem workingCrs) {
        return workingCrs != null ? workingCrs : WorkingCrs.britishNationalGrid();
    }

    /** @return how a guessed CRS is named in a warning: "EPSG:4326 (longitude/latitude)", "EPSG:32632 (the working CRS)" */
    public static String describe(CoordinateReferenceSystem guessed, CoordinateReferenceSystem workingCrs) {
        return Crs.label(guessed) + (Crs.isGeographic(guessed) ? " (longitude/latitude)"
                : guessed == workingCrs ? " (the working CRS)" : " (" + guessed.getName().getCode() + ")");
    }
}
