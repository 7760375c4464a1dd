package org.catchment.layer;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** The three kinds of geometry a layer can hold; single and multi parts count as the same kind. */
public enum GeometryKind {
    POINT("points"),
    LINE("lines"),
    POLYGON("polygons");

    private final String plural;

    GeometryKind(String plural) {
        this.plural = plural;
    }

    /** @return the kind's plural, lower case, for messages ("points", "lines", "polygons") */
    public String plural() {
        return plural;
    }

    /**
     * @param binding a JTS geometry class
     * @return the kind, or null for the generic {@link Geometry} or a collection
     */
    public static GeometryKind ofBinding(Class<?> binding) {
        if (binding == Point.class || binding == MultiPoint.class) {
            return POINT;
        }
        if (LineString.class.isAssignableFrom(binding) || binding == MultiLineString.class) {
            return LINE;
        }
        if (binding == Polygon.class || binding == MultiPolygon.class) {
            return POLYGON;
        }
        return null;
    }

    /** @return the kind of one geometry, or null for a mixed geometry collection */
    public static GeometryKind of(Geometry geometry) {
        return ofBinding(geometry.getClass());
    }
}
