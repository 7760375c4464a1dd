package org.catchment.ui.whatif.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.catchment.analysis.AnalysisResult;
import org.catchment.overlay.Desert;
import org.catchment.servicearea.Facility;
import org.catchment.ui.TinyTown;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.model.LatestWins;
import org.catchment.ui.model.TiledResults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The what-if view models on a tiled run's result: the tiny town run in two tiles, one per ward
 * (West and East meet at x = 600, through the middle of the grid and of its northern desert), which
 * keeps no network. The desert rule works on it and gives the untiled run's deserts; a scenario
 * edit (closing a facility, adding a site, a new scenario) and suggested sites are refused in one
 * line, with nothing started and nothing saved into the analysis.
 */
class TiledWhatIfTest {

    @RegisterExtension
    static final TinyTownRun TILED = new TinyTownRun("tiles: {by: WD_NAME}\n");
    @RegisterExtension
    static final TinyTownRun WHOLE = new TinyTownRun();

    private final ManualJobs worker = new ManualJobs();
    private final ManualJobs jobs = new ManualJobs();
    private AnalysisForm form;
    private WhatIfModel model;

    @BeforeEach
    void model() {
        assertThat(TILED.result().tiled()).isTrue();
        assertThat(TILED.result().network()).isNull();
        form = new AnalysisForm(TILED.analysis().spec());
        AtomicLong ids = new AtomicLong();
        model = new WhatIfModel(form, new LatestWins<>(worker, Runnable::run), jobs, ids::incrementAndGet);
        model.resultChanged(TILED.result());
    }

    private WhatIfModel.View settle() {
        jobs.runAll();
        worker.runAll();
        assertThat(model.isBusy()).isFalse();
        return model.view();
    }

    private static double[] areas(List<Desert> deserts) {
        return deserts.stream().mapToDouble(Desert::areaM2).sorted().toArray();
    }

    /** Every threshold, and a type left out, gives the deserts of the untiled run under the same rule. */
    @Test
    void theDesertRuleGivesTheUntiledRunsDeserts() {
        assertThat(model.canEvaluateScenarios()).isFalse();
        assertThat(areas(TILED.result().deserts().deserts())).containsExactly(areas(WHOLE.result().deserts()
                .deserts()), within(1e-6));
        assertThat(TILED.result().deserts().deserts()).as("the northern desert crosses the seam at x = 600")
                .anyMatch(d -> d.geometry().getEnvelopeInternal().getMinX() < TinyTown.E0 + 600
                        && d.geometry().getEnvelopeInternal().getMaxX() > TinyTown.E0 + 600);
        for (int threshold = 1; threshold <= 3; threshold++) {
            model.setThreshold(threshold);
            WhatIfModel.View v = settle();
            List<Desert> expected = WHOLE.result().withDesertRule(form.spec().deserts()).deserts().deserts();
            assertThat(v.shown().deserts().deserts()).as("threshold " + threshold).hasSameSizeAs(expected);
            assertThat(areas(v.shown().deserts().deserts())).containsExactly(areas(expected), within(1e-6));
            assertThat(model.message()).isNull();
        }
        model.setThreshold(1);
        model.setCounted("gp", false);
        WhatIfModel.View v = settle();
        List<Desert> expected = WHOLE.result().withDesertRule(form.spec().deserts()).deserts().deserts();
        assertThat(expected).isNotEmpty();
        assertThat(areas(v.shown().deserts().deserts())).containsExactly(areas(expected), within(1e-6));
    }

    @Test
    void closingAFacilityIsRefusedInOneLineAndStartsNothing() {
        Facility library = TILED.result().types().get(1).catchment().facilities().get(0);
        model.close("libraries", library);
        assertThat(jobs.isIdle()).as("no closure resolved").isTrue();
        settle();
        assertThat(model.message()).isEqualTo(TiledResults.WHAT_IF).doesNotContain("Exception")
                .contains("run in tiles").contains("without tiles");
        assertThat(model.book().names()).isEmpty();
        assertThat(model.canUndo()).isFalse();
        assertThat(form.spec().scenarios()).as("nothing saved into the analysis").isEmpty();
        assertThat(model.view().scenario()).isNull();
    }

    @Test
    void addingASiteOrAScenarioIsRefusedAndTheDesertRuleStillWorks() {
        model.addSite("gp", TinyTown.E0 + 1200, TinyTown.N0 + 400, "East Surgery");
        model.create("hub");
        model.select("hub");
        model.addLayer("gp", "sites.geojson");
        assertThat(worker.isIdle()).as("nothing to evaluate").isTrue();
        assertThat(model.message()).isEqualTo(TiledResults.WHAT_IF);
        assertThat(model.whyNoScenarios()).isEqualTo(TiledResults.WHAT_IF);
        assertThat(model.book().names()).isEmpty();
        assertThat(form.spec().scenarios()).isEmpty();
        model.setThreshold(1);
        assertThat(settle().shown().deserts().deserts()).hasSameSizeAs(WHOLE.result()
                .withDesertRule(form.spec().deserts()).deserts().deserts());
    }

    @Test
    void anUntiledResultAfterATiledOneTakesScenariosAgain() {
        model.create("hub");
        assertThat(model.message()).isEqualTo(TiledResults.WHAT_IF);
        model.resultChanged(WHOLE.result());
        assertThat(model.message()).isNull();
        assertThat(model.whyNoScenarios()).isNull();
        assertThat(model.canEvaluateScenarios()).isTrue();
        model.create("hub");
        assertThat(model.book().names()).containsExactly("hub");
    }

    @Test
    void suggestedSitesSayWhyAndStartNothing() {
        SiteSuggestions sites = new SiteSuggestions(jobs);
        sites.resultChanged(TILED.result());
        assertThat(sites.canSuggest()).isFalse();
        assertThat(sites.message()).isEqualTo(TiledResults.SITES);
        sites.suggest(new SiteSuggestions.Request("gp", 1, null, 200));
        assertThat(jobs.isIdle()).isTrue();
        assertThat(sites.isBusy()).isFalse();
        assertThat(sites.message()).isEqualTo(TiledResults.SITES);
        assertThat(sites.rows()).isEmpty();
        sites.resultChanged(WHOLE.result());
        assertThat(sites.canSuggest()).isTrue();
        assertThat(sites.message()).isNull();
    }

    /** The result keeps no network: {@link AnalysisResult#tiled()} is what the models go by. */
    @Test
    void theTiledResultHasNoSearch() {
        assertThat(TILED.result().types()).allMatch(t -> t.catchment().search() == null);
        assertThat(WHOLE.result().tiled()).isFalse();
    }
}
