package org.catchment.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.CandidateSites;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.scenario.WhatIfSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suggested sites on {@link SitingRoad}, brute-forced: the objective of every set of candidates is
 * what a scenario adding those sites reports as residents gaining access (the comparison, an
 * independent path through the scenario runner), checked against the hand-worked coverage; greedy
 * is then compared with the best set of each size.
 */
class SmallNetworkSitingTest {

    private static final double BOUND = 1 - 1 / Math.E;

    @TempDir
    static Path dir;
    private static WhatIfSession session;
    private static SiteSelection.Setting setting;
    private static Candidates candidates;
    /** The residents each set of candidates brings within reach (bit i: candidate i), from scenarios. */
    private static final Map<Integer, Double> GAINED = new HashMap<>();

    @BeforeAll
    static void bruteForce() throws Exception {
        Path file = SitingRoad.write(dir.resolve("road"));
        session = WhatIfSession.of(AnalysisRunner.run(AnalysisFiles.read(file)));
        setting = SiteSelection.setting(session.baseline(), "gp");
        List<org.catchment.servicearea.Facility> sites = CandidateSites.read(session.baseline().analysis(), "gp",
                dir.resolve("road/candidates.geojson").toString()).sites();
        candidates = Candidates.place(session.baseline().network(), sites, setting.existing().options());
        int n = candidates.size();
        for (int set = 1; set < 1 << n; set++) {
            ScenarioSpec spec = ScenarioSpec.named("set_" + set);
            for (int i = 0; i < n; i++) {
                if ((set & 1 << i) != 0) {
                    var at = candidates.placed().get(i).site().geometry().getCoordinate();
                    spec = spec.withAdd(ScenarioSpec.Add.point("gp", at.x, at.y, candidates.placed().get(i).site().name()));
                }
            }
            GAINED.put(set, session.evaluate(spec, ProgressListener.NONE, () -> false).comparison().servedAccess("gp")
                    .orElseThrow().gainedResidents());
        }
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void theScenariosCountWhatTheHandWorkedCoverageSays() {
        assertThat(candidates.size()).isEqualTo(4);
        assertThat(candidates.failed()).isEmpty();
        for (int set = 1; set < 16; set++) {
            double expected = 0;
            for (double[] p : SitingRoad.POINTS) {
                boolean reached = false;
                for (int i = 0; i < 4; i++) {
                    double c = (Double) SitingRoad.CANDIDATES.get(i)[1];
                    reached |= (set & 1 << i) != 0 && Math.abs(p[0] - c) < 900 && p[0] > 900;
                }
                expected += reached ? p[1] : 0;
            }
            assertThat(GAINED.get(set)).as("set " + set).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void eachPicksGainIsWhatAddingItToTheEarlierPicksBrings() {
        SiteSelection.Result r = SiteSelection.run(setting, candidates, 3, ProgressListener.NONE, () -> false);
        assertThat(r.picks()).extracting(SiteSelection.Pick::name).containsExactly("A", "D", "B");
        int set = 0;
        double before = 0;
        for (SiteSelection.Pick p : r.picks()) {
            set |= 1 << p.candidate().site().index();
            assertThat(p.gain()).as(p.name()).isCloseTo(GAINED.get(set) - before, within(1e-9));
            assertThat(p.cumulative()).as(p.name()).isCloseTo(GAINED.get(set), within(1e-9));
            before = GAINED.get(set);
        }
        assertThat(r.alone()).containsExactly(new double[] {100, 80, 80, 50}, within(1e-9));
    }

    @Test
    void greedyIsNeverBelowTheBoundAndIsOptimalForOneSiteAndWhenItCoversEveryone() {
        double[] best = new double[5];
        GAINED.forEach((set, gained) -> best[Integer.bitCount(set)] = Math.max(best[Integer.bitCount(set)], gained));
        assertThat(best).containsExactly(new double[] {0, 100, 160, 180, 180}, within(1e-9));
        for (int k = 1; k <= 4; k++) {
            SiteSelection.Result r = SiteSelection.run(setting, candidates, k, ProgressListener.NONE, () -> false);
            double total = r.picks().get(r.picks().size() - 1).cumulative();
            assertThat(total).as("k = " + k).isGreaterThanOrEqualTo(BOUND * best[k]);
            assertThat(total).as("k = " + k + " at most the optimum").isLessThanOrEqualTo(best[k] + 1e-9);
            if (k != 2) {
                assertThat(total).as("k = " + k + ": one site, or every resident reached").isCloseTo(best[k],
                        within(1e-9));
            }
        }
        SiteSelection.Result two = SiteSelection.run(setting, candidates, 2, ProgressListener.NONE, () -> false);
        assertThat(two.picks().get(1).cumulative()).as("A then D, where B and C bring 160").isEqualTo(150);
        assertThat(SiteSelection.run(setting, candidates, 4, ProgressListener.NONE, () -> false).picks())
                .as("nobody left for C after A, D and B").hasSize(3);
    }

    @Test
    void theLazyGreedyPicksWhatPlainGreedyOverTheScenariosPicks() {
        List<Integer> plain = new ArrayList<>();
        int set = 0;
        for (int step = 0; step < 3; step++) {
            int pick = -1;
            double gain = 0;
            for (int i = 0; i < 4; i++) {
                double g = (set & 1 << i) != 0 ? 0 : GAINED.get(set | 1 << i) - (set == 0 ? 0 : GAINED.get(set));
                if (g > gain + 1e-9) {
                    pick = i;
                    gain = g;
                }
            }
            plain.add(pick);
            set |= 1 << pick;
        }
        assertThat(SiteSelection.run(setting, candidates, 3, ProgressListener.NONE, () -> false).picks())
                .extracting(p -> p.candidate().site().index()).isEqualTo(plain);
    }

    @Test
    void withDisjointReachesGreedyIsOptimalForEveryK() {
        Candidates bd = new Candidates(List.of(candidates.placed().get(1), candidates.placed().get(3)), List.of());
        Candidates renumbered = Candidates.place(session.baseline().network(), bd.placed().stream()
                .map(Candidates.Candidate::site).toList(), setting.existing().options());
        SiteSelection.Result r = SiteSelection.run(setting, renumbered, 2, ProgressListener.NONE, () -> false);
        assertThat(r.picks()).extracting(SiteSelection.Pick::name).containsExactly("B", "D");
        assertThat(r.picks().get(0).cumulative()).isEqualTo(GAINED.get(0b0010));
        assertThat(r.picks().get(1).cumulative()).isEqualTo(GAINED.get(0b1010)).isEqualTo(130);
    }
}
