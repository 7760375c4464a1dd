package org.catchment.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * What the sample town adds to its plan for the statistics: LSOAs nested in the wards, their
 * residents (in proportion to the residential land inside each), an IMD 2019-style decile for
 * each, and fictional postcodes in the Code-Point Open layout (one centroid per 100 m of
 * residential street, and one for each foodbank, which is located by its postcode).
 */
final class SampleTownData {

    /** Residents per square metre of residential land (32 per hectare). */
    static final double RESIDENTS_PER_M2 = 32.0 / 10_000;
    /** Spacing of postcode centroids along residential streets, metres. */
    static final double POSTCODE_SPACING_M = 100;
    /** Postcode centroids stand this far to the side of their street, metres (where the houses are). */
    static final double POSTCODE_SETBACK_M = 12;
    /** Letters Royal Mail uses in the unit part of a postcode. */
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** A lower-layer super output area. */
    record Lsoa(String code, String name, String wardCode, Geometry area, Geometry residential, int population,
                int imdDecile) {
    }

    /**
     * A postcode centroid.
     *
     * @param postcode  the postcode, e.g. "MB1 1AA"
     * @param point     its centroid (whole metres, as Code-Point gives them)
     * @param wardCode  the ward it lies in
     */
    record Postcode(String postcode, Coordinate point, String wardCode) {
    }

    /** A foodbank as the foodbank list gives it: no coordinates, a postcode. */
    record Foodbank(String name, String address, String postcode) {
    }

    /** A point facility's address. */
    record Address(String street, String postcode) {
    }

    final SampleTownPlan plan;
    final List<Lsoa> lsoas = new ArrayList<>();
    final List<Postcode> postcodes = new ArrayList<>();
    final List<Foodbank> foodbanks = new ArrayList<>();
    final Map<String, Address> addresses = new LinkedHashMap<>();
    final Geometry residentialLand;

    /*
     * The LSOAs of each ward as rectangles in plan coordinates (x0, y0, x1, y1; several rectangles
     * make one LSOA), with the IMD decile each is given. Cut lines run between estates.
     */
    private static final Object[][] LSOAS = {
        {"E05099001", "001A", 3, new double[][] {{1700, 1950, 2700, 2740}}},
        {"E05099001", "001B", 4, new double[][] {{2700, 1950, 4190, 2740}}},
        {"E05099001", "001C", 5, new double[][] {{1700, 2740, 2700, 3450}}},
        {"E05099001", "001D", 4, new double[][] {{2700, 2740, 4190, 3450}}},
        {"E05099002", "002A", 8, new double[][] {{-200, 3450, 1100, 5000}, {1100, 3900, 1200, 5000}}},
        {"E05099002", "002B", 7, new double[][] {{1100, 3450, 2200, 3900}}},
        {"E05099002", "002C", 9, new double[][] {{1200, 3900, 2200, 5000}}},
        {"E05099002", "002D", 6, new double[][] {{2200, 3450, 3200, 5000}}},
        {"E05099002", "002E", 7, new double[][] {{3200, 3450, 4190, 5000}}},
        {"E05099003", "003A", 2, new double[][] {{4190, -200, 6200, 2600}}},
        {"E05099003", "003B", 4, new double[][] {{4190, 2600, 4850, 3900}}},
        {"E05099003", "003C", 3, new double[][] {{4850, 2600, 6200, 3270}}},
        {"E05099003", "003D", 5, new double[][] {{4850, 3270, 6200, 3900}}},
        {"E05099003", "003E", 6, new double[][] {{4190, 3900, 6200, 5000}}},
        {"E05099004", "004A", 1, new double[][] {{-200, -200, 4190, 1200}}},
        {"E05099004", "004B", 6, new double[][] {{-200, 1200, 2005, 1950}}},
        {"E05099004", "004C", 5, new double[][] {{2005, 1200, 3050, 1950}}},
        {"E05099004", "004D", 4, new double[][] {{3050, 1200, 4190, 1950}}},
        {"E05099004", "004E", 7, new double[][] {{-200, 1950, 1700, 3450}}},
    };

    SampleTownData(SampleTownPlan plan) {
        this.plan = plan;
        this.residentialLand = plan.residentialLand();
        lsoas();
        postcodes();
        addresses();
    }

    private void lsoas() {
        int n = 1;
        for (Object[] row : LSOAS) {
            List<Geometry> parts = new ArrayList<>();
            for (double[] r : (double[][]) row[3]) {
                parts.add(SampleTownPlan.rect(r[0], r[1], r[2], r[3]));
            }
            Geometry area = OverlayNGRobust.union(parts);
            Geometry residential = SampleTownDesign.intersection(residentialLand, area);
            int population = (int) Math.round(residential.getArea() * RESIDENTS_PER_M2);
            lsoas.add(new Lsoa(String.format("E01099%03d", n++), "Millbrook " + row[1], (String) row[0], area, residential,
                    population, (Integer) row[2]));
        }
    }

    /** @return the LSOA a point lies in */
    Lsoa lsoaAt(Coordinate c) {
        return lsoas.stream().filter(l -> l.area().covers(SampleTownPlan.point(c))).findFirst().orElseThrow();
    }

    private void postcodes() {
        Map<String, Integer> units = new LinkedHashMap<>();
        for (StreetPlan.Road road : plan.residentialStreets) {
            for (Coordinate c : along(road)) {
                if (residentialLand.covers(SampleTownPlan.point(c))) {
                    postcodes.add(postcode(units, c));
                }
            }
        }
        for (SampleTownPlan.PointFacility f : plan.points) {
            if (f.layer().equals("foodbanks")) {
                Postcode pc = postcode(units, f.point());
                postcodes.add(pc);
                foodbanks.add(new Foodbank(f.name(), f.attributes().get("extra") + ", " + nearestStreet(f.point())
                        + ", Millbrook", pc.postcode()));
            }
        }
    }

    /** @return the next postcode of the sector of the LSOA holding c: district MB1-MB4 by ward, sector 1-5 by LSOA */
    private Postcode postcode(Map<String, Integer> units, Coordinate c) {
        Lsoa lsoa = lsoaAt(c);
        char ward = lsoa.wardCode().charAt(lsoa.wardCode().length() - 1);
        int sector = lsoa.name().charAt(lsoa.name().length() - 1) - 'A' + 1;
        String prefix = "MB" + ward + " " + sector;
        int unit = units.merge(prefix, 1, Integer::sum) - 1;
        int letters = UNIT_LETTERS.length();
        String code = prefix + UNIT_LETTERS.charAt(unit / letters) + UNIT_LETTERS.charAt(unit % letters);
        return new Postcode(code, new Coordinate(Math.round(c.x), Math.round(c.y)), lsoa.wardCode());
    }

    /** @return points every {@link #POSTCODE_SPACING_M} along a road, starting half a spacing in, set back to its left */
    private static List<Coordinate> along(StreetPlan.Road road) {
        List<Coordinate> out = new ArrayList<>();
        double next = POSTCODE_SPACING_M / 2;
        double done = 0;
        for (int i = 0; i < road.points.size() - 1; i++) {
            LineSegment seg = new LineSegment(road.points.get(i), road.points.get(i + 1));
            double len = seg.getLength();
            while (next <= done + len) {
                double f = (next - done) / len;
                Coordinate on = seg.pointAlong(f);
                double dx = (seg.p1.x - seg.p0.x) / len;
                double dy = (seg.p1.y - seg.p0.y) / len;
                out.add(new Coordinate(on.x - dy * POSTCODE_SETBACK_M, on.y + dx * POSTCODE_SETBACK_M));
                next += POSTCODE_SPACING_M;
            }
            done += len;
        }
        return out;
    }

    private void addresses() {
        int n = 0;
        for (SampleTownPlan.PointFacility f : plan.points) {
            n++;
            Postcode nearest = f.layer().equals("foodbanks")
                    ? postcodes.stream().filter(p -> p.point().equals2D(new Coordinate(Math.round(f.point().x),
                            Math.round(f.point().y)))).findFirst().orElseThrow()
                    : postcodes.stream().min((a, b) -> Double.compare(a.point().distance(f.point()),
                            b.point().distance(f.point()))).orElseThrow();
            addresses.put(f.name(), new Address((1 + (n * 7) % 90) + " " + nearestStreet(f.point()), nearest.postcode()));
        }
    }

    /** @return the name of the named road nearest a point */
    String nearestStreet(Coordinate c) {
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (StreetPlan.Road r : plan.plan.roads()) {
            if (r.name.isEmpty()) {
                continue;
            }
            for (int i = 0; i < r.points.size() - 1; i++) {
                double d = new LineSegment(r.points.get(i), r.points.get(i + 1)).distance(c);
                if (d < bestD) {
                    bestD = d;
                    best = r.name;
                }
            }
        }
        return best;
    }

    /** @return the sum of the LSOAs' residents */
    int population() {
        return lsoas.stream().mapToInt(Lsoa::population).sum();
    }

    /** @return the area where two LSOAs overlap (zero when they tile their wards) */
    double overlapM2() {
        double sum = 0;
        for (int i = 0; i < lsoas.size(); i++) {
            for (int j = i + 1; j < lsoas.size(); j++) {
                sum += OverlayNGRobust.overlay(lsoas.get(i).area(), lsoas.get(j).area(), OverlayNG.INTERSECTION).getArea();
            }
        }
        return sum;
    }
}
