package org.catchment.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.noding.FastNodingValidator;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class OverlaysTest {

    private static final GeometryFactory GF = new GeometryFactory();
    /** British National Grid-like coordinates, where a double's last digit is about 6e-11 m. */
    private static final double X0 = 350_000;
    private static final double Y0 = 400_000;

    private static Polygon square(double x, double y, double side) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
            new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)});
    }

    /* Two 10 m squares overlapping by half: union 150 m2, intersection 50 m2, difference 50 m2. */
    @Test
    void overlaysTwoSquares() {
        Polygon a = square(X0, Y0, 10);
        Polygon b = square(X0 + 5, Y0, 10);
        assertThat(Overlays.overlay(a, b, OverlayNG.UNION).getArea()).isCloseTo(150, offset(1e-9));
        assertThat(Overlays.overlay(a, b, OverlayNG.INTERSECTION).getArea()).isCloseTo(50, offset(1e-9));
        assertThat(Overlays.overlay(a, b, OverlayNG.DIFFERENCE).getArea()).isCloseTo(50, offset(1e-9));
        assertThat(Overlays.union(List.of(a, b, square(X0 + 20, Y0, 10))).getArea()).isCloseTo(250, offset(1e-9));
    }

    /**
     * Lines through nearly one point, in metres far from the origin: the intersections the noding
     * computes are rounded, and the pieces cut at them often cross again (the case OverlayNG's
     * check exists for). Whenever JTS's validator finds the noding wrong, the short check alone
     * must too (else a wrong noding would be used); it should rarely fail where JTS's passes
     * (each such case costs JTS's check). The test also makes sure wrong nodings occur.
     */
    @Test
    void theShortCheckFailsWheneverJtsFindsTheNodingWrong() {
        Random random = new Random(42);
        int wrong = 0;
        int falseAlarms = 0;
        int cases = 3_000;
        for (int c = 0; c < cases; c++) {
            List<Coordinate[]> lines = star(random, 3 + random.nextInt(8));
            boolean passes = new SplitCheckedNoder().nodeAndCheckOnly(strings(lines));
            if (!jtsValid(lines)) {
                wrong++;
                assertThat(passes).as("case %d", c).isFalse();
                assertThatThrownBy(() -> new SplitCheckedNoder().computeNodes(strings(lines)))
                        .as("case %d", c).isInstanceOf(TopologyException.class);
            } else if (!passes) {
                falseAlarms++;
            }
        }
        assertThat(wrong).as("nodings JTS finds wrong").isGreaterThan(cases / 20);
        assertThat(falseAlarms).as("right nodings the short check fails").isLessThan(cases / 100);
    }

    /**
     * One long segment crossed by n others (a tile's edge across a band polygon): the check finds
     * the pieces that can meet each crossing one by a binary search, so it tests about 12 n pairs
     * of pieces (each crossing piece against the long segment's two pieces that touch it, from
     * either side, and each segment's own pieces), not n² (4 million here).
     */
    @Test
    void aLongSegmentCutManyTimesIsCheckedInNLogN() {
        int n = 2_000;
        List<Coordinate[]> lines = new ArrayList<>();
        lines.add(new Coordinate[] {new Coordinate(0, 0), new Coordinate(n, 0)});
        for (int i = 0; i < n; i++) {
            lines.add(new Coordinate[] {new Coordinate(i + 0.5, -1), new Coordinate(i + 0.5, 1)});
        }
        SplitCheckedNoder noder = new SplitCheckedNoder();
        assertThat(noder.nodeAndCheckOnly(strings(lines))).isTrue();
        assertThat(noder.getNodedSubstrings()).hasSize(n + 1 + 2 * n);
        assertThat(noder.pairTests()).isGreaterThan(n).isLessThan(20L * n);
    }

    /**
     * Overlays of polygons with near-degenerate edges (slivers, shared and almost shared edges)
     * equal OverlayNGRobust's vertex for vertex, including where its floating-point attempt fails
     * and it snaps.
     */
    @Test
    void givesOverlayNgRobustsResultsVertexForVertex() {
        Random random = new Random(11);
        int snapped = 0;
        for (int c = 0; c < 400; c++) {
            Geometry a = fan(random);
            Geometry b = fan(random);
            for (int op : new int[] {OverlayNG.UNION, OverlayNG.INTERSECTION, OverlayNG.DIFFERENCE}) {
                snapped += floatingFails(a, b, op) ? 1 : 0;
                Geometry expected = OverlayNGRobust.overlay(a, b, op);
                assertThat(Overlays.overlay(a, b, op).equalsExact(expected)).as("case %d op %d", c, op).isTrue();
            }
            List<Geometry> parts = List.of(a, b, fan(random), fan(random));
            assertThat(Overlays.union(parts).equalsExact(OverlayNGRobust.union(parts))).as("union %d", c).isTrue();
        }
        assertThat(snapped).as("overlays whose floating-point noding fails").isGreaterThan(10);
    }

    private static boolean floatingFails(Geometry a, Geometry b, int op) {
        try {
            OverlayNG.overlay(a, b, op);
            return false;
        } catch (TopologyException e) {
            return true;
        }
    }

    /** @return n lines crossing within a nanometre of one point, at random angles */
    private static List<Coordinate[]> star(Random random, int n) {
        List<Coordinate[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = random.nextDouble() * Math.PI;
            double r = 1 + random.nextDouble() * 100;
            double cx = X0 + random.nextDouble() * 1e-9;
            double cy = Y0 + random.nextDouble() * 1e-9;
            out.add(new Coordinate[] {new Coordinate(cx - r * Math.cos(angle), cy - r * Math.sin(angle)),
                new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle))});
        }
        return out;
    }

    /** @return a few lines on whole metres, crossing at exact points */
    private static List<Coordinate[]> grid(Random random) {
        List<Coordinate[]> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double v = random.nextInt(20);
            out.add(i % 2 == 0
                    ? new Coordinate[] {new Coordinate(X0, Y0 + v), new Coordinate(X0 + 20, Y0 + v)}
                    : new Coordinate[] {new Coordinate(X0 + v, Y0), new Coordinate(X0 + v, Y0 + 20)});
        }
        return out;
    }

    /** @return a polygon of triangles fanned round a point, their tips nearly meeting: a valid union of slivers */
    private static Geometry fan(Random random) {
        List<Geometry> triangles = new ArrayList<>();
        double cx = X0 + random.nextDouble() * 1e-9;
        double cy = Y0 + random.nextDouble() * 1e-9;
        for (int i = 0; i < 4; i++) {
            double a0 = random.nextDouble() * 2 * Math.PI;
            double a1 = a0 + 1e-6 + random.nextDouble() * 0.3;
            double r = 1 + random.nextDouble() * 50;
            triangles.add(GF.createPolygon(new Coordinate[] {new Coordinate(cx, cy),
                new Coordinate(cx + r * Math.cos(a0), cy + r * Math.sin(a0)),
                new Coordinate(cx + r * Math.cos(a1), cy + r * Math.sin(a1)), new Coordinate(cx, cy)}));
        }
        return OverlayNGRobust.union(triangles);
    }

    private static boolean jtsValid(List<Coordinate[]> lines) {
        MCIndexNoder noder = new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector()));
        noder.computeNodes(strings(lines));
        @SuppressWarnings("unchecked")
        List<SegmentString> noded = new ArrayList<>(noder.getNodedSubstrings());
        return new FastNodingValidator(noded).isValid();
    }

    private static List<SegmentString> strings(List<Coordinate[]> lines) {
        List<SegmentString> out = new ArrayList<>();
        for (Coordinate[] line : lines) {
            out.add(new NodedSegmentString(line.clone(), null));
        }
        return out;
    }
}
