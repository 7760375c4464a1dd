package org.catchment.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.network.MultiSourceSearch;
import org.catchment.network.SearchResult;
import org.catchment.network.SearchStart;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.AccessChange;
import org.catchment.overlay.Desert;
import org.catchment.overlay.DesertChange;
import org.catchment.overlay.Zone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * What-if scenarios on the sample town, against counts the test makes on its own (data/README.md
 * gives the town's known answer: the deserts Canal Quay and Railside).
 */
class SampleScenarioTest {

    static final Path SAMPLE = Path.of("data", "sample", "analysis.yml");
    static final String CENTRAL = "Millbrook Central Library";
    /** The Canal Quay estate (SampleTownPlan's box), a desert lacking GP surgeries among others. */
    static final Envelope CANAL_QUAY = new Envelope(354_330, 355_200, 391_330, 392_160);

    private static WhatIfSession session;

    @BeforeAll
    static void run() {
        session = WhatIfSession.of(AnalysisRunner.run(AnalysisFiles.read(SAMPLE)));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static ScenarioResult evaluate(ScenarioSpec s) {
        return session.evaluate(s, ProgressListener.NONE, () -> false);
    }

    @Test
    void closingOneLibraryLosesTheResidentsItAloneServedWithinTwentyMinutes() {
        ScenarioResult r = evaluate(ScenarioSpec.named("close_central").withClose(ScenarioSpec.Close.ids("libraries", CENTRAL)));
        AnalysisResult base = session.baseline();
        AnalysisResult.TypeResult libraries = base.types().get(1);
        int closed = libraries.catchment().facilities().stream().filter(f -> f.name().equals(CENTRAL)).findFirst()
                .orElseThrow().index();

        double expected = residentsLosing(base, libraries, closed, 20);
        AccessChange change = r.comparison().servedAccess("libraries").orElseThrow();
        assertThat(expected).as("the test's own count").isGreaterThan(1000);
        assertThat(change.lostResidents()).as("residents losing 20-minute library access")
                .isCloseTo(expected, within(1.0));
        assertThat(change.gainedResidents()).isZero();
        assertThat(r.comparison().facilities()).singleElement().satisfies(f -> {
            assertThat(f.facility().name()).isEqualTo(CENTRAL);
            assertThat(f.closed()).isTrue();
        });

        double wardLoss = r.comparison().zones().stream().filter(z -> z.zoneSet() == 0 && z.servedBand()
                && z.before().type().equals("libraries")).mapToDouble(z -> z.before().coveredResidents()
                - z.after().coveredResidents()).sum();
        assertThat(wardLoss).as("the ward coverage rows before and after differ by the same residents")
                .isCloseTo(change.lostResidents(), within(1.0));

        List<ClosureRanking.Row> ranking = session.rank("libraries", () -> false);
        ClosureRanking.Row central = ranking.stream().filter(x -> x.facility().name().equals(CENTRAL)).findFirst()
                .orElseThrow();
        assertThat(central.residentsLosing()).as("the ranking's cost of closing it alone, without a rerun")
                .isCloseTo(change.lostResidents(), within(1.0));
        assertThat(ranking).extracting(ClosureRanking.Row::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranking).isSortedAccordingTo((a, b) -> Double.compare(b.residentsLosing(), a.residentsLosing()));
    }

    @Test
    void aSurgeryInsideCanalQuayTakesGpSurgeriesOffThatDesertsMissingList() {
        double x = CANAL_QUAY.centre().x;
        double y = CANAL_QUAY.centre().y;
        ScenarioResult r = evaluate(ScenarioSpec.named("quay_surgery")
                .withAdd(ScenarioSpec.Add.point("gp", x, y, "Canal Quay Surgery")));
        Desert quayBefore = covering(session.baseline().deserts().deserts());
        assertThat(quayBefore.missingTypes()).contains("gp");
        DesertChange quay = r.comparison().deserts().stream().filter(c -> c.before().contains(quayBefore)).findFirst()
                .orElseThrow();
        assertThat(quay.status()).isIn(DesertChange.Status.CHANGED, DesertChange.Status.DISAPPEARED);
        assertThat(quay.noLongerMissing()).contains("gp");
        assertThat(quay.after()).allSatisfy(d -> assertThat(d.missingTypes()).doesNotContain("gp"));
        assertThat(r.comparison().facilities()).singleElement().satisfies(f -> {
            assertThat(f.closed()).isFalse();
            assertThat(f.onNetwork()).isTrue();
        });
        assertThat(r.comparison().servedAccess("gp").orElseThrow().gainedResidents()).isPositive();
        assertThat(r.result().types().get(1)).as("libraries not searched again").isSameAs(session.baseline().types().get(1));
    }

    private static Desert covering(List<Desert> deserts) {
        GeometryFactory gf = new GeometryFactory();
        return deserts.stream().filter(d -> d.geometry().intersects(gf.toGeometry(CANAL_QUAY))).findFirst().orElseThrow();
    }

    /**
     * The residents of the wards who lose access when facility {@code closed} closes, counted from
     * node times alone: a search without its starts, the stretches each search reaches within the
     * band (from each end of each stretch, (band - time) x speed along it), buffered by the trim
     * distance with JTS, the loss (before less after) clipped to the wards, its residents counted by
     * the population. Only the part of the town the facility can matter to is drawn: a loss lies
     * within band x speed + trim of the facility (every walk is at least as long as the straight
     * line), and what still serves a place there lies within the trim distance of it.
     */
    private static double residentsLosing(AnalysisResult base, AnalysisResult.TypeResult type, int closed, double band) {
        WalkingNetwork net = base.network();
        double speed = base.analysis().spec().network().walkingSpeedKmh();
        double trim = base.analysis().spec().catchments().trimDistanceM();
        Envelope loss = new Envelope(type.catchment().facilities().get(closed).geometry().getCoordinate());
        loss.expandBy(band * speed * 1000 / 60 + trim + 1);
        Envelope drawn = new Envelope(loss);
        drawn.expandBy(trim + 1);
        List<SearchStart> others = type.catchment().starts().starts().stream().filter(s -> s.source() != closed).toList();
        SearchResult all = type.catchment().search();
        SearchResult without = new MultiSourceSearch(net, speed).run(others, band);
        Geometry before = buffer(reached(net, all, band, drawn), trim);
        Geometry after = buffer(reached(net, without, band, drawn), trim);
        Geometry wards = OverlayNGRobust.union(base.overlayInputs().studyArea().zones().stream().map(Zone::geometry).toList());
        Geometry lost = OverlayNGRobust.overlay(OverlayNGRobust.overlay(before, after, OverlayNG.DIFFERENCE),
                OverlayNGRobust.overlay(wards, net.geometryFactory().toGeometry(loss), OverlayNG.INTERSECTION),
                OverlayNG.INTERSECTION);
        return base.overlayInputs().population().residentsIn(lost);
    }

    /** @return the lines buffered one by one and dissolved (JTS's buffer of them all at once is far slower) */
    private static Geometry buffer(List<LineString> lines, double trim) {
        return OverlayNGRobust.union(lines.stream().map(l -> l.buffer(trim)).toList());
    }

    private static List<LineString> reached(WalkingNetwork net, SearchResult search, double band, Envelope drawn) {
        GeometryFactory gf = net.geometryFactory();
        List<LineString> lines = new ArrayList<>();
        search.forEachSegment((edge, a, b, nodeA, nodeB) -> {
            double length = Math.abs(b - a);
            double v = search.metresPerMinute(edge);
            double fromA = Math.min(length, (band - search.minutes(nodeA)) * v);
            double fromB = Math.min(length, (band - search.minutes(nodeB)) * v);
            double dir = Math.signum(b - a);
            if (fromA > 0) {
                lines.add(net.geometries().subLine(edge, a, a + dir * fromA, gf));
            }
            if (fromB > 0) {
                lines.add(net.geometries().subLine(edge, b - dir * fromB, b, gf));
            }
        });
        return lines.stream().filter(l -> l != null && l.getEnvelopeInternal().intersects(drawn)).toList();
    }
}
