package org.catchment.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.catchment.CatchmentException;
import org.catchment.ui.DesktopLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code catchment app [ANALYSIS.yml]}: opens the desktop app, on an analysis file if given. */
@Command(name = "app", mixinStandardHelpOptions = true, description = "Open the desktop app, optionally on an analysis file.")
final class AppCommand implements Callable<Integer>, Runnable {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ANALYSIS.yml", description = "an analysis file to open")
    Path file;

    @Override
    public Integer call() {
        if (!displayAvailable()) {
            throw new CatchmentException("There is no display, so the desktop app cannot open."
                    + " Use 'catchment run ANALYSIS.yml' to run an analysis without it.");
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new CatchmentException(file + ": the analysis file does not exist. Check the path.");
        }
        open(file);
        return Main.OK;
    }

    @Override
    public void run() {
        call();
    }

    /** @return true when a window can be shown: a display is set and this is not a CI run */
    static boolean displayAvailable() {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return !"true".equalsIgnoreCase(System.getenv("CI"))
                && ((display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank()));
    }

    /** Opens the app and returns when its window is closed. */
    static void open(Path analysis) {
        DesktopLauncher.launch(analysis == null ? null : analysis.toAbsolutePath());
    }
}
