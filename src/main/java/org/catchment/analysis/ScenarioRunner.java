package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.InputException;
import org.catchment.network.SnapFailure;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.catchment.servicearea.StartPoints;

/**
 * Applies a what-if scenario to a baseline result held in memory: the facilities it closes are
 * taken out of their types, the sites it adds are put in, and only the types it changes are
 * searched again, on the baseline's network; the overlay (served surface, deserts, coverage) is
 * then redone from the catchments. A type the scenario leaves alone keeps the baseline's
 * catchments (the same objects). So a scenario is data, and a scenario result is exactly the
 * result a run of the edited facility layers would give (docs/method.md#what-if-scenarios).
 *
 * <p>Closures pick facilities by their features: a CQL filter over the type's layers, or ids
 * matched against the type's {@code id_field} (else its name field). A closure that picks no
 * feature, or ids not found, is an error naming the scenario; a proposed site that cannot join
 * the network is a warning (it serves nobody), as an existing facility off the network is.
 */
public final class ScenarioRunner {

    /**
     * What a scenario changed in one facility type.
     *
     * @param spec   the type
     * @param closed the facilities closed (numbered as in the baseline)
     * @param added  the sites added (numbered as in the scenario)
     */
    public record TypeChange(AnalysisSpec.FacilitySpec spec, List<Facility> closed, List<Facility> added) {

        public TypeChange {
            closed = List.copyOf(closed);
            added = List.copyOf(added);
        }
    }

    /**
     * A scenario applied to a baseline.
     *
     * @param scenario the scenario
     * @param result   the result with the scenario's facilities; it shares the baseline's network
     *                 (close only the baseline); its outputs go to {@code scenario_<name>} in the
     *                 baseline's output folder
     * @param changes  what it changed, one entry per type it changes, in the analysis file's order
     */
    public record Outcome(ScenarioSpec scenario, AnalysisResult result, List<TypeChange> changes) {

        public Outcome {
            changes = List.copyOf(changes);
        }
    }

    private final AnalysisResult baseline;
    private final ScenarioSpec scenario;
    private final List<String> warnings = new ArrayList<>();

    private ScenarioRunner(AnalysisResult baseline, ScenarioSpec scenario) {
        this.baseline = baseline;
        this.scenario = scenario;
    }

    /** @return the output folder of a scenario's files: {@code scenario_<name>} in the analysis's output folder */
    public static Path outputDir(Analysis analysis, String scenarioName) {
        return analysis.outputDir().resolve(folderName(scenarioName));
    }

    /** @return the folder (and file prefix) of a scenario's outputs: {@code scenario_<name>} */
    public static String folderName(String scenarioName) {
        return "scenario_" + scenarioName;
    }

    /**
     * @param baseline  the baseline result (its desert rule is the scenario's too)
     * @param scenario  the edits
     * @param memo      catchments already searched, reused and added to
     * @param progress  receives the types searched
     * @param cancelled polled between and inside the searches
     * @return the scenario's result and what it changed
     * @throws InputException naming the scenario: an unknown type, a filter that picks nothing, ids not
     *     found, a layer of sites that cannot be read or holds none
     */
    public static Outcome run(AnalysisResult baseline, ScenarioSpec scenario, CatchmentMemo memo,
                              ProgressListener progress, BooleanSupplier cancelled) {
        return new ScenarioRunner(baseline, scenario).apply(memo, progress, cancelled);
    }

    private Outcome apply(CatchmentMemo memo, ProgressListener progress, BooleanSupplier cancelled) {
        List<AnalysisResult.TypeResult> types = baseline.types();
        for (ScenarioSpec.Close c : scenario.close()) {
            typeIndex(c.type(), "close");
        }
        for (ScenarioSpec.Add a : scenario.add()) {
            typeIndex(a.type(), "add");
        }
        List<AnalysisResult.TypeResult> after = new ArrayList<>(types);
        List<TypeChange> changes = new ArrayList<>();
        ScenarioEdits edits = new ScenarioEdits(baseline, scenario, warnings);
        for (int i = 0; i < types.size(); i++) {
            AnalysisResult.TypeResult t = types.get(i);
            BitSet closed = edits.closed(i);
            ScenarioEdits.Sites added = edits.added(i, t.catchment().facilities().size() - closed.cardinality());
            if (closed.isEmpty() && added.facilities().isEmpty()) {
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            progress.progress("Scenario", (double) changes.size() / types.size(), t.spec().label() + ": searching again");
            List<Facility> facilities = new ArrayList<>();
            List<AnalysisResult.Source> sources = new ArrayList<>();
            List<Facility> closedList = new ArrayList<>();
            for (Facility f : t.catchment().facilities()) {
                if (closed.get(f.index())) {
                    closedList.add(f);
                } else {
                    facilities.add(new Facility(facilities.size(), f.id(), f.name(), f.geometry()));
                    sources.add(t.sources().get(f.index()));
                }
            }
            facilities.addAll(added.facilities());
            sources.addAll(added.sources());
            CatchmentResult c = memo.catchments(baseline.network(), t.spec().type(), facilities,
                    t.catchment().options(), cancelled);
            offNetwork(t, added.facilities());
            after.set(i, new AnalysisResult.TypeResult(t.spec(), t.layers(), c, sources));
            changes.add(new TypeChange(t.spec(), closedList, added.facilities()));
        }
        progress.progress("Scenario", 0.9, "Overlaying the catchments");
        AnalysisSpec spec = baseline.analysis().spec();
        Analysis a = new Analysis(spec.withName(spec.name() + ", scenario " + scenario.name()), baseline.analysis().file(),
                baseline.analysis().baseDir(), baseline.analysis().workingCrs())
                .withOutputDir(outputDir(baseline.analysis(), scenario.name()));
        List<String> w = AnalysisResult.replaced(baseline.warnings(), baseline.desertWarnings(), warnings);
        List<String> n = AnalysisResult.replaced(baseline.notes(), baseline.desertNotes(), List.of());
        AnalysisResult result = AnalysisRunner.overlay(a, baseline.network(), baseline.connectivity(),
                baseline.overlayInputs(), after, baseline.inputs(), w, n, baseline, cancelled);
        progress.progress("Scenario", 1, scenario.name() + ": " + result.deserts().deserts().size() + " deserts");
        return new Outcome(scenario, result, changes);
    }

    /** The warning for each proposed site that cannot join the network: it serves nobody. */
    private void offNetwork(AnalysisResult.TypeResult t, List<Facility> added) {
        if (added.isEmpty()) {
            return;
        }
        List<Facility> alone = new ArrayList<>();
        for (Facility f : added) {
            alone.add(new Facility(alone.size(), f.id(), f.name(), f.geometry()));
        }
        StartPoints.Result starts = StartPoints.of(baseline.network(), alone, t.catchment().options());
        for (SnapFailure f : starts.failures()) {
            warnings.add("Scenario '" + scenario.name() + "': " + t.spec().label() + ": the proposed site " + f.message()
                    + ". It serves nobody in this scenario; move it onto the network");
        }
    }

    private int typeIndex(String type, String edit) {
        List<AnalysisResult.TypeResult> types = baseline.types();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).spec().type().equals(type)) {
                return i;
            }
        }
        throw new InputException(baseline.analysis().file(), "scenario '" + scenario.name() + "'", "it would " + edit
                + " facilities of the type '" + type + "', which the analysis does not have",
                "Use one of " + types.stream().map(t -> t.spec().type()).toList());
    }
}
