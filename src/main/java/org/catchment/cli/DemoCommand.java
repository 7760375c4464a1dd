package org.catchment.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catchment demo}: runs the bundled sample analysis ({@code data/sample/analysis.yml}) into
 * {@code out/sample} (replacing an earlier demo's outputs), then opens the desktop app on it when
 * a display is present.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the bundled sample town analysis (data/sample) and open the app when a display is present.")
final class DemoCommand implements Callable<Integer> {

    /** Where the demo writes unless --out is given. */
    static final Path DEFAULT_OUT = Path.of("out", "sample");

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = DEFAULT_OUT;

    @Option(names = "--no-app", description = "do not open the desktop app afterwards")
    boolean noApp;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Override
    public Integer call() {
        Path file = sampleAnalysis();
        Analysis analysis = AnalysisFiles.read(file).withOutputDir(out);
        int code = RunCommand.runAnalysis(spec, analysis, true, org.catchment.io.memory.LoadEstimate::freeHeapBytes);
        if (code == Main.OK && !noApp && AppCommand.displayAvailable()) {
            spec.commandLine().getOut().println("Opening the desktop app on " + file);
            AppCommand.open(file);
        }
        return code;
    }

    /** @return the sample analysis: under the working folder, or beside the folder of the jar */
    static Path sampleAnalysis() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("data", "sample", "analysis.yml"));
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
                candidates.add(dir.resolve("data").resolve("sample").resolve("analysis.yml"));
            }
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException ignored) {
            // no code source: only the working folder is searched
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().map(Path::toAbsolutePath)
                .orElseThrow(() -> new CatchmentException("The sample analysis data/sample/analysis.yml was not found."
                        + " Run the demo from the folder of the Catchment checkout."));
    }
}
