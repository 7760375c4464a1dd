package org.catchment.cli;

import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.RunLog;
import org.catchment.io.memory.LoadEstimate;
import picocli.CommandLine;

/**
 * Turns a failure into one line on standard error and an exit code: the user-facing message of a
 * {@link CatchmentException} as it is, bar any Java class name
 * ({@link CatchmentException#withoutClassNames}); anything else as an unexpected error in its own
 * words with a hint to rerun with {@code --debug}, which prints the stack trace as well (always
 * written to the log file, {@link RunLog}). Running out of memory has its own line,
 * {@link #outOfMemory()}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    /**
     * @return the line for a run that ran out of heap: the heap it had, that no output is half-written
     *     (outputs are staged and moved into place only when complete), and how much to give instead
     */
    static String outOfMemory() {
        long max = Runtime.getRuntime().maxMemory();
        return "catchment: the run ran out of memory (Java may use at most " + LoadEstimate.size(max) + " here); no"
                + " output is left half-written. " + LoadEstimate.advice(max) + " or clip the layers to your area first.";
    }

    /**
     * @return the line for a failure that is not a {@link CatchmentException}: its own words, if
     *     any, with no Java class name (those are for {@code --debug})
     */
    static String unexpected(Throwable e, boolean debug) {
        String words = CatchmentException.withoutClassNames(e.getMessage()).lines().findFirst().orElse("").trim();
        return "catchment: unexpected error" + (words.isEmpty() ? "" : " (" + words + ")")
                + (debug ? "" : "; run again with --debug for details, and please report it");
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        boolean debug = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
        if (e instanceof CancelledException) {
            cli.getErr().println("Cancelled: nothing was written.");
        } else if (e instanceof CatchmentException) {
            cli.getErr().println("catchment: " + CatchmentException.withoutClassNames(e.getMessage()));
        } else {
            RunLog.current().error("unexpected error", e);
            cli.getErr().println(unexpected(e, debug));
        }
        if (debug) {
            e.printStackTrace(cli.getErr());
        }
        return Main.ANALYSIS_ERROR;
    }
}
