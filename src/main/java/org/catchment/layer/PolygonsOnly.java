package org.catchment.layer;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * The polygons of a geometry alone. An overlay's result (above all one that fell back to snapping)
 * may be a collection holding lines or points where two polygons merely touch: they have no area,
 * they must not reach areas, deserts or files, and a further overlay refuses such a mixed-dimension
 * collection. Every package that overlays polygons keeps only the polygons of the result this way.
 */
public final class PolygonsOnly {

    private PolygonsOnly() {
    }

    /**
     * @param g       any geometry, or null
     * @param factory makes the result
     * @return the non-empty polygons of {@code g} as one polygonal geometry: the polygon itself when
     *     there is one, a multipolygon of them in their order when there are more, an empty polygon
     *     when there is none
     */
    public static Geometry of(Geometry g, GeometryFactory factory) {
        if (g == null) {
            return factory.createPolygon();
        }
        List<Polygon> parts = parts(g);
        if (parts.isEmpty()) {
            return factory.createPolygon();
        }
        return parts.size() == 1 ? parts.get(0) : factory.createMultiPolygon(parts.toArray(new Polygon[0]));
    }

    /**
     * @param g any geometry
     * @return its non-empty polygons, in their order (at any depth of nested collections)
     */
    @SuppressWarnings("unchecked")
    public static List<Polygon> parts(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        for (Polygon p : (List<Polygon>) PolygonExtracter.getPolygons(g)) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
