package org.catchment.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.network.Snapper;
import org.catchment.overlay.CoverageRow;
import org.catchment.scenario.ScenarioResult;
import org.catchment.scenario.WhatIfSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * Suggested library sites on the sample town (population: LSOA polygons spread over residential
 * land), from a 400 m grid: the first pick's gain is what the ward coverage tables count when the
 * site is added as a scenario (every library searched again, the overlay redone: a path that shares
 * nothing with the siting's own reach), and what the comparison reports; the first two picks
 * together are what a scenario adding both reports.
 */
class SampleSitingTest {

    private static final double SPACING_M = 400;

    private static WhatIfSession session;
    private static SiteSelection.Result sites;

    @BeforeAll
    static void run() {
        session = WhatIfSession.of(AnalysisRunner.run(AnalysisFiles.read(Path.of("data/sample/analysis.yml"))));
        AnalysisResult base = session.baseline();
        SiteSelection.Setting s = SiteSelection.setting(base, "libraries");
        Candidates c = Candidates.place(base.network(), Candidates.grid(base.network(), s.within(), SPACING_M),
                s.existing().options());
        sites = SiteSelection.run(s, c, 2, ProgressListener.NONE, () -> false);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static ScenarioResult adding(List<SiteSelection.Pick> picks) {
        ScenarioSpec spec = ScenarioSpec.named("picks");
        for (SiteSelection.Pick p : picks) {
            Coordinate at = p.candidate().site().geometry().getCoordinate();
            spec = spec.withAdd(ScenarioSpec.Add.point("libraries", at.x, at.y, p.name()));
        }
        return session.evaluate(spec, ProgressListener.NONE, () -> false);
    }

    private static double wardResidents(AnalysisResult r) {
        return r.wardCoverage().stream().filter(row -> row.type().equals("libraries") && row.bandMin() == 20)
                .mapToDouble(CoverageRow::coveredResidents).sum();
    }

    @Test
    void theGridStandsOnWalkableLinksNearWholeMultiplesOfTheSpacing() {
        // a point snapped again lands on the vertex when it is within centimetres of one (the
        // location index decides in whole 1e-7 degrees)
        Snapper onLink = new Snapper(session.baseline().network(), 0.5);
        assertThat(sites.candidates().size()).isGreaterThan(50);
        for (Candidates.Candidate c : sites.candidates().placed()) {
            Coordinate at = c.site().geometry().getCoordinate();
            assertThat(onLink.snap("candidate", at)).as(c.site().name()).isNotNull();
            double dx = at.x - Math.round(at.x / SPACING_M) * SPACING_M;
            double dy = at.y - Math.round(at.y / SPACING_M) * SPACING_M;
            assertThat(Math.max(Math.abs(dx), Math.abs(dy))).as(c.site().id()).isLessThanOrEqualTo(SPACING_M / 2);
        }
    }

    @Test
    void theFirstSitesGainIsWhatTheCoverageTablesCountWithItAdded() {
        SiteSelection.Pick first = sites.picks().get(0);
        assertThat(first.gain()).isGreaterThan(100);
        ScenarioResult with = adding(List.of(first));
        double counted = wardResidents(with.result()) - wardResidents(session.baseline());
        assertThat(first.gain()).isCloseTo(counted, within(0.01));
        assertThat(first.gain()).isCloseTo(with.comparison().servedAccess("libraries").orElseThrow().gainedResidents(),
                within(1e-6));
        for (double alone : sites.alone()) {
            assertThat(first.gain()).isGreaterThanOrEqualTo(alone);
        }
    }

    @Test
    void theFirstTwoSitesTogetherAreWhatAScenarioAddingBothReports() {
        SiteSelection.Pick second = sites.picks().get(1);
        ScenarioResult with = adding(sites.picks());
        assertThat(second.cumulative()).isCloseTo(with.comparison().servedAccess("libraries").orElseThrow()
                .gainedResidents(), within(1e-6));
        assertThat(second.gain()).isLessThanOrEqualTo(sites.alone()[second.candidate().site().index()] + 1e-9);
    }
}
