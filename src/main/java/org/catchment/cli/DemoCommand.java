package org.catchment.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.catchment.BundledSample;
import org.catchment.CatchmentException;
import org.catchment.UserDirs;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catchment demo}: runs the sample town analysis (replacing an earlier demo's outputs), then
 * opens the desktop app on it when a display is present. From a checkout it runs
 * {@code data/sample/analysis.yml} into {@code out/sample} in the working folder; an installed
 * Catchment runs the user's copy of the sample ({@link BundledSample}: made in
 * {@code Documents/Catchment/sample} on first use, as the app's start page does) into that copy's
 * {@code out} folder, so nothing is written into the install folder or wherever the command is typed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the sample town analysis and open the app when a display is present. From a checkout:"
                + " data/sample into out/sample; installed: your copy in Documents/Catchment/sample into its out folder.")
final class DemoCommand implements Callable<Integer> {

    /** Where a checkout's demo writes unless --out is given. */
    static final Path CHECKOUT_OUT = Path.of("out", "sample");

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output folder (default: out/sample from a checkout, the sample copy's out folder when installed)")
    Path out;

    @Option(names = "--no-app", description = "do not open the desktop app afterwards")
    boolean noApp;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    /** Where the sample is looked for (tests give an app image's); null: this Catchment's jar. */
    Path codeSource;

    /** The user's folders (tests give a home of their own); null: this user's. */
    UserDirs dirs;

    @Override
    public Integer call() {
        BundledSample.Source sample = (codeSource == null ? BundledSample.find()
                : BundledSample.find(codeSource, Path.of("").toAbsolutePath()))
                .orElseThrow(() -> new CatchmentException("The sample analysis data/sample/analysis.yml was not found."
                        + " Run the demo from the folder of the Catchment checkout."));
        Path file = sample.analysis();
        Path target = out;
        if (sample.installed()) {
            file = BundledSample.copy(sample.folder(), BundledSample.userCopy(dirs == null ? UserDirs.current() : dirs));
            spec.commandLine().getOut().println("The sample town is in " + file.getParent());
        } else if (target == null) {
            target = CHECKOUT_OUT;
        }
        Analysis analysis = AnalysisFiles.read(file);
        if (target != null) {
            analysis = analysis.withOutputDir(target);
        }
        int code = RunCommand.runAnalysis(spec, analysis, true, org.catchment.io.memory.LoadEstimate::freeHeapBytes,
                org.catchment.analysis.RunOptions.DEFAULT);
        if (code == Main.OK && !noApp && AppCommand.displayAvailable()) {
            spec.commandLine().getOut().println("Opening the desktop app on " + file);
            AppCommand.open(file);
        }
        return code;
    }
}
