package org.catchment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.catchment.About;
import org.catchment.LibraryLogging;
import org.catchment.RunLog;
import org.catchment.Settings;
import org.catchment.UserDirs;
import org.catchment.layer.CrsWarmUp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code catchment} command: {@code run}, {@code rank}, {@code site}, {@code demo}, {@code inspect},
 * {@code cache}, {@code bench} and {@code app}. With no sub-command it opens the desktop app.
 *
 * <p>Exit codes: {@link #OK} 0, {@link #ANALYSIS_ERROR} 1 (bad input or a failed step, with a
 * one-line message), {@link #USAGE_ERROR} 2 (wrong arguments). No stack trace is printed unless
 * {@code --debug} is given. Running out of memory is exit code 1 with {@link ErrorHandler#outOfMemory()}'s line
 * (picocli passes errors through, so they are caught here).
 */
@Command(name = "catchment", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Walking catchments of social infrastructure and the deserts between them.",
        subcommands = {RunCommand.class, RankCommand.class, SiteCommand.class, DemoCommand.class, InspectCommand.class,
            CacheCommand.class, BenchCommand.class, AppCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Success. */
    public static final int OK = 0;
    /** The analysis could not be run: bad input, an unwritable output, a cancelled run. */
    public static final int ANALYSIS_ERROR = 1;
    /** The command line was wrong. */
    public static final int USAGE_ERROR = 2;

    /** The commands that read layers first thing: GeoTools' referencing is opened for them at once ({@link CrsWarmUp}). */
    private static final Set<String> READS_LAYERS = Set.of("run", "rank", "site", "demo", "inspect");

    @Option(names = "--timing", description = "with no command: open the app, print the time to its first frame, close it")
    boolean timing;

    /**
     * Launches the command line, logging the start and the outcome to the per-user log file
     * ({@link RunLog}), where the libraries' warnings go too ({@link LibraryLogging}: none of their
     * logging reaches the terminal); a damaged settings file is noted first (its defaults are used).
     * AWT runs headless unless told otherwise: no command needs its display (maps are drawn into
     * images, the app is JavaFX), and on Linux AWT's start on X beside JavaFX's GTK 3 makes GDK print
     * a warning on the terminal ("XSetErrorHandler() called with a GDK error trap pushed",
     * JDK-8156779).
     */
    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        RunLog log = RunLog.open(UserDirs.current().logs());
        LibraryLogging.setUp(log);
        if (args.length > 0 && READS_LAYERS.contains(args[0])) {
            CrsWarmUp.start();
        }
        log.line("start catchment " + About.version() + " " + String.join(" ", args) + " | " + About.runtime());
        PrintWriter err = new PrintWriter(System.err, true);
        Settings.current().note().ifPresent(n -> err.println("catchment: note: " + n));
        int code = execute(new PrintWriter(System.out, true), err, args);
        log.line("exit " + code);
        System.exit(code);
    }

    /**
     * Runs the command line in-process (for tests and for {@link #main}).
     *
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        try {
            CommandLine cli = new CommandLine(new Main());
            cli.setOut(out);
            cli.setErr(err);
            cli.setExecutionExceptionHandler(new ErrorHandler());
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(ErrorHandler.outOfMemory());
        } catch (Error e) {
            RunLog.current().error("unexpected error", e);
            err.println(ErrorHandler.unexpected(e, false));
            if (Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
        }
        return ANALYSIS_ERROR;
    }

    @Override
    public void run() {
        AppCommand app = new AppCommand();
        app.timing = timing;
        app.run();
    }

    /** {@code --version}: the version, the Java runtime, the licence, the data credits and where the log is. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            List<String> lines = new ArrayList<>(About.lines());
            Path log = RunLog.current().file();
            lines.add("Log file: " + (log == null ? "none (not opened in this run)" : log));
            return lines.toArray(String[]::new);
        }
    }
}
