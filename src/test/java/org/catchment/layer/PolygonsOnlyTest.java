package org.catchment.layer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The polygons of a geometry alone, on shapes whose parts are known: squares of 1 and 4 m², a line
 * and points beside them, nested collections, empty geometries and an overlay of two squares that
 * touch along an edge.
 */
class PolygonsOnlyTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String UNIT = "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))";
    private static final String TWO = "POLYGON ((5 5, 7 5, 7 7, 5 7, 5 5))";

    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader(FACTORY).read(text);
    }

    @Test
    void aCollectionOfPolygonsLinesAndPointsKeepsExactlyItsPolygonsInOrder() throws ParseException {
        Geometry mixed = wkt("GEOMETRYCOLLECTION (POINT (3 3), " + UNIT + ", LINESTRING (0 0, 9 9), "
                + "GEOMETRYCOLLECTION (MULTIPOINT ((8 8), (9 9)), " + TWO + "), POLYGON EMPTY)");
        Geometry kept = PolygonsOnly.of(mixed, FACTORY);
        assertThat(kept).isInstanceOf(MultiPolygon.class);
        assertThat(kept.getNumGeometries()).isEqualTo(2);
        assertThat(kept.getGeometryN(0).equalsExact(wkt(UNIT))).isTrue();
        assertThat(kept.getGeometryN(1).equalsExact(wkt(TWO))).isTrue();
        assertThat(kept.getArea()).isEqualTo(1 + 4);
        assertThat(PolygonsOnly.parts(mixed)).extracting(Geometry::getArea).containsExactly(1.0, 4.0);
    }

    @Test
    void onePolygonAmongLinesAndPointsIsThatPolygon() throws ParseException {
        Geometry kept = PolygonsOnly.of(wkt("GEOMETRYCOLLECTION (LINESTRING (0 0, 1 1), " + TWO + ", POINT (0 0))"),
                FACTORY);
        assertThat(kept).isInstanceOf(Polygon.class);
        assertThat(kept.equalsExact(wkt(TWO))).isTrue();
    }

    @Test
    void nothingPolygonalOrEmptyOrNullIsAnEmptyPolygon() throws ParseException {
        for (Geometry g : new Geometry[] {wkt("GEOMETRYCOLLECTION (LINESTRING (0 0, 1 1), POINT (2 2))"),
            wkt("MULTILINESTRING ((0 0, 1 1), (1 1, 2 0))"), wkt("GEOMETRYCOLLECTION EMPTY"), wkt("MULTIPOLYGON EMPTY"),
            wkt("POLYGON EMPTY"), null}) {
            Geometry kept = PolygonsOnly.of(g, FACTORY);
            assertThat(kept).as(String.valueOf(g)).isInstanceOf(Polygon.class);
            assertThat(kept.isEmpty()).as(String.valueOf(g)).isTrue();
        }
        assertThat(PolygonsOnly.parts(wkt("GEOMETRYCOLLECTION (POINT (1 1))"))).isEmpty();
    }

    @Test
    void theIntersectionOfTwoSquaresTouchingAlongAnEdgeHasNoPolygon() throws ParseException {
        // the overlay's result is the shared edge, a line: no area
        Geometry edge = OverlayNGRobust.overlay(wkt(UNIT), wkt("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"),
                OverlayNG.INTERSECTION);
        assertThat(edge.getDimension()).isEqualTo(1);
        Geometry kept = PolygonsOnly.of(edge, FACTORY);
        assertThat(kept).isInstanceOf(Polygon.class);
        assertThat(kept.isEmpty()).isTrue();
    }
}
