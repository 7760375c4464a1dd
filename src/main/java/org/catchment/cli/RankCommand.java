package org.catchment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.export.ComparisonTables;
import org.catchment.export.OutputFolder;
import org.catchment.export.Outputs;
import org.catchment.export.ScenarioOutputs;
import org.catchment.scenario.ClosureRanking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catchment rank ANALYSIS.yml [--type TYPE]...}: ranks the facilities of each type by what
 * closing each alone would cost (residents losing access within the served band,
 * {@link ClosureRanking}), prints the costliest and writes {@code closure_ranking_<type>.csv} into
 * the output folder.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Rank a type's facilities by the residents who would lose access if each closed alone.")
final class RankCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BaselineRun.Args args;

    @Option(names = "--type", paramLabel = "TYPE", description = "a facility type to rank (repeat for more; default: every type)")
    List<String> types = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", description = "facilities printed per type (default: ${DEFAULT-VALUE})")
    int top = 10;




    @Override
    public Integer call() {
        Analysis analysis = BaselineRun.read(args, types);
        List<String> known = analysis.spec().facilities().stream().map(f -> f.type()).toList();
        List<String> chosen = types.isEmpty() ? known : types;
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> written;
        try (OutputFolder folder = Outputs.claim(analysis)) {
            folder.notes().forEach(spec.commandLine().getErr()::println);
            Outputs.checkTarget(analysis, chosen.stream().map(ComparisonTables::rankingFileName).toList(), args.force);
            try (BaselineRun baseline = BaselineRun.start(analysis, spec.commandLine().getErr())) {
                AnalysisResult result = baseline.result();
                RunMessages.print(spec.commandLine().getErr(), result);
                List<AnalysisResult.TypeResult> typeResults = new ArrayList<>();
                List<List<ClosureRanking.Row>> rankings = new ArrayList<>();
                for (String t : chosen) {
                    baseline.progress().progress("Ranking", (double) rankings.size() / chosen.size(), t);
                    typeResults.add(result.types().get(known.indexOf(t)));
                    rankings.add(ClosureRanking.of(result, t, () -> false));
                }
                written = ScenarioOutputs.writeRankings(result, typeResults, rankings, args.force, baseline.progress());
                for (int i = 0; i < chosen.size(); i++) {
                    print(stdout, typeResults.get(i), rankings.get(i));
                }
            }
        }
        written.forEach(p -> stdout.println("  " + p));
        return Main.OK;
    }

    private void print(PrintWriter stdout, AnalysisResult.TypeResult t, List<ClosureRanking.Row> rows) {
        stdout.println(t.spec().label() + ": residents losing access within " + org.catchment.analysis.SpecRules.number(
                t.spec().servedBand()) + " minutes if one facility closed");
        for (ClosureRanking.Row r : rows.subList(0, Math.min(top, rows.size()))) {
            stdout.println(String.format(Locale.ROOT, "  %2d. %-40s %s", r.rank(), r.name(),
                    r.residentsLosing() == null ? String.format(Locale.ROOT, "%,.0f m²", r.areaLosingM2())
                            : String.format(Locale.ROOT, "%,.0f residents", r.residentsLosing())));
        }
    }
}
