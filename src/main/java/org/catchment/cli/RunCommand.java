package org.catchment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.InputMemory;
import org.catchment.analysis.RunOptions;
import org.catchment.export.EarlyOutputs;
import org.catchment.export.OutputFolder;
import org.catchment.export.Outputs;
import org.catchment.io.memory.LoadEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catchment run ANALYSIS.yml [--scenario NAME|all]}: runs a saved analysis and writes all its
 * outputs; with {@code --scenario}, also the scenarios' ({@link ScenarioRuns}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a saved analysis file and write the GeoPackage, PNG maps and CSV statistics.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ANALYSIS.yml", description = "the analysis file")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: output.dir of the analysis file)")
    Path out;

    @Option(names = "--force", description = "replace existing outputs")
    boolean force;

    @Option(names = "--scenario", paramLabel = "NAME", description = "also run the scenario NAME of the analysis file"
            + " (or all of them) and write its outputs and its comparison with the baseline into scenario_NAME/")
    String scenario;

    @Option(names = "--restart", description = "start over: discard the finished tiles an earlier, stopped run kept"
            + " in the output folder (by default a run resumes from them when its inputs are unchanged)")
    boolean restart;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    /** For tests: the free heap the memory check assumes, in MB, instead of the JVM's. */
    @Option(names = "--assume-free-memory-mb", hidden = true)
    Long assumeFreeMemoryMb;

    @Override
    public Integer call() {
        Analysis analysis = AnalysisFiles.read(file);
        LongSupplier freeHeap = assumeFreeMemoryMb == null ? LoadEstimate::freeHeapBytes : () -> assumeFreeMemoryMb << 20;
        Analysis target = out == null ? analysis : analysis.withOutputDir(out);
        if (scenario != null) {
            return ScenarioRuns.run(spec, target, scenario, force, freeHeap);
        }
        return runAnalysis(spec, target, force, freeHeap, new RunOptions(restart));
    }

    /**
     * Runs an analysis and writes its outputs; shared by {@code run} and {@code demo}. The output
     * folder is claimed for the whole run first (a second run into it is refused), then, before
     * anything is read, the inputs' heap estimate is checked against the free heap ({@link InputMemory}).
     * The options go to the runner ({@code --restart}: an earlier run's finished tiles are discarded).
     * A tiled run's outputs are begun as soon as its tiles are done ({@link EarlyOutputs}).
     */
    static int runAnalysis(CommandSpec spec, Analysis analysis, boolean force, LongSupplier freeHeap,
                           RunOptions options) {
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        List<Path> written;
        try (OutputFolder folder = Outputs.claim(analysis)) {
            folder.notes().forEach(n -> err.println(CatchmentException.withoutClassNames(n)));
            Outputs.checkTarget(analysis, force);
            InputMemory.check(analysis, freeHeap);
            try (Progress progress = Progress.forConsole(err);
                 EarlyOutputs outputs = new EarlyOutputs(analysis);
                 AnalysisResult result = AnalysisRunner.run(analysis, progress, () -> false,
                         options.withTilesDone(outputs))) {
                written = outputs.write(result, force, progress, () -> false);
                report(err, stdout, analysis, result, written);
            }
        }
        written.forEach(p -> stdout.println("  " + p));
        return Main.OK;
    }

    private static void report(PrintWriter err, PrintWriter stdout, Analysis analysis, AnalysisResult result,
                               List<Path> written) {
        RunMessages.print(err, result);
        stdout.println(analysis.spec().name() + ": " + result.deserts().deserts().size() + " deserts; "
                + written.size() + " files written to " + analysis.outputDir());
    }
}
