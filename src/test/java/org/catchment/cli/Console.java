package org.catchment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command line as the CLI tests call it: {@link Main#execute} with what it prints to standard
 * output and standard error kept for the test to read, run after run, until {@link #clear}.
 */
final class Console {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** @return the exit code of {@code catchment args...} */
    int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** @return what the runs so far printed to standard output */
    String out() {
        return out.toString();
    }

    /** @return what the runs so far printed to standard error */
    String err() {
        return err.toString();
    }

    /** Forgets what the runs so far printed. */
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    /** @return the files below a folder, at any depth (none when it does not exist) */
    static List<Path> filesBelow(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
