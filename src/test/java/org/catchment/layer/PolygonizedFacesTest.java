package org.catchment.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The polygonizer's faces in a form that does not change from run to run ({@link PolygonizedFaces}):
 * the same lines give the same faces, in the same order, vertex for vertex, each ring starting at
 * its canonical point, although JTS's polygonizer returns them in an order and with start points
 * that change with every run.
 */
class PolygonizedFacesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void theSameLinesAlwaysGiveTheSameFacesInTheSameOrder() {
        List<LineString> streets = grid(12);
        List<Polygon> first = PolygonizedFaces.of(polygonizer(streets));
        assertThat(first).hasSize(12 * 12);
        for (int run = 0; run < 25; run++) {
            List<Polygon> again = PolygonizedFaces.of(polygonizer(streets));
            assertThat(again).hasSameSizeAs(first);
            for (int i = 0; i < first.size(); i++) {
                assertThat(again.get(i).equalsExact(first.get(i))).as("face %d of run %d", i, run).isTrue();
            }
        }
    }

    @Test
    void eachFaceIsNormalizedAndTheyAreSorted() {
        List<Polygon> faces = PolygonizedFaces.of(polygonizer(grid(3)));
        for (int i = 0; i < faces.size(); i++) {
            assertThat(faces.get(i).equalsExact(faces.get(i).norm())).isTrue();
            if (i > 0) {
                assertThat(faces.get(i - 1).compareTo(faces.get(i))).isNegative();
            }
        }
        assertThat(faces.get(0).getExteriorRing().getCoordinateN(0)).as("the lowest corner first")
                .isEqualTo(new Coordinate(0, 0));
        assertThat(faces.stream().mapToDouble(Polygon::getArea).sum()).isEqualTo(9 * 100.0);
    }

    /** @return the streets of an n x n grid of 10 m blocks, one line per block side */
    private static List<LineString> grid(int n) {
        List<LineString> lines = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j < n; j++) {
                lines.add(line(i * 10, j * 10, i * 10, j * 10 + 10));
                lines.add(line(j * 10, i * 10, j * 10 + 10, i * 10));
            }
        }
        return lines;
    }

    private static LineString line(double x0, double y0, double x1, double y1) {
        return FACTORY.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)});
    }

    private static Polygonizer polygonizer(List<LineString> lines) {
        Polygonizer p = new Polygonizer();
        lines.forEach(p::add);
        return p;
    }
}
