package org.catchment.scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.CatchmentMemo;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioRunner;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.servicearea.Facility;

/**
 * What-if questions asked of one baseline run held in memory: the object the desktop app keeps
 * while the user explores, and the command line uses for {@code --scenario} and {@code rank}.
 * Toolkit-free; the methods are synchronized, so one background job at a time may call them.
 *
 * <ul>
 * <li>The live desert rule ({@link #setDesertRule}): the deserts and their tables redone from the
 * served-count surface, for the baseline and the current scenario; no search.
 * <li>The current scenario ({@link #setScenario}): the baseline plus a list of edits. Only the
 * types the edits change are searched again, on the network in memory, and the catchments of
 * every facility list searched are remembered, so stepping back through the edits (undo = a
 * stack of {@link ScenarioSpec} values) searches nothing.
 * <li>{@link #evaluate} a scenario without making it current; {@link #rank} a type's facilities
 * by what their closure alone would cost.
 * </ul>
 * The session owns the baseline's network: {@link #close()} releases it.
 */
public final class WhatIfSession implements AutoCloseable {

    private final AnalysisResult run;
    private final CatchmentMemo memo = new CatchmentMemo();
    private AnalysisResult baseline;
    private ScenarioResult current;

    private WhatIfSession(AnalysisResult run) {
        this.run = run;
        this.baseline = run;
    }

    /** @param baseline a run's result; the session takes it over (closing the session closes it) */
    public static WhatIfSession of(AnalysisResult baseline) {
        return new WhatIfSession(baseline);
    }

    /** @return the baseline under the current desert rule */
    public synchronized AnalysisResult baseline() {
        return baseline;
    }

    /** @return the current desert rule */
    public synchronized AnalysisSpec.DesertSpec desertRule() {
        return baseline.analysis().spec().deserts();
    }

    /**
     * Changes the desert rule (threshold, types counted, smallest desert) of the baseline and of
     * the current scenario. Always allowed: a threshold above the types counted finds no desert
     * and says so in the results' notes.
     *
     * @throws IllegalArgumentException for a type the analysis does not have, or types with missing_all_of
     */
    public synchronized void setDesertRule(AnalysisSpec.DesertSpec rule) {
        AnalysisResult b = run.withDesertRule(rule);
        ScenarioResult c = current;
        if (c != null) {
            AnalysisResult after = c.result().withDesertRule(rule);
            c = new ScenarioResult(new ScenarioRunner.Outcome(c.scenario(), after, c.outcome().changes()),
                    Comparison.of(b, after));
        }
        baseline = b;
        current = c;
    }

    /** @return the current scenario evaluated, or empty when none is set */
    public synchronized Optional<ScenarioResult> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Makes a scenario current: its result and its comparison with the baseline.
     *
     * @param scenario  the edits (an empty one makes the scenario the baseline itself)
     * @param progress  receives the types searched
     * @param cancelled polled during the searches; a cancelled call leaves the session as it was
     * @return the scenario evaluated
     * @throws org.catchment.InputException naming the scenario for edits the data cannot meet
     */
    public synchronized ScenarioResult setScenario(ScenarioSpec scenario, ProgressListener progress,
                                                   BooleanSupplier cancelled) {
        current = evaluate(scenario, progress, cancelled);
        return current;
    }

    /** Drops the current scenario: the baseline alone again. */
    public synchronized void clearScenario() {
        current = null;
    }

    /**
     * @return a scenario evaluated against the baseline (under the current rule), without making it current
     * @throws org.catchment.InputException naming the scenario for edits the data cannot meet
     */
    public synchronized ScenarioResult evaluate(ScenarioSpec scenario, ProgressListener progress,
                                                BooleanSupplier cancelled) {
        ScenarioRunner.Outcome outcome = ScenarioRunner.run(baseline, scenario, memo, progress, cancelled);
        return new ScenarioResult(outcome, Comparison.of(baseline, outcome.result()));
    }

    /**
     * The edit that closes one facility of the baseline, as the analysis file writes it: by its
     * {@code id_field} value when the type has that key, else by its name (which closes every
     * facility of the type with that name).
     *
     * @param type     the type's id
     * @param facility one of the type's facilities in the baseline
     * @return the closure, to add to a scenario ({@link ScenarioSpec#withClose})
     */
    public synchronized ScenarioSpec.Close closure(String type, Facility facility) {
        AnalysisSpec.FacilitySpec spec = baseline.types().stream().map(AnalysisResult.TypeResult::spec)
                .filter(t -> t.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no facility type '" + type + "'"));
        return ScenarioSpec.Close.ids(type, spec.idField() != null ? facility.id() : facility.name());
    }

    /**
     * @param type      a facility type's id
     * @param cancelled polled between facilities
     * @return the type's facilities in the baseline, costliest closure first
     */
    public synchronized List<ClosureRanking.Row> rank(String type, BooleanSupplier cancelled) {
        return ClosureRanking.of(baseline, type, cancelled);
    }

    @Override
    public void close() {
        run.close();
    }
}
