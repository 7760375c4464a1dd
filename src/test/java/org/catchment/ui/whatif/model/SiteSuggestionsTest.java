package org.catchment.ui.whatif.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.export.SiteOutputs;
import org.catchment.layer.Layer;
import org.catchment.siting.Candidates;
import org.catchment.siting.SiteSelection;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.model.LatestWins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;

/**
 * "Suggest sites..." without JavaFX, on the tiny town (a 4 x 4 grid of streets 400 m apart, the
 * library at the south-west corner, no population: gains are areas): the picks are those the
 * siting engine gives headless, on the map as numbered sites with their gains, and a pick made a
 * scenario is one edit (undone in one step) whose comparison gains the area the pick said.
 */
class SiteSuggestionsTest {

    @RegisterExtension
    static final TinyTownRun TOWN = new TinyTownRun();

    private final ManualJobs jobs = new ManualJobs();
    private final ManualJobs worker = new ManualJobs();
    private SiteSuggestions suggestions;
    private WhatIfModel model;
    private int told;

    @BeforeEach
    void models() {
        suggestions = new SiteSuggestions(jobs);
        suggestions.addListener(() -> told++);
        suggestions.resultChanged(TOWN.result());
        AtomicLong ids = new AtomicLong();
        model = new WhatIfModel(new AnalysisForm(TOWN.analysis().spec()), new LatestWins<>(worker, Runnable::run), jobs,
                ids::incrementAndGet);
        model.resultChanged(TOWN.result());
    }

    private static SiteSelection.Result headless(int k, double spacingM) {
        SiteSelection.Setting s = SiteSelection.setting(TOWN.result(), "libraries");
        AnalysisResult run = TOWN.result();
        Candidates c = Candidates.place(run.network(), Candidates.grid(run.network(), s.within(), spacingM),
                s.existing().options());
        return SiteSelection.run(s, c, k, ProgressListener.NONE, () -> false);
    }

    @Test
    void thePicksAreWhatTheSitingGivesHeadlessAndRunOffTheUiThread() {
        suggestions.suggest(new SiteSuggestions.Request("libraries", 2, null, 400));
        assertThat(suggestions.isBusy()).isTrue();
        assertThat(suggestions.rows()).as("nothing until the job ran").isEmpty();
        jobs.runAll();
        assertThat(suggestions.isBusy()).isFalse();
        SiteSelection.Result expected = headless(2, 400);
        assertThat(expected.candidates().size()).as("the 16 crossings, each on a 400 m grid point").isEqualTo(16);
        List<SiteSuggestions.Row> rows = suggestions.rows();
        assertThat(rows).hasSize(2);
        for (int i = 0; i < 2; i++) {
            SiteSelection.Pick p = expected.picks().get(i);
            Coordinate at = p.candidate().site().geometry().getCoordinate();
            assertThat(rows.get(i).rank()).isEqualTo(i + 1);
            assertThat(rows.get(i).name()).isEqualTo(p.name());
            assertThat(rows.get(i).x()).isEqualTo(at.x);
            assertThat(rows.get(i).y()).isEqualTo(at.y);
            assertThat(rows.get(i).gain()).isCloseTo(p.gain(), within(1e-6));
            assertThat(rows.get(i).cumulative()).isCloseTo(p.cumulative(), within(1e-6));
        }
        assertThat(rows.get(0).gain()).as("the first pick gains the most, m² without population")
                .isGreaterThanOrEqualTo(rows.get(1).gain()).isGreaterThan(100_000);
        assertThat(suggestions.describe(rows.get(0))).startsWith("1. " + rows.get(0).name() + ": +").contains(" m²");
        assertThat(suggestions.message()).contains("2 Libraries sites from 16 candidates");

        List<LayerItem> layers = suggestions.layers(new AtomicLong()::incrementAndGet);
        assertThat(layers).extracting(LayerItem::name).first().isEqualTo(SiteOutputs.SITES_LEGEND);
        List<org.geotools.api.feature.simple.SimpleFeature> sites = layers.get(0).source().features();
        assertThat(sites).hasSize(2);
        assertThat(sites.get(0).getAttribute("rank")).isEqualTo(1);
        assertThat(Layer.geometry(sites.get(0)).getCoordinate()).isEqualTo(new Coordinate(rows.get(0).x(),
                rows.get(0).y()));
        assertThat(layers.get(0).mapLayer().labels()).containsExactly("1", "2");
    }

    @Test
    void aPickMadeAScenarioIsOneEditWhoseComparisonGainsWhatThePickSaid() {
        suggestions.suggest(new SiteSuggestions.Request("libraries", 2, null, 400));
        jobs.runAll();
        SiteSuggestions.Row first = suggestions.rows().get(0);
        String name = suggestions.scenarioName(model.book(), 1, false);
        assertThat(name).isEqualTo("sites_libraries_1");
        model.createWith(name, suggestions.scenarioEdit(1, false));
        assertThat(model.book().selected()).isEqualTo("sites_libraries_1");
        ScenarioSpec s = model.book().current().orElseThrow();
        assertThat(s.add()).containsExactly(new ScenarioSpec.Add("libraries", null,
                List.of(new ScenarioSpec.Site(first.x(), first.y(), first.name()))));
        jobs.runAll();
        worker.runAll();
        assertThat(model.view().comparison().servedAccess("libraries").orElseThrow().gainedAreaM2())
                .as("the comparison gains the area the siting counted").isCloseTo(first.gain(), within(1.0));

        assertThat(suggestions.scenarioName(model.book(), 1, false)).as("a free name next time")
                .isEqualTo(model.book().freeName());
        model.createWith(suggestions.scenarioName(model.book(), 2, true), suggestions.scenarioEdit(2, true));
        assertThat(model.book().selected()).isEqualTo("sites_libraries_1_to_2");
        assertThat(model.book().current().orElseThrow().add().get(0).points()).hasSize(2);
        model.undo();
        assertThat(model.book().names()).as("one undo takes the scenario back").containsExactly("sites_libraries_1");
    }

    @Test
    void moreSitesThanCandidatesIsOneLineAndNoPicks() {
        suggestions.suggest(new SiteSuggestions.Request("libraries", 17, null, 400));
        jobs.runAll();
        assertThat(suggestions.isBusy()).isFalse();
        assertThat(suggestions.rows()).isEmpty();
        assertThat(suggestions.message()).isEqualTo("17 sites asked, but a grid at 400 m places only 16 candidates on"
                + " walkable links in the study area. Ask for fewer, or give a smaller spacing.");
    }

    @Test
    void progressIsShownWhileTheSitesAreChosen() {
        // progress reports reach the UI thread while the job still runs, as on the JavaFX thread
        ManualJobs job = new ManualJobs() {
            @Override
            public void later(Runnable action) {
                action.run();
            }
        };
        SiteSuggestions live = new SiteSuggestions(job);
        live.resultChanged(TOWN.result());
        List<String> messages = new ArrayList<>();
        live.addListener(() -> messages.add(live.message()));
        live.suggest(new SiteSuggestions.Request("libraries", 1, null, 400));
        job.runAll();
        assertThat(messages.get(0)).isEqualTo("Suggesting 1 sites\u2026");
        assertThat(messages).contains("Reach of 16 of 16 candidates\u2026", "Choosing 1 of 16 candidates\u2026");
        assertThat(messages.get(messages.size() - 1)).startsWith("1 Libraries sites from 16 candidates");
    }

    @Test
    void anEmptyCandidateLayerOrATypeTheRunLacksIsOneLine() throws Exception {
        Path empty = TOWN.dir().resolve("empty.geojson");
        org.catchment.io.geojson.GeoJsonText.write(empty, List.of());
        suggestions.suggest(new SiteSuggestions.Request("libraries", 1, empty.toString(), 0));
        jobs.runAll();
        assertThat(suggestions.rows()).isEmpty();
        assertThat(suggestions.message()).contains("empty.geojson").contains("the candidate layer has no site")
                .doesNotContain("Exception").doesNotContain("\n");
        suggestions.suggest(new SiteSuggestions.Request("schools", 1, null, 400));
        jobs.runAll();
        assertThat(suggestions.message()).isEqualTo("The last run has no facility type 'schools'. Run the analysis"
                + " again to include it.");
    }

    @Test
    void aNewRunDropsThePicksAndASitingUnderWay() {
        suggestions.suggest(new SiteSuggestions.Request("libraries", 1, null, 400));
        jobs.runAll();
        assertThat(suggestions.rows()).hasSize(1);
        suggestions.suggest(new SiteSuggestions.Request("libraries", 1, null, 400));
        int before = told;
        suggestions.resultChanged(null);
        jobs.runAll();
        assertThat(suggestions.rows()).isEmpty();
        assertThat(suggestions.isBusy()).isFalse();
        assertThat(suggestions.message()).isNull();
        assertThat(told).as("the listener heard of the new run only").isEqualTo(before + 1);
        assertThat(new ArrayList<>(suggestions.layers(new AtomicLong()::incrementAndGet))).isEmpty();
    }
}
