package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catchment.network.SearchResult;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;
import org.catchment.overlay.ZoneAccess;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.tiling.TilePart;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The assertions of the seam tests: a tiled run's result equals the untiled run's in coverage
 * (areas to 1e-6 of themselves, shares and residents to 1e-6), deserts (count, areas, missing
 * types, residents), node times (every reached node of the study area, to 1e-9 min, with the same
 * nearest facility), postcode minutes (to 1e-9 min, "more than R" and off-network alike) and the
 * minutes per zone (residents within each band, mean minutes).
 */
public final class TiledEquality {

    static final double AREA = 1e-6;
    static final double SHARE = 1e-6;
    static final double MINUTES = 1e-9;

    private TiledEquality() {
    }

    /** Asserts every equality; returns the number of nodes compared. */
    public static int assertSame(AnalysisResult tiled, AnalysisResult whole) {
        assertThat(tiled.tiled()).isTrue();
        assertThat(tiled.tiles().parts()).hasSizeGreaterThan(1);
        assertCoverage(tiled.wardCoverage(), whole.wardCoverage());
        assertThat(tiled.zoneCoverage()).hasSameSizeAs(whole.zoneCoverage());
        for (int i = 0; i < whole.zoneCoverage().size(); i++) {
            assertCoverage(tiled.zoneCoverage().get(i), whole.zoneCoverage().get(i));
        }
        assertDeserts(tiled.deserts().deserts(), whole.deserts().deserts());
        assertPostcodes(tiled, whole);
        assertZoneMinutes(tiled, whole);
        return assertNodeTimes(tiled, whole);
    }

    /** The minutes per zone (residents within each band, weighted mean minutes) are the same. */
    static void assertZoneMinutes(AnalysisResult tiled, AnalysisResult whole) {
        if (whole.accessibility() == null) {
            return;
        }
        List<Accessibility.ZoneTable> a = tiled.accessibility().zones();
        List<Accessibility.ZoneTable> b = whole.accessibility().zones();
        assertThat(a).hasSameSizeAs(b);
        for (int z = 0; z < b.size(); z++) {
            for (int k = 0; k < b.get(z).types().size(); k++) {
                List<ZoneAccess.Row> x = a.get(z).types().get(k).rows();
                List<ZoneAccess.Row> y = b.get(z).types().get(k).rows();
                assertThat(x).hasSameSizeAs(y).isNotEmpty();
                for (int i = 0; i < y.size(); i++) {
                    String as = y.get(i).zone() + " " + b.get(z).types().get(k).type() + " " + y.get(i).bandMin();
                    assertThat(x.get(i).zone()).isEqualTo(y.get(i).zone());
                    assertThat(x.get(i).residentsWithin()).as(as).isCloseTo(y.get(i).residentsWithin(), within(SHARE));
                    assertThat(x.get(i).meanFlag()).as(as).isEqualTo(y.get(i).meanFlag());
                    if (y.get(i).meanMin() != null) {
                        assertThat(x.get(i).meanMin()).as(as).isCloseTo(y.get(i).meanMin(), within(MINUTES));
                    }
                }
            }
        }
    }

    static void assertCoverage(List<CoverageRow> a, List<CoverageRow> b) {
        assertThat(a).hasSameSizeAs(b).isNotEmpty();
        for (int i = 0; i < a.size(); i++) {
            CoverageRow x = a.get(i);
            CoverageRow y = b.get(i);
            String as = x.zone() + " " + x.type() + " " + x.bandMin();
            assertThat(x.zone() + x.type() + x.bandMin()).isEqualTo(y.zone() + y.type() + y.bandMin());
            assertThat(x.coveredAreaM2()).as(as).isCloseTo(y.coveredAreaM2(), within(AREA * Math.max(1, y.coveredAreaM2())));
            assertThat(x.areaShare()).as(as).isCloseTo(y.areaShare(), within(SHARE));
            if (y.coveredResidents() == null) {
                assertThat(x.coveredResidents()).as(as).isNull();
            } else {
                assertThat(x.coveredResidents()).as(as).isCloseTo(y.coveredResidents(), within(SHARE));
                assertThat(x.residentsShare()).as(as).isCloseTo(y.residentsShare(), within(SHARE));
            }
        }
    }

    static void assertDeserts(List<Desert> a, List<Desert> b) {
        assertThat(a).hasSameSizeAs(b).isNotEmpty();
        for (int i = 0; i < a.size(); i++) {
            Desert x = a.get(i);
            Desert y = b.get(i);
            assertThat(x.areaM2()).as("desert " + y.id()).isCloseTo(y.areaM2(), within(AREA * y.areaM2()));
            assertThat(x.missingTypes()).isEqualTo(y.missingTypes());
            assertThat(x.partlyMissingTypes()).isEqualTo(y.partlyMissingTypes());
            assertThat(x.wards()).isEqualTo(y.wards());
            if (y.residents() != null) {
                assertThat(x.residents()).isCloseTo(y.residents(), within(SHARE));
            }
            assertThat(x.geometry().symDifference(y.geometry()).getArea()).isLessThan(AREA * y.areaM2());
        }
    }

    static void assertPostcodes(AnalysisResult tiled, AnalysisResult whole) {
        if (whole.accessibility() == null || whole.accessibility().postcodes() == null) {
            return;
        }
        PostcodeAccess a = tiled.accessibility().postcodes();
        PostcodeAccess b = whole.accessibility().postcodes();
        assertThat(a.postcodes()).isEqualTo(b.postcodes()).isNotEmpty();
        for (int k = 0; k < b.types().size(); k++) {
            double[] x = a.types().get(k).minutes();
            double[] y = b.types().get(k).minutes();
            for (int i = 0; i < y.length; i++) {
                same(x[i], y[i], b.postcodes().get(i) + " " + b.types().get(k).type());
            }
        }
    }

    /** @return the number of nodes of the study area compared */
    static int assertNodeTimes(AnalysisResult tiled, AnalysisResult whole) {
        Geometry area = whole.studyArea().zones().stream().map(z -> z.geometry())
                .reduce(Geometry::union).orElseThrow();
        PreparedGeometry in = PreparedGeometryFactory.prepare(area);
        Map<String, String> expected = new LinkedHashMap<>();
        WalkingNetwork net = whole.network();
        for (int n = 0; n < net.nodeCount(); n++) {
            Coordinate c = new Coordinate(net.nodeX(n), net.nodeY(n));
            String row = wholeRow(whole, n);
            if (row != null && in.covers(area.getFactory().createPoint(c))) {
                expected.put(c.x + "," + c.y, row);
            }
        }
        Map<String, String> actual = new LinkedHashMap<>();
        assertThat(tiled.tiles().parts()).as("the tiles' rows are not kept in memory")
                .allSatisfy(p -> assertThat(p.nodes().size()).isZero());
        for (int t = 0; t < tiled.tiles().size(); t++) {
            TilePart.NodeRows r = tiled.tiles().whole(t).nodes();
            for (int i = 0; i < r.size(); i++) {
                Coordinate c = new Coordinate(r.x()[i], r.y()[i]);
                if (in.covers(area.getFactory().createPoint(c))) {
                    assertThat(actual.put(c.x + "," + c.y, tiledRow(tiled, r, i))).as("node in one tile only").isNull();
                }
            }
        }
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String key : expected.keySet()) {
            String[] x = actual.get(key).split(";");
            String[] y = expected.get(key).split(";");
            for (int k = 0; k < y.length; k++) {
                String[] xv = x[k].split("@");
                String[] yv = y[k].split("@");
                assertThat(xv[1]).as("node " + key + " facility").isEqualTo(yv[1]);
                if (!yv[0].equals("-")) {
                    assertThat(Double.parseDouble(xv[0])).as("node " + key).isCloseTo(Double.parseDouble(yv[0]),
                            within(MINUTES));
                } else {
                    assertThat(xv[0]).isEqualTo("-");
                }
            }
        }
        return expected.size();
    }

    private static String wholeRow(AnalysisResult whole, int n) {
        List<String> out = new ArrayList<>();
        boolean reached = false;
        for (AnalysisResult.TypeResult t : whole.types()) {
            CatchmentResult c = t.catchment();
            SearchResult s = c.search();
            if (s.minutes(n) <= s.maxMinutes()) {
                reached = true;
                out.add(s.minutes(n) + "@" + c.facilities().get(s.source(n)).name());
            } else {
                out.add("-@-");
            }
        }
        return reached ? String.join(";", out) : null;
    }

    private static String tiledRow(AnalysisResult tiled, TilePart.NodeRows r, int i) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < tiled.types().size(); k++) {
            int f = r.facility()[k][i];
            out.add(f < 0 ? "-@-" : r.minutes()[k][i] + "@" + tiled.types().get(k).catchment().facilities().get(f).name());
        }
        return String.join(";", out);
    }

    private static void same(double x, double y, String as) {
        if (Double.isNaN(y)) {
            assertThat(x).as(as).isNaN();
        } else if (Double.isInfinite(y)) {
            assertThat(x).as(as).isEqualTo(y);
        } else {
            assertThat(x).as(as).isCloseTo(y, within(MINUTES));
        }
    }
}
