package org.catchment.overlay;

import org.locationtech.jts.geom.Geometry;

/**
 * The polygonal difference of two areas, with the points and lines left where they merely touch
 * dropped, so that areas and residents are counted from polygons only, as everywhere in this
 * package. (The overlap of a large area with many zones is {@link AreaPieces#intersection}.)
 */
public final class Overlap {

    private Overlap() {
    }

    /** @return a − b, polygonal (a itself when they do not overlap) */
    public static Geometry difference(Geometry a, Geometry b) {
        if (a.isEmpty() || b.isEmpty() || !a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
            return a;
        }
        return Polygons.difference(a, b);
    }
}
