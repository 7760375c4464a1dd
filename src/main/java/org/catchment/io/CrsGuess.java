package org.catchment.io;

import org.catchment.layer.Crs;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * Guesses the CRS of coordinates whose file does not say: longitude/latitude when every
 * coordinate lies within -180..180, -90..90 degrees, else British National Grid when every
 * coordinate lies within the grid's range (0..700,000 m east, 0..1,300,000 m north).
 * Only for files without a CRS; the caller must say that it guessed.
 */
public final class CrsGuess {

    private static final Envelope DEGREES = new Envelope(-180, 180, -90, 90);
    private static final Envelope BNG_RANGE = new Envelope(0, 700_000, 0, 1_300_000);

    private CrsGuess() {
    }

    /** @return the guessed CRS, or null when the coordinates fit neither (or there are none) */
    public static CoordinateReferenceSystem guess(Envelope extent) {
        if (extent.isNull()) {
            return null;
        }
        if (DEGREES.contains(extent)) {
            return Crs.wgs84();
        }
        if (BNG_RANGE.contains(extent)) {
            return Crs.bng();
        }
        return null;
    }
}
