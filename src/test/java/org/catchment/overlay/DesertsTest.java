package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;

import java.util.List;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class DesertsTest {

    /*
     * The three squares of ServedSurfaceTest over two wards, West [0,20]x[0,30] and East [20,40]x[0,30]:
     *
     *   y=30 +----+----+---------+----+----+---------+
     *        | -  | C  |    C    | C  | -  |    -    |      missing A,B,C: [25,40]x[20,30] + [30,40]x[0,20] = 350 (one polygon)
     *   y=20 +----+----+---------+----+----+---------+                     [0,5]x[20,30] = 50 (another)
     *        | A  | AC |   ABC   | BC | B  |    -    |      missing A,B (C only): [5,25]x[20,30] = 200
     *   y=10 +----+----+---------+----+----+---------+      missing B,C (A only): L of [0,10]x[0,10] + [0,5]x[10,20] = 150
     *        | A  | A  |   AB    | B  | B  |    -    |      missing A,C (B only): L of [20,30]x[0,10] + [25,30]x[10,20] = 150
     *    y=0 +----+----+---------+----+----+---------+
     *        x=0  5    10   ^    20   25   30        40
     *                     West | East
     *
     * Population: West 600 residents (1 per m²), East 1,200 (2 per m²).
     */
    static final List<Zone> WARDS = List.of(new Zone("West", "W1", box(0, 0, 20, 30)), new Zone("East", "E1", box(20, 0, 40, 30)));

    static Population population() {
        return Population.fromPolygons(Fixtures.counts(Polygon.class,
                row(box(0, 0, 20, 30), 600), row(box(20, 0, 40, 30), 1200)), "pop", null);
    }

    @Test
    void adjacentPiecesMissingDifferentTypesMakeOneDesert() {
        ServedSurface s = ServedSurface.of(ServedSurfaceTest.WARD, ServedSurfaceTest.THREE);
        DesertResult r = Deserts.find(s, new DesertRule(2, null, 100), WARDS, population());

        // every piece missing two or more types touches another along an edge: one region of
        // 350 + 50 + 200 + 150 + 150 = 900 m², missing no type throughout but each of A, B, C in parts
        assertThat(r.slivers()).isZero();
        assertThat(r.deserts()).hasSize(1);
        Desert d = r.deserts().get(0);
        assertThat(d.areaM2()).isCloseTo(900, within(1e-9));
        assertThat(d.missingTypes()).isEmpty();
        assertThat(d.partlyMissingTypes()).containsExactly("A", "B", "C");
        assertThat(d.wards()).containsExactly("West", "East");
        // West: 50 + 150 + 150 = 350 m² x 1; East: 350 + 50 + 150 = 550 m² x 2
        assertThat(d.residents()).isCloseTo(1450, within(1e-6));
    }

    @Test
    void aServedStripOfNoRealWidthDoesNotSplitADesertButAMetreWideOneDoes() {
        // A serves a strip 4 nm wide down the middle of the ward (two service areas' edges computed
        // apart), then one 1 m wide: the places either side lack A; only the real strip parts them
        for (double width : new double[] {4e-9, 1}) {
            ServedSurface s = ServedSurface.of(Fixtures.box(0, 0, 100, 100),
                    List.of(new TypeArea("A", "A", Fixtures.box(50, 0, 50 + width, 100))));
            DesertResult r = Deserts.find(s, new DesertRule(1, null, 0), WARDS, null);
            assertThat(r.deserts()).as("strip of " + width + " m").hasSize(width < 1e-6 ? 1 : 2);
            assertThat(r.deserts().stream().mapToDouble(Desert::areaM2).sum()).as("strip of " + width + " m")
                    .isCloseTo(10_000 - 100 * width, within(1e-4));
        }
    }

    @Test
    void thresholdRuleDropsSliversNamesWardsAndOrdersByArea() {
        ServedSurface s = ServedSurface.of(ServedSurfaceTest.WARD, ServedSurfaceTest.THREE);
        DesertResult r = Deserts.find(s, new DesertRule(3, null, 100), WARDS, population());

        assertThat(r.slivers()).isEqualTo(1);
        assertThat(r.sliverAreaM2()).isCloseTo(50, within(1e-9));
        assertThat(r.deserts()).hasSize(1);
        Desert d = r.deserts().get(0);
        assertThat(d.id()).isEqualTo(1);
        assertThat(d.areaM2()).isCloseTo(350, within(1e-9));
        assertThat(d.missingTypes()).containsExactly("A", "B", "C");
        assertThat(d.partlyMissingTypes()).isEmpty();
        assertThat(d.wards()).containsExactly("East");
        assertThat(d.residents()).isCloseTo(700, within(1e-6));
        assertThat(d.geometry().equalsTopo(
                Fixtures.wkt("POLYGON((25 20, 30 20, 30 0, 40 0, 40 30, 25 30, 25 20))"))).isTrue();
    }

    @Test
    void missingAllOfRuleIgnoresTheThreshold() {
        ServedSurface s = ServedSurface.of(ServedSurfaceTest.WARD, ServedSurfaceTest.THREE);
        DesertResult r = Deserts.find(s, new DesertRule(3, List.of("C", "A"), 0), WARDS, null);

        // A and C are both missing in ABC (350 + 50) and AC (150); AC joins the large ABC along x = 30
        assertThat(r.slivers()).isZero();
        assertThat(r.deserts()).extracting(Desert::areaM2).containsExactly(500.0, 50.0);
        assertThat(r.deserts()).extracting(Desert::missingTypes).containsExactly(
                List.of("A", "C"), List.of("A", "B", "C"));
        assertThat(r.deserts()).extracting(Desert::partlyMissingTypes).containsExactly(List.of("B"), List.of());
        assertThat(r.deserts()).extracting(Desert::wards).containsExactly(List.of("East"), List.of("West"));
        assertThat(r.deserts()).extracting(Desert::residents).containsOnlyNulls();
    }

    @Test
    void defaultsAreThreeMissingAndTwoThousandSquareMetres() {
        assertThat(DesertRule.defaults()).isEqualTo(new DesertRule(3, null, 2000));
        ServedSurface s = ServedSurface.of(ServedSurfaceTest.WARD, ServedSurfaceTest.THREE);
        DesertResult r = Deserts.find(s, DesertRule.defaults(), WARDS, null);
        assertThat(r.deserts()).isEmpty();
        assertThat(r.slivers()).isEqualTo(2);
        assertThat(r.sliverAreaM2()).isCloseTo(400, within(1e-9));
    }

    @Test
    void equalAreasAreNumberedWestToEastOnEveryRun() {
        List<TypeArea> one = List.of(new TypeArea("A", "A", box(10, 0, 30, 30)));
        ServedSurface s = ServedSurface.of(ServedSurfaceTest.WARD, one);
        for (int run = 0; run < 3; run++) {
            DesertResult r = Deserts.find(s, new DesertRule(1, null, 0), WARDS, null);
            assertThat(r.deserts()).extracting(d -> d.geometry().getEnvelopeInternal().getMinX())
                    .containsExactly(0.0, 30.0);
            assertThat(r.deserts()).extracting(Desert::areaM2).containsExactly(300.0, 300.0);
        }
    }
}
