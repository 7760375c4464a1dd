package org.catchment.ui.whatif.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.overlay.Desert;
import org.catchment.scenario.Comparison;
import org.catchment.scenario.WhatIfSession;
import org.catchment.servicearea.Facility;
import org.catchment.ui.TinyTown;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.model.LatestWins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Geometry;

/**
 * The what-if view model on the tiny town (a 4 x 4 grid, 400 m apart; the surgery and the library
 * both at the south-west corner, the park at the north-east; bands 5 and 10 minutes; a desert
 * misses 2 of 3 types), without JavaFX: the background work runs when the test says.
 */
class WhatIfModelTest {

    @RegisterExtension
    static final TinyTownRun TOWN = new TinyTownRun();

    private final ManualJobs worker = new ManualJobs();
    private final ManualJobs jobs = new ManualJobs();
    private AnalysisForm form;
    private WhatIfModel model;
    private final List<WhatIfModel.View> views = new ArrayList<>();

    @BeforeEach
    void model() {
        form = new AnalysisForm(TOWN.analysis().spec());
        AtomicLong ids = new AtomicLong();
        model = new WhatIfModel(form, new LatestWins<>(worker, Runnable::run), jobs, ids::incrementAndGet);
        model.addListener(new WhatIfModel.Listener() {
            @Override
            public void viewChanged(WhatIfModel.View view) {
                views.add(view);
            }
        });
        model.resultChanged(TOWN.result());
    }

    /** Runs what waits: closures resolved, then the view computed. */
    private WhatIfModel.View settle() {
        jobs.runAll();
        worker.runAll();
        assertThat(model.isBusy()).isFalse();
        return model.view();
    }

    private static double area(List<Desert> deserts) {
        return deserts.stream().mapToDouble(Desert::areaM2).sum();
    }

    private static Facility library() {
        return TOWN.result().types().get(1).catchment().facilities().get(0);
    }

    @Test
    void theRunAsItCameNeedsNoWork() {
        assertThat(worker.isIdle()).isTrue();
        assertThat(model.view().shown()).isSameAs(TOWN.result());
        assertThat(model.toggles().ticked()).containsExactly("gp", "libraries", "parks");
    }

    @Test
    void togglingATypeAndTheThresholdRedrawTheDesertsAsTheEngineDoes() {
        model.setCounted("parks", false);
        assertThat(form.spec().deserts().types()).as("saved in the analysis").containsExactly("gp", "libraries");
        WhatIfModel.View v = settle();
        AnalysisSpec.DesertSpec rule = form.spec().deserts();
        List<Desert> expected = TOWN.result().withDesertRule(rule).deserts().deserts();
        assertThat(v.shown().deserts().deserts()).hasSameSizeAs(expected);
        assertThat(area(v.shown().deserts().deserts())).isCloseTo(area(expected), offset(1e-6));
        // the surgery and the library share a corner and their bands: missing both is missing the
        // surgery's 10 minutes, so the deserts are the study area outside the surgery's served area
        // (less slivers under 2,000 m2)
        Geometry served = TOWN.result().types().get(0).catchment().disks().get(1);
        Geometry outside = TOWN.result().studyArea().area().difference(served);
        assertThat(area(v.shown().deserts().deserts())).isLessThanOrEqualTo(outside.getArea() + 1)
                .isGreaterThan(outside.getArea() - 2000 * 4);
        assertThat(v.layers()).extracting(LayerItem::name).contains("Deserts");
        assertThat(v.layers().get(0).source().size()).isEqualTo(expected.size());

        model.setThreshold(3);
        v = settle();
        assertThat(v.shown().deserts().deserts()).as("3 missing of 2 counted: none").isEmpty();
        assertThat(model.toggles().note()).hasValueSatisfying(n -> assertThat(n).contains("No place can be a desert"));
        assertThat(form.spec().deserts().minMissing()).isEqualTo(3);

        model.setCounted("parks", true);
        v = settle();
        List<Desert> all3 = TOWN.result().withDesertRule(form.spec().deserts()).deserts().deserts();
        assertThat(form.spec().deserts().types()).as("every type: no key").isNull();
        assertThat(v.shown().deserts().deserts()).hasSameSizeAs(all3);
        assertThat(area(all3)).as("missing all three is rarer than missing two").isLessThan(area(expected));
    }

    @Test
    void onlyTheLatestRuleIsShown() {
        model.setThreshold(1);
        model.setThreshold(3);
        model.setThreshold(2);
        worker.runAll();
        assertThat(views).hasSize(1);
        assertThat(views.get(0).baseline().analysis().spec().deserts().minMissing()).isEqualTo(2);
    }

    @Test
    void closeAddUndoRedo() {
        model.close("libraries", library());
        WhatIfModel.View closed = settle();
        assertThat(model.book().selected()).as("a scenario started on the baseline").isEqualTo("scenario_1");
        assertThat(form.spec().scenarios()).containsExactly(ScenarioSpec.named("scenario_1")
                .withClose(ScenarioSpec.Close.ids("libraries", "Central Library")));
        Comparison c = closed.comparison();
        assertThat(c.facilities()).extracting(f -> f.facility().name(), Comparison.FacilityChange::closed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Central Library", true));
        assertThat(closed.scenario().outcome().changes()).as("only the libraries searched again")
                .extracting(ch -> ch.spec().type()).containsExactly("libraries");
        Geometry libraryServed = TOWN.result().types().get(1).catchment().disks().get(1);
        assertThat(c.servedAccess("libraries").orElseThrow().lostAreaM2()).as("all the library's area lost")
                .isCloseTo(libraryServed.intersection(TOWN.result().studyArea().area()).getArea(), offset(1.0));
        // a second session on the same run, not closed here: closing a session closes its run (TOWN does)
        WhatIfSession engine = WhatIfSession.of(TOWN.result());
        List<Desert> expected = engine.evaluate(form.spec().scenarios().get(0), org.catchment.analysis
                .ProgressListener.NONE, () -> false).result().deserts().deserts();
        assertThat(closed.shown().deserts().deserts()).hasSameSizeAs(expected);
        assertThat(area(closed.shown().deserts().deserts())).isCloseTo(area(expected), offset(1e-6));
        assertThat(closed.layers()).extracting(LayerItem::name).startsWith("Closed")
                .contains("Libraries: access lost (10 min)",
                        "Desert before (" + TOWN.result().deserts().deserts().size() + ")");

        model.addSite("libraries", TinyTown.E0 + 1200, TinyTown.N0 + 400, "East Library");
        WhatIfModel.View added = settle();
        assertThat(added.comparison().facilities()).filteredOn(f -> !f.closed())
                .extracting(f -> f.facility().name(), Comparison.FacilityChange::onNetwork)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("East Library", true));
        assertThat(area(added.shown().deserts().deserts())).isNotCloseTo(area(closed.shown().deserts().deserts()),
                offset(1.0));

        model.undo();
        WhatIfModel.View undone = settle();
        assertThat(form.spec().scenarios().get(0).add()).isEmpty();
        assertThat(undone.scenario().scenario()).isEqualTo(closed.scenario().scenario());
        assertThat(area(undone.shown().deserts().deserts())).isCloseTo(area(closed.shown().deserts().deserts()),
                offset(1e-6));
        model.redo();
        assertThat(area(settle().shown().deserts().deserts())).isCloseTo(area(added.shown().deserts().deserts()),
                offset(1e-6));
        model.undo();
        model.undo();
        WhatIfModel.View none = settle();
        assertThat(model.book().names()).isEmpty();
        assertThat(form.spec().scenarios()).isEmpty();
        assertThat(none.scenario()).isNull();
        assertThat(none.shown().deserts().deserts()).hasSameSizeAs(TOWN.result().deserts().deserts());
    }

    @Test
    void aSiteOffTheNetworkIsAWarning() {
        model.addSite("gp", TinyTown.E0 + 600, TinyTown.N0 + 5_000, "Far Surgery");
        WhatIfModel.View v = settle();
        assertThat(v.scenarioWarnings()).singleElement().asString().contains("Far Surgery")
                .contains("serves nobody");
    }

    @Test
    void anEditTheDataCannotMeetIsTakenBack() {
        model.create("hub");
        settle();
        model.addLayer("gp", "no_such_layer.geojson");
        settle();
        assertThat(model.message()).contains("no_such_layer").endsWith("The edit was taken back.");
        assertThat(model.book().current().orElseThrow().isEmpty()).isTrue();
        assertThat(model.canRedo()).isFalse();
        assertThat(form.spec().scenarios()).isEmpty();
    }

    @Test
    void anotherAnalysisBringsItsScenarios() {
        model.create("draft");
        ScenarioSpec saved = ScenarioSpec.named("saved").withClose(ScenarioSpec.Close.ids("gp", "Elm Road Surgery"));
        form.load(TOWN.analysis().spec().withScenarios(List.of(saved)));
        assertThat(model.book().names()).containsExactly("saved", "draft");
        assertThat(model.canUndo()).isFalse();
        model.select("saved");
        WhatIfModel.View v = settle();
        assertThat(v.comparison().facilities()).extracting(f -> f.facility().name())
                .containsExactly("Elm Road Surgery");
        model.resultChanged(null);
        assertThat(model.view()).isNull();
        assertThat(model.hasResult()).isFalse();
    }
}
