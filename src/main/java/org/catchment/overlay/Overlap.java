package org.catchment.overlay;

import org.locationtech.jts.geom.Geometry;

/**
 * The polygonal overlap of two areas (a zone and the deserts, say): their intersection with the
 * points and lines left where they merely touch dropped, so that areas and residents are counted
 * from polygons only, as everywhere in this package.
 */
public final class Overlap {

    private Overlap() {
    }

    /** @return a ∩ b, polygonal (an empty polygon when they do not overlap) */
    public static Geometry of(Geometry a, Geometry b) {
        if (a.isEmpty() || b.isEmpty() || !a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
            return a.getFactory().createPolygon();
        }
        return Polygons.intersection(a, b);
    }
}
