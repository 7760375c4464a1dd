package org.catchment.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import org.catchment.CatchmentException;
import org.catchment.RunLog;
import org.catchment.ui.DesktopLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code catchment app [ANALYSIS.yml]}: opens the desktop app, on an analysis file if given. */
@Command(name = "app", mixinStandardHelpOptions = true, description = "Open the desktop app, optionally on an analysis file.")
final class AppCommand implements Callable<Integer>, Runnable {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ANALYSIS.yml", description = "an analysis file to open")
    Path file;

    @Option(names = "--timing", description = "print the time from launch to the first frame of the window, then close it")
    boolean timing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!displayAvailable()) {
            throw new CatchmentException("There is no display, so the desktop app cannot open."
                    + " Use 'catchment run ANALYSIS.yml' to run an analysis without it.");
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new CatchmentException(file + ": the analysis file does not exist. Check the path.");
        }
        if (timing) {
            PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
            DesktopLauncher.launch(file == null ? null : file.toAbsolutePath(), ms -> {
                out.println("First window frame drawn " + ms + " ms after launch");
                out.flush();
                RunLog.current().line("first window frame drawn " + ms + " ms after launch");
            });
        } else {
            open(file);
        }
        return Main.OK;
    }

    @Override
    public void run() {
        call();
    }

    /** @return true when a window can be shown here (see {@link #displayAvailable(String, Map)}) */
    static boolean displayAvailable() {
        return displayAvailable(System.getProperty("os.name", ""), System.getenv());
    }

    /**
     * @return true when a window can be shown: not a CI run, and on Linux and other X11/Wayland systems a
     *     display is set ({@code DISPLAY} or {@code WAYLAND_DISPLAY}); Windows and macOS always have one
     */
    static boolean displayAvailable(String osName, Map<String, String> env) {
        if ("true".equalsIgnoreCase(env.get("CI"))) {
            return false;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        String display = env.get("DISPLAY");
        String wayland = env.get("WAYLAND_DISPLAY");
        return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
    }

    /** Opens the app and returns when its window is closed. */
    static void open(Path analysis) {
        DesktopLauncher.launch(analysis == null ? null : analysis.toAbsolutePath(), null);
    }
}
