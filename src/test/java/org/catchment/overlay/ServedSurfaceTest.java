package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.wkt;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class ServedSurfaceTest {

    /*
     * Ward 0..40 x 0..30 (1,200 m²) and three served squares of 400 m² each:
     *
     *   y=30 +----+----+---------+----+----+---------+
     *        | -  | C  |    C    | C  | -  |    -    |
     *   y=20 +----+----+---------+----+----+---------+
     *        | A  | AC |   ABC   | BC | B  |    -    |
     *   y=10 +----+----+---------+----+----+---------+
     *        | A  | A  |   AB    | B  | B  |    -    |
     *    y=0 +----+----+---------+----+----+---------+
     *        x=0  5    10        20   25   30        40
     *
     * A = [0,20]x[0,20], B = [10,30]x[0,20], C = [5,25]x[10,30]. Cells of 5 x 10 are 50 m²,
     * 10 x 10 are 100 m². By set of serving types:
     *   ABC 100 | AB 100 | AC 50 | BC 50 | A 50+50+50 = 150 | B 50+50+50 = 150
     *   C 50+100+50 = 200 | none 50+50+100+100+100 = 400;   total 1,200.
     * Check: A = 100+100+50+150 = 400, B = 100+100+50+150 = 400, C = 100+50+50+200 = 400.
     * Served by exactly 3: 100, 2: 200, 1: 500, 0: 400.
     */
    static final Geometry WARD = box(0, 0, 40, 30);
    static final List<TypeArea> THREE = List.of(
            new TypeArea("A", "Type A", box(0, 0, 20, 20)),
            new TypeArea("B", "Type B", box(10, 0, 30, 20)),
            new TypeArea("C", "Type C", box(5, 10, 25, 30)));

    @Test
    void threeOverlappingSquaresGiveEveryPieceItsHandComputedArea() {
        ServedSurface s = ServedSurface.of(WARD, THREE);
        Map<String, Double> areaByMissing = new TreeMap<>();
        for (ServedSurface.Piece p : s.pieces()) {
            areaByMissing.put(String.join("", p.missingTypes()), p.geometry().getArea());
            assertThat(p.servedCount()).isEqualTo(3 - p.missingTypes().size());
        }
        assertThat(areaByMissing).containsOnlyKeys("", "C", "B", "A", "BC", "AC", "AB", "ABC");
        assertThat(areaByMissing.get("")).isCloseTo(100, within(1e-9));
        assertThat(areaByMissing.get("C")).isCloseTo(100, within(1e-9));
        assertThat(areaByMissing.get("B")).isCloseTo(50, within(1e-9));
        assertThat(areaByMissing.get("A")).isCloseTo(50, within(1e-9));
        assertThat(areaByMissing.get("BC")).isCloseTo(150, within(1e-9));
        assertThat(areaByMissing.get("AC")).isCloseTo(150, within(1e-9));
        assertThat(areaByMissing.get("AB")).isCloseTo(200, within(1e-9));
        assertThat(areaByMissing.get("ABC")).isCloseTo(400, within(1e-9));
        assertThat(s.servedCount(3).getArea()).isCloseTo(100, within(1e-9));
        assertThat(s.servedCount(2).getArea()).isCloseTo(200, within(1e-9));
        assertThat(s.servedCount(1).getArea()).isCloseTo(500, within(1e-9));
        assertThat(s.servedCount(0).getArea()).isCloseTo(400, within(1e-9));
        assertThat(s.servedCount(0).equalsTopo(wkt(
                "MULTIPOLYGON(((0 20, 5 20, 5 30, 0 30, 0 20)), ((25 20, 30 20, 30 0, 40 0, 40 30, 25 30, 25 20)))")))
                .isTrue();
    }

    @Test
    void piecesPartitionTheStudyAreaForCurvedPolygons() {
        Geometry area = wkt("POLYGON((0 0, 1000 0, 1000 600, 500 900, 0 600, 0 0))");
        List<TypeArea> types = List.of(
                new TypeArea("gp", "GP", wkt("POINT(300 300)").buffer(350, 16)),
                new TypeArea("library", "Library", wkt("POINT(650 400)").buffer(300, 16)),
                new TypeArea("park", "Park", wkt("LINESTRING(0 700, 1000 100)").buffer(120, 8)),
                new TypeArea("none", "Nowhere", wkt("POLYGON EMPTY")),
                new TypeArea("far", "Far away", box(5000, 5000, 6000, 6000)));
        ServedSurface s = ServedSurface.of(area, types);
        double sum = s.pieces().stream().mapToDouble(p -> p.geometry().getArea()).sum();
        assertThat(sum / area.getArea()).isCloseTo(1.0, within(1e-6));
        List<ServedSurface.Piece> pieces = s.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            assertThat(area.buffer(1e-6).covers(pieces.get(i).geometry())).isTrue();
            for (int j = i + 1; j < pieces.size(); j++) {
                assertThat(pieces.get(i).geometry().intersection(pieces.get(j).geometry()).getArea())
                        .isLessThan(1e-6);
            }
            assertThat(pieces.get(i).missingTypes()).contains("none", "far");
        }
        double gpServed = pieces.stream().filter(p -> !p.missingTypes().contains("gp"))
                .mapToDouble(p -> p.geometry().getArea()).sum();
        assertThat(gpServed).isCloseTo(area.intersection(types.get(0).served()).getArea(), within(1e-6));
        double byCount = 0;
        for (int n = 0; n <= 3; n++) {
            byCount += s.servedCount(n).getArea();
        }
        assertThat(byCount).isCloseTo(area.getArea(), within(1e-6));
    }

    @Test
    void quadrantsAndBothLeafMethodsGiveTheDirectOverlayAreas() {
        // 5 finely segmented disks (about 4,000 vertices each) force several levels of quadrants;
        // each piece must equal the direct overlay area ∩ (served types) − (the others)
        Geometry area = wkt("POLYGON((0 0, 3000 0, 3000 2000, 0 2000, 0 0))");
        List<TypeArea> types = List.of(
                new TypeArea("a", "A", wkt("POINT(800 800)").buffer(900, 1000)),
                new TypeArea("b", "B", wkt("POINT(1700 1000)").buffer(1000, 1000)),
                new TypeArea("c", "C", wkt("POINT(2600 400)").buffer(700, 1000)),
                new TypeArea("d", "D", wkt("POINT(1500 1900)").buffer(600, 1000)),
                new TypeArea("e", "E", wkt("POINT(400 1700)").buffer(800, 1000)));
        for (boolean polygonize : new boolean[] {true, false}) {
            ServedSurface s = ServedSurface.of(area, types, polygonize);
            double sum = 0;
            for (ServedSurface.Piece p : s.pieces()) {
                Geometry expected = area;
                for (TypeArea t : types) {
                    expected = p.missingTypes().contains(t.type()) ? expected.difference(t.served())
                            : expected.intersection(t.served());
                }
                assertThat(p.geometry().getArea()).as("%s missing %s", polygonize, p.missingTypes())
                        .isCloseTo(expected.getArea(), within(1e-6 * area.getArea()));
                assertThat(p.geometry().isValid()).isTrue();
                sum += p.geometry().getArea();
            }
            assertThat(sum / area.getArea()).isCloseTo(1.0, within(1e-9));
            assertThat(s.pieces()).extracting(ServedSurface.Piece::missingTypes).doesNotHaveDuplicates().hasSizeGreaterThan(10);
        }
    }

    @Test
    void missingTypesKeepTheOrderTheTypesWereGivenIn() {
        ServedSurface s = ServedSurface.of(WARD, List.of(
                new TypeArea("z", "Z", box(100, 100, 110, 110)),
                new TypeArea("a", "A", box(100, 100, 110, 110)),
                new TypeArea("m", "M", WARD)));
        assertThat(s.pieces()).hasSize(1);
        assertThat(List.copyOf(s.pieces().get(0).missingTypes())).containsExactly("z", "a");
        assertThat(s.pieces().get(0).missingTypes()).isEqualTo(Set.of("a", "z"));
    }

    @Test
    void aTypeGivenTwiceIsRefused() {
        assertThatThrownBy(() -> ServedSurface.of(WARD, List.of(THREE.get(0), THREE.get(0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'A' is given twice");
    }
}
