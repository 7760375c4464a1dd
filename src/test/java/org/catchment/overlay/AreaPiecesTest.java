package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.overlay.Fixtures.box;
import static org.catchment.overlay.Fixtures.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The cut coverage against the direct overlay, on a band far larger than the zones: a square
 * ring 10 km across with a 6 km square hole and hundreds of 40 m square holes, whose area is
 * known, under a grid of 457 m zones that straddle the quadrant lines.
 */
class AreaPiecesTest {

    static final double SIDE = 10_000;
    static final double HOLE = 40;

    /** @return the ring with a hole of {@value #HOLE} m every 200 m outside the middle 6 km (and how many) */
    static Geometry ringWithHoles(int[] holes) {
        Geometry ring = box(0, 0, SIDE, SIDE).difference(box(2000, 2000, 8000, 8000));
        List<Geometry> small = new ArrayList<>();
        for (double x = 100; x < SIDE; x += 200) {
            for (double y = 100; y < SIDE; y += 200) {
                if (x + HOLE < 2000 || x > 8000 || y + HOLE < 2000 || y > 8000) {
                    small.add(box(x, y, x + HOLE, y + HOLE));
                }
            }
        }
        holes[0] = small.size();
        return Polygons.difference(ring, Polygons.union(small, ring.getFactory()));
    }

    static List<Zone> zones() {
        List<Zone> zones = new ArrayList<>();
        for (double x = -77; x < SIDE + 100; x += 457) {
            for (double y = -77; y < SIDE + 100; y += 457) {
                zones.add(new Zone("z" + zones.size(), null, box(x, y, x + 457, y + 457)));
            }
        }
        return zones;
    }

    @Test
    void aBandFarLargerThanTheZonesIsCutAndEachZoneCoveredAsByTheDirectOverlay() {
        int[] holes = new int[1];
        Geometry band = ringWithHoles(holes);
        double bandArea = SIDE * SIDE - 6000 * 6000 - holes[0] * HOLE * HOLE;
        assertThat(band.getArea()).isCloseTo(bandArea, within(1e-6));
        assertThat(band.getNumPoints()).isGreaterThan(AreaPieces.MAX_PIECE_VERTICES);

        AreaPieces pieces = AreaPieces.of(band);
        assertThat(pieces.size()).isGreaterThan(8);
        assertThat(pieces.pieces()).allMatch(p -> p.getNumPoints() <= AreaPieces.MAX_PIECE_VERTICES);
        // the pieces partition the band
        assertThat(pieces.pieces().stream().mapToDouble(Geometry::getArea).sum()).isCloseTo(bandArea, within(1e-9 * bandArea));
        assertThat(Polygons.union(pieces.pieces(), band.getFactory()).symDifference(band).getArea()).isLessThan(1e-9 * bandArea);

        // residents: random points, and points on the quadrant lines and hole edges
        Random random = new Random(14);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(row("POINT(" + random.nextDouble() * SIDE + " " + random.nextDouble() * SIDE + ")", 1 + random.nextInt(3)));
        }
        for (double t = 10; t < SIDE; t += 97) {
            rows.add(row("POINT(5000 " + t + ")", 5));
            rows.add(row("POINT(" + t + " 5000)", 7));
            rows.add(row("POINT(" + t + " 2500)", 11));
        }
        rows.add(row("POINT(100 100)", 13));
        rows.add(row("POINT(120 140)", 17));
        Population pop = Population.fromPoints(Fixtures.counts(Point.class, rows.toArray(new Object[0][])), "pop");

        List<Zone> zones = zones();
        List<CoverageRow> cut = Coverage.compute(zones, List.of(new BandArea("gp", "GP surgeries", 10, band)), pop);
        double sum = 0;
        for (int z = 0; z < zones.size(); z++) {
            Geometry zone = zones.get(z).geometry();
            Geometry direct = Polygons.intersection(zone, band);
            CoverageRow r = cut.get(z);
            assertThat(r.coveredAreaM2()).as(zones.get(z).name()).isCloseTo(direct.getArea(),
                    within(1e-9 * zone.getArea()));
            assertThat(r.coveredResidents()).as(zones.get(z).name()).isEqualTo(pop.residentsIn(direct));
            Geometry covered = pieces.intersection(zone);
            assertThat(covered.isValid()).isTrue();
            assertThat(covered.symDifference(direct).getArea()).isLessThan(1e-9 * zone.getArea());
            assertThat(pieces.intersectionArea(zone)).isCloseTo(direct.getArea(), within(1e-9 * zone.getArea()));
            sum += r.coveredAreaM2();
        }
        // the zones tile a square larger than the band: their covered parts add up to it
        assertThat(sum).isCloseTo(bandArea, within(1e-9 * bandArea));
    }

    @Test
    void aDesertSpanningTheStudyAreaNamesItsZonesCountsItsResidentsAndCrossTabulatesAsDirectOverlays() {
        int[] holes = new int[1];
        Geometry ring = ringWithHoles(holes);
        double ringArea = SIDE * SIDE - 6000 * 6000 - holes[0] * HOLE * HOLE;
        // one type serving the middle square and the small squares: the desert is the ring itself
        Geometry served = Polygons.difference(box(0, 0, SIDE, SIDE), ring);
        ServedSurface surface = ServedSurface.of(box(0, 0, SIDE, SIDE), List.of(new TypeArea("gp", "GP surgeries", served)));
        // residents spread over 500 m squares (100 each), which the desert's holes and edges cut
        List<Object[]> rows = new ArrayList<>();
        for (double x = 0; x < SIDE; x += 500) {
            for (double y = 0; y < SIDE; y += 500) {
                rows.add(row(box(x, y, x + 500, y + 500), 100));
            }
        }
        Population pop = Population.fromPolygons(Fixtures.counts(org.locationtech.jts.geom.Polygon.class,
                rows.toArray(new Object[0][])), "pop", null);
        List<Zone> zones = zones();

        DesertResult r = Deserts.find(surface, new DesertRule(1, null, 100), zones, pop);

        assertThat(r.deserts()).hasSize(1);
        Desert d = r.deserts().get(0);
        assertThat(d.geometry().getNumPoints()).isGreaterThan(AreaPieces.MAX_PIECE_VERTICES);
        assertThat(d.areaM2()).isCloseTo(ringArea, within(1e-9 * ringArea));
        assertThat(d.missingTypes()).containsExactly("gp");
        List<String> named = new ArrayList<>();
        for (Zone z : zones) {
            if (Polygons.intersection(d.geometry(), z.geometry()).getArea() > 1e-9 * d.areaM2()) {
                named.add(z.name());
            }
        }
        assertThat(named).hasSizeGreaterThan(300);
        assertThat(d.wards()).containsExactlyElementsOf(named);
        // 100 per 250,000 m², so the desert's residents are its area / 2,500
        assertThat(d.residents()).isCloseTo(ringArea / 2500, within(1e-9 * ringArea));

        double[] values = new double[zones.size()];
        double[] expected = new double[3];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 + i % 3;
            expected[i % 3] += pop.residentsIn(Polygons.intersection(zones.get(i).geometry(), d.geometry()));
        }
        List<ClassCount> classes = CrossTab.residentsInDesertsByClass(zones, values, new double[] {1, 2, 3}, pop, r.deserts());
        for (int c = 0; c < 3; c++) {
            assertThat(classes.get(c).residentsInDeserts()).isCloseTo(expected[c], within(1e-9 * expected[c]));
        }
        assertThat(classes.stream().mapToDouble(ClassCount::residentsInDeserts).sum()).isCloseTo(ringArea / 2500,
                within(1e-9 * ringArea));
    }

    @Test
    void aScenariosGainsAndLossesPerZoneAreTheDirectOverlaysWithEachZone() {
        // gained: the ring with holes (cut into pieces); lost: a 1 km square (one piece); residents
        // spread evenly, 1 per 100 m2, over 2 km squares: each zone's figures are those of one
        // plain overlay of the zone with each area, as the what-if change tables had them
        int[] holes = new int[1];
        Geometry gained = ringWithHoles(holes);
        Geometry lost = box(4000, 4000, 5000, 5000);
        AccessChange change = new AccessChange("gp", "GP surgeries", 10, gained, lost, null, null);
        List<Object[]> rows = new ArrayList<>();
        for (double x = 0; x < SIDE; x += 2000) {
            for (double y = 0; y < SIDE; y += 2000) {
                rows.add(row(box(x, y, x + 2000, y + 2000), 40_000));
            }
        }
        Population pop = Population.fromPolygons(Fixtures.counts(Polygon.class, rows.toArray(new Object[0][])), "pop",
                null);
        AccessChange.ByZone byZone = change.byZone();
        double gainedSum = 0;
        double lostResidents = 0;
        for (Zone z : zones()) {
            Geometry g = Polygons.intersection(gained, z.geometry());
            Geometry l = Polygons.intersection(lost, z.geometry());
            AccessChange.InZone in = byZone.in(z.geometry(), pop);
            assertThat(in.gainedAreaM2()).as(z.name()).isCloseTo(g.getArea(), within(1e-9 * z.geometry().getArea()));
            assertThat(in.lostAreaM2()).as(z.name()).isCloseTo(l.getArea(), within(1e-9 * z.geometry().getArea()));
            assertThat(in.gainedResidents()).as(z.name()).isCloseTo(pop.residentsIn(g), within(1e-9 * 4_000));
            assertThat(in.lostResidents()).as(z.name()).isCloseTo(pop.residentsIn(l), within(1e-9 * 4_000));
            gainedSum += in.gainedAreaM2();
            lostResidents += in.lostResidents();
        }
        double ringArea = SIDE * SIDE - 6000 * 6000 - holes[0] * HOLE * HOLE;
        assertThat(gainedSum).isCloseTo(ringArea, within(1e-9 * ringArea));
        assertThat(lostResidents).as("1 km2 at 1 per 100 m2").isCloseTo(10_000, within(1e-6));
    }

    @Test
    void aBandHoldingLinesAndPointsWhereItsPartsTouchIsCutByItsPolygons() {
        int[] holes = new int[1];
        Geometry ring = ringWithHoles(holes);
        Geometry mixed = ring.getFactory().createGeometryCollection(new Geometry[] {ring,
                Fixtures.wkt("LINESTRING(10000 0, 10100 0)"), Fixtures.wkt("POINT(10100 100)")});
        AreaPieces pieces = AreaPieces.of(mixed);
        assertThat(pieces.pieces().stream().mapToDouble(Geometry::getArea).sum()).isCloseTo(ring.getArea(),
                within(1e-9 * ring.getArea()));
        Geometry zone = box(9000, -50, 10050, 1000);
        assertThat(pieces.intersectionArea(zone)).isCloseTo(Polygons.intersection(zone, ring).getArea(), within(1e-6));
    }

    @Test
    void aSmallAreaIsOnePieceAndAZoneItCoversIsReturnedWhole() {
        Geometry band = box(0, 0, 100, 100);
        AreaPieces pieces = AreaPieces.of(band);
        assertThat(pieces.pieces()).containsExactly(band);
        Geometry zone = box(10, 10, 20, 20);
        assertThat(pieces.intersection(zone)).isSameAs(zone);
        assertThat(pieces.intersection(box(200, 0, 300, 100)).isEmpty()).isTrue();
        assertThat(AreaPieces.of(Fixtures.wkt("POLYGON EMPTY")).size()).isZero();
    }
}
