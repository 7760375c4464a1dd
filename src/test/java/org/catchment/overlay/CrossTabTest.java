package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class CrossTabTest {

    /*
     * Four LSOAs of 100 x 100 in a row, IMD deciles 1, 1, 3, 10, with 100, 200, 300 and 400
     * residents spread evenly. One desert [50,250]x[0,100] covers half of LSOA 1, all of LSOA 2
     * and half of LSOA 3:
     *   decile 1:  residents 300, in deserts 50 + 200 = 250, 2 zones
     *   decile 3:  residents 300, in deserts 150, 1 zone
     *   decile 10: residents 400, in deserts 0, 1 zone
     *   other deciles: nothing
     */
    @Test
    void residentsInDesertsByImdDecile() {
        List<Zone> lsoas = List.of(new Zone("L1", "E01", box(0, 0, 100, 100)), new Zone("L2", "E02", box(100, 0, 200, 100)),
                new Zone("L3", "E03", box(200, 0, 300, 100)), new Zone("L4", "E04", box(300, 0, 400, 100)));
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class, row(box(0, 0, 100, 100), 100),
                row(box(100, 0, 200, 100), 200), row(box(200, 0, 300, 100), 300), row(box(300, 0, 400, 100), 400)), "pop", null);
        List<Desert> deserts = List.of(new Desert(1, box(50, 0, 250, 100), 20_000, List.of("L1", "L2", "L3"),
                List.of("gp", "library", "park"), List.of(), null));
        double[] deciles = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        List<ClassCount> rows = CrossTab.residentsInDesertsByClass(lsoas, new double[] {1, 1, 3, 10}, deciles, pop, deserts);

        assertThat(rows).hasSize(10);
        assertThat(rows.get(0)).isEqualTo(new ClassCount(1, 1, 1, 300, 250, 2, 1, 1));
        assertThat(rows.get(1)).isEqualTo(new ClassCount(2, 1, 2, 0, 0, 0, Double.NaN, Double.NaN));
        assertThat(rows.get(2).residents()).isCloseTo(300, within(1e-9));
        assertThat(rows.get(2).residentsInDeserts()).isCloseTo(150, within(1e-9));
        assertThat(rows.get(2).zones()).isEqualTo(1);
        assertThat(rows.get(9)).isEqualTo(new ClassCount(10, 9, 10, 400, 0, 1, 10, 10));
        assertThat(rows.stream().mapToDouble(ClassCount::residents).sum()).isCloseTo(pop.total(), within(1e-9));
    }

    @Test
    void computedBreaksGroupAContinuousIndicator() {
        // IMD scores 12, 48, 50 and 15 split by natural breaks into {12, 15} and {48, 50}
        List<Zone> lsoas = List.of(new Zone("L1", null, box(0, 0, 10, 10)), new Zone("L2", null, box(10, 0, 20, 10)),
                new Zone("L3", null, box(20, 0, 30, 10)), new Zone("L4", null, box(30, 0, 40, 10)));
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class, row(box(0, 0, 40, 10), 40)), "pop", null);
        double[] scores = {12, 48, 50, 15};
        double[] breaks = Classifier.breaks(scores, ClassMethod.NATURAL_BREAKS, 2);
        List<Desert> deserts = List.of(new Desert(1, box(15, 0, 40, 10), 250, List.of(), List.of("gp"), List.of(), null));

        List<ClassCount> rows = CrossTab.residentsInDesertsByClass(lsoas, scores, breaks, pop, deserts);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).lowerBound()).isEqualTo(12);
        assertThat(rows.get(0).upperBound()).isEqualTo(15);
        assertThat(rows.get(0).residentsInDeserts()).isCloseTo(10, within(1e-9));
        assertThat(rows.get(1).lowerBound()).isEqualTo(15);
        assertThat(rows.get(1).residents()).isCloseTo(20, within(1e-9));
        assertThat(rows.get(1).residentsInDeserts()).isCloseTo(15, within(1e-9));
    }
}
