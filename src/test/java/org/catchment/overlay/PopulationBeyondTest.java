package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link Population#residentsBeyond}: what an area adds to another is what their union holds
 * beyond the other, a point on their shared edge counted once (in the other).
 */
class PopulationBeyondTest {

    private static final Geometry WEST = box(0, 0, 50, 100);
    private static final Geometry EAST = box(50, 0, 100, 100);

    @Test
    void aPointOnTheSharedEdgeIsCountedOnce() {
        // 10 in the west, 5 on x = 50, 7 in the east
        Population pop = Population.fromPoints(Fixtures.counts(Point.class, row("POINT(25 25)", 10),
                row("POINT(50 40)", 5), row("POINT(75 25)", 7)), "POP");
        assertThat(pop.residentsIn(EAST)).isEqualTo(12.0);
        assertThat(pop.residentsBeyond(EAST, WEST)).isEqualTo(7.0);
        assertThat(pop.residentsIn(WEST) + pop.residentsBeyond(EAST, WEST)).isEqualTo(pop.residentsIn(WEST.union(EAST)))
                .isEqualTo(22.0);
        assertThat(pop.residentsBeyond(EAST, box(200, 200, 300, 300))).as("apart").isEqualTo(12.0);
        assertThat(pop.residentsBeyond(EAST, box(0, 0, 100, 100))).as("all taken").isZero();
    }

    @Test
    void polygonCountsAreSpreadOverThePartBeyond() {
        // 1,000 over the 100 x 100 square; the area 40 x 100 east of x = 60 holds 400
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class, row(box(0, 0, 100, 100), 1000)), "pop",
                null);
        assertThat(pop.residentsBeyond(EAST, box(0, 0, 60, 100))).isCloseTo(400, within(1e-9));
        assertThat(pop.residentsBeyond(box(0, 0, 100, 100), null)).isCloseTo(1000, within(1e-9));
    }

    @Test
    void aLargeRestCutIntoPiecesCountsAsTheWholeOverlayDoes() {
        // 10 x 10 squares of 100 m, 100 residents each; the area a circle of 480 m drawn with
        // 3,200 vertices (so the part beyond the taken box is cut into pieces), the taken box its
        // south-west quarter: each square's residents beyond are its density times its overlap
        // with circle - box, computed here by one plain overlay per square
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                rows.add(row(box(i * 100, j * 100, i * 100 + 100, j * 100 + 100), 100));
            }
        }
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class, rows.toArray(Object[][]::new)),
                "pop", null);
        Geometry circle = Fixtures.wkt("POINT(500 500)").buffer(480, 800);
        Geometry taken = box(0, 0, 500, 500);
        Geometry rest = circle.difference(taken);
        assertThat(rest.getNumPoints()).isGreaterThan(AreaPieces.MAX_PIECE_VERTICES);
        double expected = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                expected += 100 * box(i * 100, j * 100, i * 100 + 100, j * 100 + 100).intersection(rest).getArea() / 10_000;
            }
        }
        assertThat(expected).as("three quarters of the circle's area at 1 resident per 100 m2")
                .isCloseTo(0.75 * Math.PI * 480 * 480 / 100, within(1.0));
        assertThat(pop.residentsBeyond(circle, taken)).isCloseTo(expected, within(1e-9 * expected));
        assertThat(pop.residentsIn(taken) + pop.residentsBeyond(circle, taken))
                .isCloseTo(pop.residentsIn(taken.union(circle)), within(1e-9 * expected));
    }
}
