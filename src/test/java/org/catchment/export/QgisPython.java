package org.catchment.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scripts of {@code src/test/resources/qgis} with QGIS's Python bindings (Debian
 * {@code python3-qgis}), headless; tests that need QGIS skip when {@link #available()} is false.
 */
final class QgisPython {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /** What a script printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private QgisPython() {
    }

    /** @return true when QGIS's Python bindings can be imported */
    static boolean available() throws IOException, InterruptedException {
        return Files.isExecutable(PYTHON) && run(PYTHON.toString(), "-c", "import qgis.core").exitCode() == 0;
    }

    /** Runs a script of src/test/resources/qgis with its arguments. */
    static Result script(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(),
                Path.of("src/test/resources/qgis", name).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("QT_QPA_PLATFORM", "offscreen");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out);
        }
        return new Result(p.exitValue(), out);
    }
}
