package org.catchment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.InputMemory;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.export.OutputFolder;
import org.catchment.export.Outputs;
import org.catchment.export.ScenarioOutputs;
import org.catchment.overlay.AccessChange;
import org.catchment.scenario.ScenarioResult;
import org.catchment.scenario.WhatIfSession;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catchment run ANALYSIS.yml --scenario NAME|all}: the baseline run once, each scenario
 * applied to it in memory, and everything written as one output set ({@link ScenarioOutputs}):
 * the baseline's outputs as without {@code --scenario}, each scenario's in {@code scenario_<name>/},
 * with {@code all} a summary line per scenario. A scenario the data cannot meet (a filter that
 * picks nothing, ids not found) stops the run before anything is written.
 */
final class ScenarioRuns {

    /** The word that runs every scenario. */
    static final String ALL = "all";

    private ScenarioRuns() {
    }

    static int run(CommandSpec spec, Analysis analysis, String name, boolean force, LongSupplier freeHeap) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioSpec> chosen = chosen(analysis, name);
        boolean summary = name.equals(ALL);
        List<String> names = chosen.stream().map(ScenarioSpec::name).toList();
        List<Path> written;
        try (OutputFolder folder = Outputs.claim(analysis);
             Progress progress = Progress.forConsole(err)) {
            folder.notes().forEach(err::println);
            ScenarioOutputs.checkTarget(analysis, names, summary, force);
            InputMemory.check(analysis, freeHeap);
            written = runAndWrite(analysis, chosen, summary, force, progress, err, out);
        }
        written.forEach(p -> out.println("  " + p));
        return Main.OK;
    }

    private static List<Path> runAndWrite(Analysis analysis, List<ScenarioSpec> chosen, boolean summary, boolean force,
                                          Progress progress, PrintWriter err, PrintWriter out) {
        List<Path> written;
        try (WhatIfSession session = WhatIfSession.of(AnalysisRunner.run(analysis, progress, () -> false))) {
            List<ScenarioResult> results = new ArrayList<>();
            for (ScenarioSpec s : chosen) {
                results.add(session.evaluate(s, progress, () -> false));
            }
            written = ScenarioOutputs.write(session.baseline(), results, summary, force, progress, () -> false);
            RunMessages.print(err, session.baseline());
            for (ScenarioResult r : results) {
                r.result().warnings().stream().filter(w -> !session.baseline().warnings().contains(w))
                        .forEach(w -> RunMessages.warning(err, w.startsWith("Scenario '") ? w
                                : "scenario '" + r.scenario().name() + "': " + w));
            }
            out.println(analysis.spec().name() + ": " + session.baseline().deserts().deserts().size() + " deserts; "
                    + written.size() + " files written to " + analysis.outputDir());
            results.forEach(r -> out.println("  " + line(r)));
        }
        return written;
    }

    /** @return the scenarios asked for: one by name, or every one for {@value #ALL} */
    static List<ScenarioSpec> chosen(Analysis analysis, String name) {
        List<ScenarioSpec> all = analysis.spec().scenarios();
        if (all.isEmpty()) {
            throw new CatchmentException(analysis.file() + ": the analysis has no scenarios, so --scenario " + name
                    + " has nothing to run. Add a scenarios section (docs/analysis-file.md#scenarios).");
        }
        if (name.equals(ALL)) {
            return all;
        }
        return List.of(all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
                () -> new CatchmentException(analysis.file() + ": there is no scenario '" + name + "'. Give one of "
                        + String.join(", ", all.stream().map(ScenarioSpec::name).toList()) + ", or all, to --scenario.")));
    }

    /** @return one line on what a scenario changed: deserts, and residents gained and lost per type */
    private static String line(ScenarioResult r) {
        StringBuilder s = new StringBuilder("scenario " + r.scenario().name() + ": deserts "
                + r.comparison().before().deserts().deserts().size() + " -> "
                + r.result().deserts().deserts().size());
        for (AccessChange a : r.comparison().access()) {
            if (r.comparison().isServedBand(a) && a.lostResidents() != null) {
                s.append(String.format(Locale.ROOT, "; %s within %s min: %,.0f residents gain, %,.0f lose", a.label(),
                        org.catchment.analysis.SpecRules.number(a.bandMin()), a.gainedResidents(), a.lostResidents()));
            }
        }
        return s.toString();
    }
}
