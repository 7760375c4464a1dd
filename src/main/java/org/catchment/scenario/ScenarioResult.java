package org.catchment.scenario;

import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.ScenarioRunner;
import org.catchment.analysis.ScenarioSpec;

/**
 * A scenario evaluated against its baseline: its result and what it changed
 * ({@link ScenarioRunner.Outcome}), and the before/after comparison.
 *
 * @param outcome    the scenario's result and the facilities it closed and added
 * @param comparison the baseline against the scenario
 */
public record ScenarioResult(ScenarioRunner.Outcome outcome, Comparison comparison) {

    /** @return the scenario */
    public ScenarioSpec scenario() {
        return outcome.scenario();
    }

    /** @return the scenario's result (it shares the baseline's network) */
    public AnalysisResult result() {
        return outcome.result();
    }
}
