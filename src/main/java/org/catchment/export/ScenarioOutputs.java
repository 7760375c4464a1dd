package org.catchment.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioRunner;
import org.catchment.io.FileOps;
import org.catchment.io.csv.CsvTableWriter;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.scenario.ClosureRanking;
import org.catchment.scenario.ScenarioResult;

/**
 * The outputs of {@code catchment run --scenario}: the baseline's usual outputs in the output
 * folder, and for each scenario, in its subfolder {@code scenario_<name>/}, the scenario's usual
 * outputs, the comparison GeoPackage ({@code scenario_<name>.gpkg}), the comparison table
 * ({@code scenario_<name>_comparison.csv}) and the change map ({@code scenario_<name>_change.png});
 * with several scenarios, {@code scenarios_summary.csv} in the output folder. All of it is one
 * output set, written all or nothing under one lock of the output folder through
 * {@link Outputs#writeSet}: each scenario's subfolder is put in place whole with the baseline's
 * files, and {@code --force} replaces an old subfolder whole (no file of an earlier run is left in
 * it). Also the closure ranking of {@code catchment rank}.
 */
public final class ScenarioOutputs {

    /** The summary of several scenarios, one line each, in the output folder. */
    public static final String SUMMARY = "scenarios_summary.csv";

    private ScenarioOutputs() {
    }

    /**
     * @param summary true to write {@link #SUMMARY}
     * @return every file of the set, relative to the output folder, in the order written
     */
    public static List<String> fileNames(Analysis analysis, List<String> scenarios, boolean summary) {
        List<String> names = new ArrayList<>(Outputs.fileNames(analysis.spec()));
        for (String s : scenarios) {
            String folder = ScenarioRunner.folderName(s);
            Outputs.fileNames(analysis.spec()).forEach(n -> names.add(folder + "/" + n));
            names.add(folder + "/" + folder + ".gpkg");
            names.add(folder + "/" + folder + "_comparison.csv");
            names.add(folder + "/" + folder + "_change.png");
        }
        if (summary) {
            names.add(SUMMARY);
        }
        return names;
    }

    /** Checks, before anything runs, that the set can be written ({@link Outputs#checkTarget}). */
    public static void checkTarget(Analysis analysis, List<String> scenarios, boolean summary, boolean force) {
        Outputs.checkTarget(analysis, fileNames(analysis, scenarios, summary), force);
    }

    /**
     * @param baseline  the baseline result
     * @param results   the scenarios evaluated against it
     * @param summary   true to write {@link #SUMMARY}
     * @param force     true to replace existing outputs
     * @param progress  receives the export's progress
     * @param cancelled polled between files
     * @return the files written
     */
    public static List<Path> write(AnalysisResult baseline, List<ScenarioResult> results, boolean summary,
                                   boolean force, ProgressListener progress, BooleanSupplier cancelled) {
        Analysis analysis = baseline.analysis();
        List<String> names = fileNames(analysis, results.stream().map(r -> r.scenario().name()).toList(), summary);
        int parts = results.size() + 1;
        return Outputs.writeSet(analysis, names, force, progress, cancelled, FileOps.SYSTEM, staging -> {
            Outputs.stage(baseline, staging, part(progress, 0, parts, ""), cancelled);
            for (int i = 0; i < results.size(); i++) {
                ScenarioResult r = results.get(i);
                String folder = ScenarioRunner.folderName(r.scenario().name());
                Path dir = staging.resolve(folder);
                Outputs.stage(r.result(), dir, part(progress, i + 1, parts, folder + "/"), cancelled);
                GeoPackageWriter.write(dir.resolve(folder + ".gpkg"), new ComparisonLayers(r.comparison()).all(),
                        java.util.Map.of());
                write(dir, ComparisonTables.comparison(folder + "_comparison.csv", r.comparison()));
                ChangeMap.of(folder + "_change.png", r.scenario().name(), r.comparison())
                        .write(dir.resolve(folder + "_change.png"));
                Outputs.check(cancelled);
            }
            if (summary) {
                write(staging, ComparisonTables.summary(baseline, results));
            }
        });
    }

    /**
     * @param prefix put before the file a message names (the scenario's folder)
     * @return progress of one part of several (the baseline's files, then each scenario's) as a share of the whole
     */
    private static ProgressListener part(ProgressListener progress, int index, int parts, String prefix) {
        return (stage, fraction, message) -> progress.progress(stage, (index + fraction) / parts,
                message.replaceFirst("^(Writing|Drawing) ", "$1 " + prefix));
    }

    /**
     * Writes the closure rankings of some types into the output folder, all or nothing.
     *
     * @param rankings one ranking per type, in the order of {@code types}
     * @return the files written
     */
    public static List<Path> writeRankings(AnalysisResult result, List<AnalysisResult.TypeResult> types,
                                           List<List<ClosureRanking.Row>> rankings, boolean force,
                                           ProgressListener progress) {
        List<String> names = types.stream().map(t -> ComparisonTables.rankingFileName(t.spec().type())).toList();
        return Outputs.writeSet(result.analysis(), names, force, progress, () -> false, FileOps.SYSTEM, staging -> {
            for (int i = 0; i < types.size(); i++) {
                write(staging, ComparisonTables.ranking(types.get(i), rankings.get(i)));
            }
        });
    }

    private static void write(Path dir, StatisticsTables.Table t) {
        CsvTableWriter.write(dir.resolve(t.fileName()), t.header(), t.rows());
    }
}
