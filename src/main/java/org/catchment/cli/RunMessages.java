package org.catchment.cli;

import java.io.PrintWriter;
import org.catchment.CatchmentException;
import org.catchment.analysis.AnalysisResult;

/**
 * What every command that runs an analysis ({@code run}, {@code run --scenario}, {@code rank},
 * {@code site}) prints of the run on standard error, the same way: its notes as they are, then its
 * warnings (facilities that could not join the network, repairs, slivers left out), each after
 * {@code warning: }, with no Java class name in either.
 */
final class RunMessages {

    private RunMessages() {
    }

    /** Prints a run's notes, then its warnings. */
    static void print(PrintWriter err, AnalysisResult result) {
        result.notes().forEach(n -> err.println(CatchmentException.withoutClassNames(n)));
        result.warnings().forEach(w -> warning(err, w));
    }

    /** Prints one warning. */
    static void warning(PrintWriter err, String text) {
        err.println("warning: " + CatchmentException.withoutClassNames(text));
    }
}
