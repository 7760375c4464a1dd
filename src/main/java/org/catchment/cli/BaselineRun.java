package org.catchment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.AutoTiles;
import org.catchment.analysis.InputMemory;
import org.catchment.analysis.RunOptions;
import org.catchment.io.memory.LoadEstimate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the commands that ask questions of an analysis's baseline share ({@code rank}, {@code site}):
 * their arguments ({@link Args}); the analysis file read, into the {@code --out} folder when one is
 * given, with its {@code --type} values checked; then the baseline run, once its inputs are known
 * to fit the free heap, with its progress on the console. Closing it releases the run's network and
 * ends the progress display.
 */
final class BaselineRun implements AutoCloseable {

    /** The arguments of a command on an analysis's baseline (a picocli mixin). */
    static final class Args {

        @Parameters(index = "0", paramLabel = "ANALYSIS.yml", description = "the analysis file")
        Path file;

        @Option(names = "--out", paramLabel = "DIR",
                description = "output folder (default: output.dir of the analysis file)")
        Path out;

        @Option(names = "--force", description = "replace existing outputs")
        boolean force;

        @Option(names = "--debug", description = "print stack traces of errors")
        boolean debug;
    }

    private final Progress progress;
    private final AnalysisResult result;

    private BaselineRun(Progress progress, AnalysisResult result) {
        this.progress = progress;
        this.result = result;
    }

    /**
     * @param args  the analysis file, and the output folder given or null for the file's {@code output.dir}
     * @param types the facility types asked for (may be none)
     * @throws CatchmentException naming the file and the types it has, when a type is not one of them, or
     *     when the analysis is tiled
     */
    static Analysis read(Args args, List<String> types) {
        Path file = args.file;
        Analysis read = AnalysisFiles.read(file);
        Analysis analysis = args.out == null ? read : read.withOutputDir(args.out);
        if (analysis.spec().tiles() != null) {
            throw new CatchmentException(file + ": rank and site search the whole network of a run in one piece, which"
                    + " a tiled run (tiles) never holds. Remove tiles from the analysis file, or narrow its study area,"
                    + " to rank or site facilities.");
        }
        List<String> known = analysis.spec().facilities().stream().map(f -> f.type()).toList();
        for (String t : types) {
            if (!known.contains(t)) {
                throw new CatchmentException(file + ": --type " + t + " is not a facility type of the analysis. Give one"
                        + " of " + String.join(", ", known) + ".");
            }
        }
        return analysis;
    }

    /**
     * Runs the baseline after the check that its inputs fit the free heap ({@link InputMemory}).
     *
     * @param err where the progress goes
     */
    static BaselineRun start(Analysis analysis, PrintWriter err) {
        InputMemory.check(analysis, LoadEstimate::freeHeapBytes);
        Progress progress = Progress.forConsole(err);
        try {
            // the questions need the whole network: a large study area is never tiled without being asked here
            return new BaselineRun(progress, AnalysisRunner.run(analysis, progress, () -> false,
                    new RunOptions(false, AutoTiles.NEVER)));
        } catch (RuntimeException | Error e) {
            progress.close();
            throw e;
        }
    }

    /** @return the progress display, for the command's own steps after the run */
    Progress progress() {
        return progress;
    }

    /** @return the baseline's result */
    AnalysisResult result() {
        return result;
    }

    @Override
    public void close() {
        try {
            result.close();
        } finally {
            progress.close();
        }
    }
}
