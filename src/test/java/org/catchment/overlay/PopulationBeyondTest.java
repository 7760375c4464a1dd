package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;

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
}
