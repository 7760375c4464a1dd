package org.catchment.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The union that closes micrometre gaps ({@link ClosingUnion}): the pieces of a partition (noded
 * all at once) and polygons that overlap (unioned pairwise) give the union with known areas, holes
 * and parts.
 */
class ClosingUnionTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void thePiecesOfAGridWithGapsUnderAMicrometreBecomeOnePolygon() {
        List<Geometry> cells = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                // each column is shifted right by 1e-8 m more than the one before: gaps of 1e-8 m between columns
                double x = i * (10 + 1e-8);
                cells.add(square(x, j * 10, x + 10, j * 10 + 10));
            }
        }
        Geometry union = ClosingUnion.of(cells, FACTORY);
        assertThat(union).isInstanceOf(Polygon.class);
        assertThat(union.isValid()).isTrue();
        assertThat(union.getArea()).isCloseTo(900, within(1e-5));
        assertThat(((Polygon) union).getNumInteriorRing()).as("no sliver left as a hole").isZero();
    }

    @Test
    void aRingOfPiecesKeepsItsHole() {
        List<Geometry> cells = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i != 1 || j != 1) {
                    cells.add(square(i * 10, j * 10, i * 10 + 10, j * 10 + 10));
                }
            }
        }
        Geometry union = ClosingUnion.of(cells, FACTORY);
        assertThat(union).isInstanceOf(Polygon.class);
        assertThat(union.getArea()).isCloseTo(800, within(1e-9));
        assertThat(((Polygon) union).getNumInteriorRing()).isEqualTo(1);
        assertThat(((Polygon) union).getInteriorRingN(0).getEnvelopeInternal().getArea()).isCloseTo(100, within(1e-9));
    }

    @Test
    void overlappingPolygonsAreNotTakenForACoverage() {
        // the triangle overlaps the square by 5 x 5: not the pieces of a partition
        Polygon triangle = FACTORY.createPolygon(new Coordinate[] {new Coordinate(5, 5), new Coordinate(15, 5),
                new Coordinate(5, 15), new Coordinate(5, 5)});
        Geometry union = ClosingUnion.of(List.of(square(100, 100, 110, 110), square(0, 0, 10, 10), triangle), FACTORY);
        assertThat(union.isValid()).isTrue();
        assertThat(union.getNumGeometries()).isEqualTo(2);
        assertThat(union.getArea()).as("100 + (100 + 50 - 25)").isCloseTo(225, within(1e-9));
    }

    @Test
    void aPolygonInsideAnotherIsNotTakenForACoveragePiece() {
        Geometry union = ClosingUnion.of(List.of(square(100, 100, 110, 110), square(0, 0, 10, 10), square(2, 2, 8, 8)),
                FACTORY);
        assertThat(union.isValid()).isTrue();
        assertThat(union.getNumGeometries()).isEqualTo(2);
        assertThat(union.getArea()).as("the inner square adds nothing").isCloseTo(200, within(1e-9));
    }

    @Test
    void gapsWiderThanAMicrometreStay() {
        Geometry union = ClosingUnion.of(List.of(square(0, 0, 10, 10), square(10.001, 0, 20, 10)), FACTORY);
        assertThat(union.getNumGeometries()).isEqualTo(2);
        assertThat(union.getArea()).isCloseTo(100 + 99.99, within(1e-9));
    }

    private static Polygon square(double x0, double y0, double x1, double y1) {
        return (Polygon) FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(x0, x1, y0, y1));
    }
}
