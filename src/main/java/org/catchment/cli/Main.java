package org.catchment.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code catchment} command: {@code run}, {@code rank}, {@code site}, {@code demo}, {@code inspect}, {@code bench} and
 * {@code app}. With no sub-command it opens the desktop app.
 *
 * <p>Exit codes: {@link #OK} 0, {@link #ANALYSIS_ERROR} 1 (bad input or a failed step, with a
 * one-line message), {@link #USAGE_ERROR} 2 (wrong arguments). No stack trace is printed unless
 * {@code --debug} is given. Running out of memory is exit code 1 with {@link ErrorHandler#outOfMemory()}'s line
 * (picocli passes errors through, so they are caught here).
 */
@Command(name = "catchment", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Walking catchments of social infrastructure and the deserts between them.",
        subcommands = {RunCommand.class, RankCommand.class, SiteCommand.class, DemoCommand.class, InspectCommand.class, BenchCommand.class, AppCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Success. */
    public static final int OK = 0;
    /** The analysis could not be run: bad input, an unwritable output, a cancelled run. */
    public static final int ANALYSIS_ERROR = 1;
    /** The command line was wrong. */
    public static final int USAGE_ERROR = 2;

    /** Launches the command line. */
    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
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
            err.println("catchment: unexpected error: " + e + " (run again with --debug for details)");
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
        }
        return ANALYSIS_ERROR;
    }

    @Override
    public void run() {
        new AppCommand().run();
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"catchment " + (v == null ? "(development build)" : v)};
        }
    }
}
