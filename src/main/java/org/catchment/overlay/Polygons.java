package org.catchment.overlay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.catchment.layer.Overlays;
import org.catchment.layer.PolygonsOnly;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Polygon-only overlay helpers: every result keeps only its polygons ({@link PolygonsOnly}), so
 * points and lines left where two polygons merely touch never reach areas, deserts or files.
 */
final class Polygons {

    private Polygons() {
    }

    /**
     * The intersection of two polygonal geometries. Each side's parts that cannot meet the other
     * side's envelope are left out first: they add nothing to the result, but OverlayNG would still
     * visit every coordinate of its inputs (its elevation model reads them all), which made a
     * small zone against a national band polygon cost as much as the whole band.
     */
    static Geometry intersection(Geometry a, Geometry b) {
        return PolygonsOnly.of(Overlays.overlay(near(a, b.getEnvelopeInternal()), near(b, a.getEnvelopeInternal()),
                OverlayNG.INTERSECTION), a.getFactory());
    }

    /** @return the parts of {@code g} whose envelopes meet {@code e} (g itself when all do) */
    private static Geometry near(Geometry g, Envelope e) {
        int n = g.getNumGeometries();
        if (n < 2 || e.covers(g.getEnvelopeInternal())) {
            return g;
        }
        List<Geometry> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Geometry part = g.getGeometryN(i);
            if (part.getEnvelopeInternal().intersects(e)) {
                keep.add(part);
            }
        }
        if (keep.size() == n) {
            return g;
        }
        return keep.isEmpty() ? g.getFactory().createPolygon() : g.getFactory().buildGeometry(keep);
    }

    static Geometry difference(Geometry a, Geometry b) {
        return PolygonsOnly.of(Overlays.overlay(a, b, OverlayNG.DIFFERENCE), a.getFactory());
    }

    /** @return the union of the geometries (an empty polygon for none) */
    static Geometry union(Collection<Geometry> geometries, GeometryFactory factory) {
        if (geometries.isEmpty()) {
            return factory.createPolygon();
        }
        return PolygonsOnly.of(Overlays.union(geometries, factory), factory);
    }

    /** @return why {@code g} is invalid, or null when it is valid */
    static String invalidity(Geometry g) {
        TopologyValidationError e = new IsValidOp(g).getValidationError();
        if (e == null) {
            return null;
        }
        return e.getCoordinate() == null ? e.getMessage()
                : e.getMessage() + " near (" + Math.round(e.getCoordinate().x) + ", " + Math.round(e.getCoordinate().y) + ")";
    }

    /** @return {@code g} repaired (polygons only) if it is invalid, else {@code g} */
    static Geometry repaired(Geometry g) {
        return invalidity(g) == null ? g : PolygonsOnly.of(GeometryFixer.fix(g), g.getFactory());
    }
}
