package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;
import static org.catchment.overlay.Fixtures.wkt;

import java.util.List;
import org.catchment.InputException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class CoverageTest {

    /* Ward [0,100]x[0,100]; the GP 10-minute area [50,200]x[-50,150] covers its east half. */
    static final Zone WARD = new Zone("Parr", "E05000002", box(0, 0, 100, 100));
    static final BandArea GP10 = new BandArea("gp", "GP surgeries", 10, box(50, -50, 200, 150));

    @Test
    void aWardHalfInsideACatchmentIsHalfCoveredByAreaAndByEvenlySpreadPeople() {
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class, row(box(0, 0, 100, 100), 1000)), "pop", null);
        CoverageRow r = Coverage.compute(List.of(WARD), List.of(GP10), pop).get(0);
        assertThat(r).isEqualTo(new CoverageRow("Parr", "gp", "GP surgeries", 10, 10_000, 5_000, 0.5, 1000.0, 500.0, 0.5));
    }

    @Test
    void withPointsTheCoveredResidentsAreThePointsInside() {
        // 10 people west of x = 50, 7 + 4 east of it: 11 of 21 covered
        Population pop = Population.fromPoints(Fixtures.counts(Point.class,
                row("POINT(25 25)", 10), row("POINT(75 25)", 7), row("POINT(75 75)", "4")), "POP");
        CoverageRow r = Coverage.compute(List.of(WARD), List.of(GP10), pop).get(0);
        assertThat(r.zoneResidents()).isEqualTo(21.0);
        assertThat(r.coveredResidents()).isEqualTo(11.0);
        assertThat(r.residentsShare()).isCloseTo(11.0 / 21, within(1e-12));
        assertThat(pop.total()).isEqualTo(21.0);
    }

    @Test
    void withoutPopulationTheResidentColumnsAreNull() {
        CoverageRow r = Coverage.compute(List.of(WARD), List.of(GP10, new BandArea("gp", "GP surgeries", 5, wkt("POLYGON EMPTY"))), null).get(1);
        assertThat(r).isEqualTo(new CoverageRow("Parr", "gp", "GP surgeries", 5, 10_000, 0, 0, null, null, null));
    }

    @Test
    void peopleAreSpreadOverResidentialLandOnly() {
        // all 1000 people live on the west half, which the GP area does not reach; the second
        // polygon has no residential land and keeps its 300 people spread over its whole area
        Geometry residential = box(0, 0, 50, 100);
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class,
                row(box(0, 0, 100, 100), 1000), row(box(300, 0, 400, 100), 300)), "pop", residential);
        CoverageRow r = Coverage.compute(List.of(WARD), List.of(GP10), pop).get(0);
        assertThat(r.zoneResidents()).isCloseTo(1000, within(1e-9));
        assertThat(r.coveredResidents()).isCloseTo(0, within(1e-9));
        assertThat(pop.total()).isEqualTo(1300.0);
        assertThat(pop.residentsIn(box(300, 0, 325, 100))).isCloseTo(75, within(1e-9));
        assertThat(pop.warnings()).containsExactly("layer population, feature 2 (population.2) has 300.0 residents but "
                + "no residential land; they are spread over the whole polygon");
    }

    @Test
    void totalsReconcileForAreaAndPeople() {
        // three wards and two bands of curved outline; LSOA-like polygons that straddle ward
        // boundaries; residential land; and address points. Covered plus not covered must give
        // the zone's total, and the zones' residents must add up to everyone.
        List<Zone> zones = List.of(new Zone("A", null, box(0, 0, 400, 300)), new Zone("B", null, box(400, 0, 1000, 300)),
                new Zone("C", null, wkt("POLYGON((0 300, 1000 300, 1000 700, 0 650, 0 300))")));
        List<BandArea> bands = List.of(
                new BandArea("library", "Libraries", 10, wkt("POINT(300 250)").buffer(260, 24)),
                new BandArea("library", "Libraries", 20, wkt("POINT(300 250)").buffer(520, 24)),
                new BandArea("park", "Parks", 10, wkt("LINESTRING(0 0, 1000 700)").buffer(90, 8)));
        Geometry residential = wkt("MULTIPOLYGON(((0 0, 700 0, 700 420, 0 420, 0 0)), ((800 100, 1000 100, 1000 700, 800 690, 800 100)))");
        Population polygons = Population.fromPolygons(Fixtures.counts(Polygon.class,
                row(box(0, 0, 333, 700), 1234), row(box(333, 0, 777, 700), 2345.5), row("POLYGON((777 0, 1000 0, 1000 700, 777 689, 777 0))", 999)),
                "pop", residential);
        Population points = Population.fromPoints(Fixtures.counts(MultiPoint.class,
                row("MULTIPOINT((10 10), (500 500))", 8), row("MULTIPOINT((950 650))", 3), row("MULTIPOINT((333.3 151.7))", 5)), "pop");
        for (Population pop : List.of(polygons, points)) {
            List<CoverageRow> rows = Coverage.compute(zones, bands, pop);
            assertThat(rows).hasSize(9);
            double everyone = 0;
            for (int z = 0; z < zones.size(); z++) {
                everyone += rows.get(z * bands.size()).zoneResidents();
                for (int b = 0; b < bands.size(); b++) {
                    CoverageRow r = rows.get(z * bands.size() + b);
                    Geometry notCovered = zones.get(z).geometry().difference(bands.get(b).area());
                    assertThat(r.coveredAreaM2() + notCovered.getArea()).isCloseTo(r.zoneAreaM2(), within(1e-6 * r.zoneAreaM2()));
                    assertThat(r.coveredResidents() + pop.residentsIn(notCovered))
                            .isCloseTo(r.zoneResidents(), within(1e-6 * pop.total()));
                }
            }
            assertThat(everyone).isCloseTo(pop.total(), within(1e-6 * pop.total()));
        }
        assertThat(polygons.total()).isEqualTo(1234 + 2345.5 + 999);
    }

    @Test
    void twoZoneSetsAtOnceGiveEachSetsOwnRowsWithTheBandsCutOnce() {
        // the ward, and two halves of it as a second set (LSOAs, say): the GP area covers the
        // east half, so the west half has none of it and the east half all
        List<Zone> halves = List.of(new Zone("West", null, box(0, 0, 50, 100)), new Zone("East", null, box(50, 0, 100, 100)));
        BandArea gp20 = new BandArea("gp", "GP surgeries", 20, box(-50, -50, 200, 150));
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class, row(box(0, 0, 100, 100), 1000)), "pop", null);
        int[] bandsDone = new int[1];
        List<List<CoverageRow>> sets = Coverage.forSets(List.of(List.of(WARD), halves), List.of(GP10, gp20), pop,
                () -> bandsDone[0]++);
        assertThat(bandsDone[0]).isEqualTo(2);
        assertThat(sets).hasSize(2);
        assertThat(sets.get(0)).containsExactly(
                new CoverageRow("Parr", "gp", "GP surgeries", 10, 10_000, 5_000, 0.5, 1000.0, 500.0, 0.5),
                new CoverageRow("Parr", "gp", "GP surgeries", 20, 10_000, 10_000, 1, 1000.0, 1000.0, 1.0));
        assertThat(sets.get(1)).containsExactly(
                new CoverageRow("West", "gp", "GP surgeries", 10, 5_000, 0, 0, 500.0, 0.0, 0.0),
                new CoverageRow("West", "gp", "GP surgeries", 20, 5_000, 5_000, 1, 500.0, 500.0, 1.0),
                new CoverageRow("East", "gp", "GP surgeries", 10, 5_000, 5_000, 1, 500.0, 500.0, 1.0),
                new CoverageRow("East", "gp", "GP surgeries", 20, 5_000, 5_000, 1, 500.0, 500.0, 1.0));
        assertThat(sets.get(1)).isEqualTo(Coverage.compute(halves, List.of(GP10, gp20), pop));
    }

    @Test
    void aNonNumericCountNamesTheFeature() {
        assertThatThrownBy(() -> Population.fromPoints(Fixtures.counts(Point.class,
                row("POINT(1 1)", 3), row("POINT(2 2)", "lots")), "pop"))
                .isInstanceOf(InputException.class)
                .hasMessage("layer population, feature 2 (population.2): the population count 'pop' is 'lots', not a number "
                        + "of residents of 0 or more. Fix the value or choose another count field.");
        assertThatThrownBy(() -> Population.fromPolygons(Fixtures.counts(Polygon.class, row(box(0, 0, 1, 1), 3)), "people", null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("there is no population count field 'people'; the fields are pop");
    }
}
