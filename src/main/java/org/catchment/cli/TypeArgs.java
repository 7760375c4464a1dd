package org.catchment.cli;

import java.nio.file.Path;
import java.util.List;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;

/** The check the commands that take {@code --type} share (rank, site). */
final class TypeArgs {

    private TypeArgs() {
    }

    /** @throws CatchmentException naming the file and the types it has, when a type is not one of them */
    static void check(Path file, Analysis analysis, List<String> types) {
        List<String> known = analysis.spec().facilities().stream().map(f -> f.type()).toList();
        for (String t : types) {
            if (!known.contains(t)) {
                throw new CatchmentException(file + ": --type " + t + " is not a facility type of the analysis. Give one"
                        + " of " + String.join(", ", known) + ".");
            }
        }
    }
}
