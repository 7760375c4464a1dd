package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link Population#placedAt}: a polygon population's residents are shared equally among the
 * candidate places inside each polygon's residential part, or put at one interior point when
 * none is inside, and no resident is lost; a point population keeps its own points.
 */
class PopulationPlacedTest {

    private static final List<Coordinate> POSTCODES = List.of(new Coordinate(10, 10), new Coordinate(500, 500),
            new Coordinate(20, 80), new Coordinate(90, 30));

    @Test
    void eachPolygonsCountIsSharedByThePostcodesInsideIt() {
        // west square 90 residents and three postcodes inside; east square 40 and none inside; one postcode far away
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class, row(box(0, 0, 100, 100), 90),
                row(box(100, 0, 200, 100), 40)), "POP", null);
        Population.Placed placed = pop.placedAt(POSTCODES);
        assertThat(placed.residents()).containsExactly(new Population.Resident(new Coordinate(10, 10), 30),
                new Population.Resident(new Coordinate(20, 80), 30), new Population.Resident(new Coordinate(90, 30), 30),
                new Population.Resident(new Coordinate(150, 50), 40));
        assertThat(placed.atInteriorPoint()).isEqualTo(1);
        assertThat(placed.residents().stream().mapToDouble(Population.Resident::count).sum()).isEqualTo(pop.total());
    }

    @Test
    void onlyTheResidentialPartTakesPostcodes() {
        // the residential land is the square's northern half: only (20, 80) lies in it
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class, row(box(0, 0, 100, 100), 90)), "POP",
                box(0, 50, 100, 100));
        assertThat(pop.placedAt(POSTCODES).residents())
                .containsExactly(new Population.Resident(new Coordinate(20, 80), 90));
    }

    @Test
    void pointsStayWhereTheyAre() {
        Population pop = Population.fromPoints(Fixtures.counts(Point.class, row("POINT(5 5)", 12)), "POP");
        Population.Placed placed = pop.placedAt(POSTCODES);
        assertThat(placed.residents()).containsExactly(new Population.Resident(new Coordinate(5, 5), 12));
        assertThat(placed.atInteriorPoint()).isZero();
    }
}
