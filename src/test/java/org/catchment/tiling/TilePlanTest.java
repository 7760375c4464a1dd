package org.catchment.tiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Tile plans on three 1 km square wards in a row (W1 and W2 in authority A, W3 in B, from E 1000 to
 * 4000, N 0 to 1000): which places each tile takes, and that the cells partition the plane (no
 * overlap, nothing left over, within a box far beyond the frame).
 */
class TilePlanTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final List<Geometry> WARDS = List.of(square(1000, 0, 1000), square(2000, 0, 1000),
            square(3000, 0, 1000));
    private static final Envelope STUDY = new Envelope(1000, 4000, 0, 1000);

    private static Geometry square(double x, double y, double side) {
        return GF.toGeometry(new Envelope(x, x + side, y, y + side));
    }

    @Test
    void byValueTheTilesAreTheSortedValuesAndAWardBelongsToItsValuesTile() {
        TilePlan plan = TilePlan.byValue(WARDS, List.of("B", "B", "A"), STUDY, 500, GF);
        assertThat(plan.tiles()).extracting(TilePlan.Tile::id).containsExactly("A", "B");
        assertThat(plan.owner(new Coordinate(1500, 500))).isEqualTo(1);
        assertThat(plan.owner(new Coordinate(3500, 500))).isEqualTo(0);
        assertThat(plan.owner(new Coordinate(3000, 500))).as("a shared boundary: the first ward's tile").isEqualTo(1);
        assertThat(plan.owner(new Coordinate(4200, 500))).as("outside, nearest W3").isEqualTo(0);
        assertThat(plan.owner(new Coordinate(900, -300))).as("outside, nearest W1").isEqualTo(1);
        assertThat(plan.owner(new Coordinate(-1e6, 5e5))).as("far beyond the frame").isEqualTo(1);
        assertThat(plan.tiles().get(0).envelope()).as("A's cell within the study envelope is W3")
                .isEqualTo(new Envelope(3000, 4000, 0, 1000));
        assertPartition(plan);
    }

    @Test
    void byGridTheSquaresMeetingAWardAreTilesAndTheirCellsAreHalfOpen() {
        TilePlan plan = TilePlan.grid(2000, STUDY, 500, WARDS, GF);
        assertThat(plan.tiles()).extracting(TilePlan.Tile::id).containsExactly("E0_N0", "E2_N0");
        assertThat(plan.owner(new Coordinate(1999.999, 10))).isEqualTo(0);
        assertThat(plan.owner(new Coordinate(2000, 10))).as("the west side is in").isEqualTo(1);
        assertThat(plan.owner(new Coordinate(3000, -2000))).as("south of the frame").isEqualTo(1);
        assertThat(plan.tiles().get(0).envelope()).isEqualTo(new Envelope(1000, 2000, 0, 1000));
        assertThat(plan.tiles().get(1).envelope()).isEqualTo(new Envelope(2000, 4000, 0, 1000));
        assertPartition(plan);
    }

    @Test
    void aPolygonIsClippedToEachCellAndThePiecesAddUp() {
        TilePlan plan = TilePlan.grid(1000, STUDY, 500, WARDS, GF);
        Geometry disk = GF.createPoint(new Coordinate(2500, 500)).buffer(900, 32);
        double sum = 0;
        for (TilePlan.Tile t : plan.tiles()) {
            sum += plan.clip(disk, t.index()).getArea();
        }
        assertThat(plan.tiles()).hasSize(3);
        assertThat(sum).isCloseTo(disk.getArea(), within(1e-6));
    }

    /** The cells do not overlap and cover a box 1,000 km around the frame. */
    private static void assertPartition(TilePlan plan) {
        Envelope box = plan.frame();
        box.expandBy(1e6);
        Geometry boxGeometry = GF.toGeometry(box);
        double total = 0;
        List<TilePlan.Tile> tiles = plan.tiles();
        for (int i = 0; i < tiles.size(); i++) {
            total += tiles.get(i).cell().intersection(boxGeometry).getArea();
            for (int j = i + 1; j < tiles.size(); j++) {
                assertThat(tiles.get(i).cell().intersection(tiles.get(j).cell()).getArea()).isLessThan(1e-6);
            }
        }
        assertThat(total).isCloseTo(boxGeometry.getArea(), within(1e-6 * boxGeometry.getArea()));
    }
}
