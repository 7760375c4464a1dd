package org.catchment.ui.whatif.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.scenario.Comparison;
import org.catchment.scenario.ScenarioResult;
import org.catchment.scenario.WhatIfSession;
import org.catchment.servicearea.Facility;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.model.Jobs;
import org.catchment.ui.model.LatestWins;
import org.catchment.ui.model.TiledResults;

/**
 * The what-if view model: the live desert rule, the scenarios with undo and redo, and what the map
 * and tables show, over the last run's result held in a {@link WhatIfSession}. No JavaFX.
 *
 * <p>The analysis form is the one source of the desert rule and of the saved scenarios: a toggle
 * or the threshold writes the form's {@code deserts} section, a scenario edit its {@code scenarios}
 * (so Save keeps both), and any change of the form's rule (also from the analysis panel's spinner)
 * is applied to the result. Every scenario edit is a new {@link ScenarioBook} in an
 * {@link EditHistory}. What should be shown (the rule, and the baseline or a scenario) is brought
 * about off the UI thread by one job at a time, of which only the latest counts
 * ({@link LatestWins}): the rule is redone from the surface in memory, a scenario searches only the
 * types it changes (and nothing when undone, the session remembers every search), and the layers
 * are made there too. The session is the application's result: it is never closed here (the
 * {@code AnalysisSession} closes the run's result).
 *
 * <p>A tiled run's result keeps no network ({@link TiledResults}): the desert rule works on it, but
 * no scenario is edited, chosen or evaluated; such an attempt leaves everything as it was and the
 * {@link #message()} says why.
 */
public final class WhatIfModel {

    /**
     * What the map and the tables show.
     *
     * @param baseline the baseline under the desert rule
     * @param scenario the scenario evaluated against it, or null when the baseline is shown
     * @param layers   the result layers for the map, top of the panel first
     */
    public record View(AnalysisResult baseline, ScenarioResult scenario, List<LayerItem> layers) {

        /** @return the result shown: the scenario's, or the baseline */
        public AnalysisResult shown() {
            return scenario == null ? baseline : scenario.result();
        }

        /** @return the name of the scenario shown, or null for the baseline */
        public String scenarioName() {
            return scenario == null ? null : scenario.scenario().name();
        }

        /** @return the comparison of the scenario with the baseline, or null when the baseline is shown */
        public Comparison comparison() {
            return scenario == null ? null : scenario.comparison();
        }

        /** @return the scenario's warnings the baseline does not have (a proposed site off the network) */
        public List<String> scenarioWarnings() {
            if (scenario == null) {
                return List.of();
            }
            return scenario.result().warnings().stream().filter(w -> !baseline.warnings().contains(w)).toList();
        }
    }

    /** Told about changes, on the UI thread. */
    public interface Listener {

        /** The toggles, threshold, scenarios, undo and redo, the busy flag or the message changed. */
        default void stateChanged() {
        }

        /** A new view was computed: show its result, layers and comparison. */
        default void viewChanged(View view) {
        }
    }

    private final AnalysisForm form;
    private final LatestWins<View> worker;
    private final Jobs jobs;
    private final LongSupplier ids;
    private final List<Listener> listeners = new ArrayList<>();
    private final EditHistory<ScenarioBook> history;
    private WhatIfSession session;
    /** True while the result held is a tiled run's: no scenario can be evaluated on it. */
    private boolean tiled;
    private View view;
    private ScenarioBook failing;
    /** The rule of the view last asked for (or of the result as it came). */
    private AnalysisSpec.DesertSpec rule;
    private boolean busy;
    private String message;

    /**
     * @param form   the analysis as edited: its desert rule and scenarios are read and written
     * @param worker where the views are computed (one job at a time, latest wins)
     * @param jobs   where a closure is resolved (it waits for the session)
     * @param ids    fresh layer ids
     */
    public WhatIfModel(AnalysisForm form, LatestWins<View> worker, Jobs jobs, LongSupplier ids) {
        this.form = form;
        this.worker = worker;
        this.jobs = jobs;
        this.ids = ids;
        this.history = new EditHistory<>(ScenarioBook.of(form.spec().scenarios()));
        form.onChange(this::specChanged);
    }

    /** @param listener told about every change from now on */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * A run's result replaced the last one (or none, for null): the what-if questions are asked of it
     * from now on, under the rule and with the scenario chosen.
     */
    public void resultChanged(AnalysisResult result) {
        worker.cancelAll();
        busy = false;
        session = result == null ? null : WhatIfSession.of(result);
        tiled = TiledResults.isTiled(result);
        message = null;
        view = result == null ? null : new View(result, null, null);
        rule = result == null ? null : result.analysis().spec().deserts();
        if (result != null && (!form.spec().deserts().equals(rule)
                || history.present().current().filter(s -> !s.isEmpty()).isPresent())) {
            refresh();
        }
        changed();
    }

    /** @return true once a run's result is held: the rule and the scenarios then change what is shown */
    public boolean hasResult() {
        return session != null;
    }

    /** @return the view last computed (the run's result as it came, before any change), or null without a result */
    public View view() {
        return view;
    }

    /**
     * @return true when scenarios can be evaluated on the result held: there is one, and it keeps its
     *     network (it is not a tiled run's)
     */
    public boolean canEvaluateScenarios() {
        return session != null && !tiled;
    }

    /** @return why no scenario can be evaluated on the result held (a tiled run's), or null when they can be */
    public String whyNoScenarios() {
        return tiled ? TiledResults.WHAT_IF : null;
    }

    /** @return true while a view is being computed */
    public boolean isBusy() {
        return busy;
    }

    /** @return what went wrong with the last change (a scenario the data cannot meet), or null */
    public String message() {
        return message;
    }

    // ---- the desert rule

    /** @return the toggles and threshold of the analysis as edited */
    public DesertToggles toggles() {
        return DesertToggles.of(form.spec());
    }

    /** Includes a type in deserts or leaves it out (not the last one included). */
    public void setCounted(String type, boolean counted) {
        form.setDesertRule(toggles().withCounted(type, counted));
    }

    /** @param minMissing the threshold: a place is a desert when this many counted types miss it */
    public void setThreshold(int minMissing) {
        form.setDesertRule(toggles().withThreshold(minMissing));
    }

    // ---- the scenarios

    /** @return the scenarios and which one is shown */
    public ScenarioBook book() {
        return history.present();
    }

    /** Shows a scenario (by name), or the baseline for null. Not an edit: nothing to undo. */
    public void select(String name) {
        if (name != null && refused()) {
            return;
        }
        if (!java.util.Objects.equals(name, book().selected())) {
            history.replace(book().select(name));
            refresh();
            changed();
        }
    }

    /** Makes a new, empty scenario and shows it. @throws IllegalArgumentException for a name that cannot be used */
    public void create(String name) {
        apply(book().created(name));
    }

    /** Renames a scenario. @throws IllegalArgumentException for a name that cannot be used */
    public void rename(String from, String to) {
        apply(book().renamed(from, to));
    }

    /** Deletes a scenario. */
    public void delete(String name) {
        apply(book().deleted(name));
    }

    /** Closes a facility of the baseline in the scenario shown (a new scenario on the baseline). */
    public void close(String type, Facility facility) {
        WhatIfSession s = session;
        if (s == null || refused()) {
            return;
        }
        jobs.submit("whatif-closure", () -> s.closure(type, facility), c -> {
            if (s == session) {
                edit(x -> ScenarioChanges.close(x, c));
            }
        }, e -> fail(e, null));
    }

    /** Reopens a facility of the baseline the scenario shown closes by its id (not one closed by a filter). */
    public void reopen(String type, Facility facility) {
        WhatIfSession s = session;
        if (s == null || refused()) {
            return;
        }
        jobs.submit("whatif-reopen", () -> s.closure(type, facility), c -> {
            if (s == session) {
                edit(x -> ScenarioChanges.reopen(x, type, c.ids().get(0)));
            }
        }, e -> fail(e, null));
    }

    /** Reopens a facility the scenario shown closes by its id. */
    public void reopen(String type, String id) {
        edit(s -> ScenarioChanges.reopen(s, type, id));
    }

    /** Adds a proposed site (in the analysis's working CRS) to the scenario shown. */
    public void addSite(String type, double x, double y, String name) {
        edit(s -> ScenarioChanges.addSite(s, type, x, y, name));
    }

    /** Removes the proposed sites of a type at (x, y) from the scenario shown. */
    public void removeSite(String type, double x, double y) {
        edit(s -> ScenarioChanges.removeSite(s, type, x, y));
    }

    /** Adds the sites of a layer (a path as the analysis file writes it) to the scenario shown. */
    public void addLayer(String type, String layer) {
        edit(s -> ScenarioChanges.addLayer(s, type, layer));
    }

    /**
     * Makes a new scenario of one edit (a suggested site made a scenario) and shows it: one step
     * to undo.
     *
     * @throws IllegalArgumentException for a name that cannot be used
     */
    public void createWith(String name, UnaryOperator<ScenarioSpec> change) {
        apply(book().created(name).edited(change));
    }

    /** Edits the scenario shown (a new scenario on the baseline). */
    public void edit(UnaryOperator<ScenarioSpec> change) {
        apply(book().edited(change));
    }

    /** @return true when there is a scenario edit to undo */
    public boolean canUndo() {
        return history.canUndo();
    }

    /** @return true when there is an undone scenario edit to redo */
    public boolean canRedo() {
        return history.canRedo();
    }

    /** Undoes the last scenario edit. */
    public void undo() {
        if (history.canUndo() && !refused()) {
            history.undo();
            settled();
        }
    }

    /** Redoes the last scenario edit undone. */
    public void redo() {
        if (history.canRedo() && !refused()) {
            history.redo();
            settled();
        }
    }

    private void apply(ScenarioBook next) {
        if (!refused() && history.apply(next)) {
            failing = next;
            settled();
        }
    }

    /**
     * @return true (and the message says why) when the result held is a tiled run's, on which no
     *     scenario is edited or evaluated
     */
    private boolean refused() {
        if (!tiled) {
            return false;
        }
        message = TiledResults.WHAT_IF;
        changed();
        return true;
    }

    /** After the book changed: the form keeps its scenarios, and the view follows. */
    private void settled() {
        message = null;
        if (!form.spec().scenarios().equals(book().saved())) {
            form.setScenarios(book().saved());
        }
        refresh();
        changed();
    }

    /** The form changed: another analysis opened (its scenarios), or the desert rule changed. */
    private void specChanged(AnalysisSpec spec) {
        if (!spec.scenarios().equals(book().saved())) {
            history.reset(book().withSaved(spec.scenarios()));
            refresh();
        } else if (session != null && !spec.deserts().equals(rule)) {
            refresh();
        }
        changed();
    }

    /** Computes, in the background, the view of the rule and the scenario chosen now. */
    private void refresh() {
        WhatIfSession s = session;
        if (s == null) {
            return;
        }
        AnalysisSpec.DesertSpec asked = form.spec().deserts();
        rule = asked;
        ScenarioSpec scenario = book().current().filter(x -> !x.isEmpty()).orElse(null);
        ScenarioBook wanted = book();
        busy = true;
        worker.submitStoppable(stale -> compute(s, asked, scenario, ids, stale), v -> {
            busy = false;
            if (s != session) {
                return;
            }
            view = v;
            if (wanted.equals(failing)) {
                failing = null;
            }
            listeners.forEach(l -> l.viewChanged(v));
            changed();
        }, e -> {
            busy = false;
            if (s == session && !(e instanceof CancelledException)) {
                fail(e, wanted);
            }
        });
    }

    /**
     * Brings the session to a rule and a scenario and makes the layers of what it then shows.
     * Runs off the UI thread.
     */
    static View compute(WhatIfSession s, AnalysisSpec.DesertSpec rule, ScenarioSpec scenario, LongSupplier ids,
                        BooleanSupplier stale) {
        List<String> types = s.baseline().types().stream().map(t -> t.spec().type()).toList();
        List<String> unknown = new ArrayList<>();
        for (List<String> named : java.util.Arrays.asList(rule.types(), rule.missingAllOf())) {
            if (named != null) {
                named.stream().filter(t -> !types.contains(t)).forEach(unknown::add);
            }
        }
        if (!unknown.isEmpty()) {
            throw new CatchmentException("The desert rule counts " + String.join(", ", unknown) + ", which the last"
                    + " run did not have. Run the analysis again to include it.");
        }
        if (!rule.equals(s.desertRule())) {
            s.setDesertRule(rule);
        }
        if (scenario != null && s.baseline().tiled()) {
            throw new CatchmentException(TiledResults.WHAT_IF);
        }
        ScenarioResult evaluated = null;
        if (scenario == null) {
            s.clearScenario();
        } else {
            Optional<ScenarioResult> now = s.current().filter(c -> sameEdits(c.scenario(), scenario));
            evaluated = now.isPresent() ? now.get() : s.setScenario(scenario, ProgressListener.NONE, stale);
        }
        AnalysisResult shown = evaluated == null ? s.baseline() : evaluated.result();
        return new View(s.baseline(), evaluated, ChangeLayerItems.of(shown, evaluated, ids));
    }

    private static boolean sameEdits(ScenarioSpec a, ScenarioSpec b) {
        return a.close().equals(b.close()) && a.add().equals(b.add());
    }

    /** A change could not be carried out: say why, and take back the scenario edit that caused it. */
    private void fail(Throwable e, ScenarioBook wanted) {
        message = e instanceof CatchmentException ? e.getMessage() : "The change could not be shown ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").";
        if (wanted != null && wanted.equals(failing) && wanted.equals(history.present())) {
            failing = null;
            history.discard();
            if (!form.spec().scenarios().equals(book().saved())) {
                form.setScenarios(book().saved());
            }
            message += " The edit was taken back.";
        }
        changed();
    }

    private void changed() {
        listeners.forEach(Listener::stateChanged);
    }
}
