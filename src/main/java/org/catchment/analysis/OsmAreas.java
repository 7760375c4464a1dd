package org.catchment.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Areas from OpenStreetMap ways, in longitude/latitude: a closed way is a polygon; a multipolygon
 * relation's {@code outer} ways (or ways without a role) are joined end to end into rings, each ring
 * a polygon, and its {@code inner} rings are cut out of the polygon that holds them (the OpenStreetMap
 * wiki's multipolygon rules). A ring that does not close leaves the relation out. Areas come in
 * JTS's normal form (outer rings clockwise, each ring from its lowest-left vertex).
 */
final class OsmAreas {

    private final GeometryFactory factory;

    OsmAreas(GeometryFactory factory) {
        this.factory = factory;
    }

    /** @return the polygon of a closed way's coordinates, or null when it is not a closed ring of 4 or more points */
    Polygon closedWay(Coordinate[] way) {
        if (way.length < 4 || !way[0].equals2D(way[way.length - 1])) {
            return null;
        }
        return normal(factory.createPolygon(way));
    }

    /**
     * @param outers the coordinates of the outer ways (and ways without a role)
     * @param inners the coordinates of the inner ways
     * @return the area, or null when its rings do not close
     */
    Geometry multipolygon(List<Coordinate[]> outers, List<Coordinate[]> inners) {
        List<LinearRing> shells = rings(outers);
        List<LinearRing> holes = rings(inners);
        if (shells == null || holes == null || shells.isEmpty()) {
            return null;
        }
        List<Polygon> polygons = new ArrayList<>();
        for (LinearRing shell : shells) {
            Polygon whole = factory.createPolygon(shell);
            List<LinearRing> own = new ArrayList<>();
            for (LinearRing hole : holes) {
                if (whole.contains(hole.getInteriorPoint())) {
                    own.add(hole);
                }
            }
            polygons.add(factory.createPolygon(shell, own.toArray(LinearRing[]::new)));
        }
        return normal(polygons.size() == 1 ? polygons.get(0)
                : factory.createMultiPolygon(polygons.toArray(Polygon[]::new)));
    }

    /**
     * @return the area in JTS's normal form: outer rings clockwise and holes anticlockwise, each ring
     *     starting at its lowest-left vertex; the form the areas of Geofabrik's shapefiles have, so
     *     the access points along a boundary (placed from a ring's start) are the same either way
     */
    private static <G extends Geometry> G normal(G area) {
        area.normalize();
        return area;
    }

    /** @return the ways joined end to end into closed rings, or null when one does not close */
    private List<LinearRing> rings(List<Coordinate[]> ways) {
        LineMerger merger = new LineMerger();
        for (Coordinate[] way : ways) {
            if (way.length >= 2) {
                merger.add(factory.createLineString(way));
            }
        }
        List<LinearRing> rings = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        for (LineString line : merged) {
            if (!line.isClosed() || line.getNumPoints() < 4) {
                return null;
            }
            rings.add(factory.createLinearRing(line.getCoordinates()));
        }
        return rings;
    }
}
