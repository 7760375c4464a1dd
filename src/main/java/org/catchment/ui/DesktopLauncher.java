package org.catchment.ui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the desktop app; the command line's {@code app} command calls this. It is not the
 * {@code Application} subclass (that would fail on the class path) and it keeps JavaFX's native
 * libraries in the temporary folder rather than the home folder ({@code javafx.cachedir}).
 */
public final class DesktopLauncher {

    private static volatile Path initial;

    private DesktopLauncher() {
    }

    /**
     * Opens the main window and blocks until it is closed. Can be called once per JVM (a JavaFX rule).
     *
     * @param analysisOrNull an analysis file to open at once, or null for an empty window
     */
    public static void launch(Path analysisOrNull) {
        initial = analysisOrNull == null ? null : analysisOrNull.toAbsolutePath().normalize();
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir",
                    Path.of(System.getProperty("java.io.tmpdir"), "catchment-javafx").toString());
        }
        Application.launch(CatchmentApp.class);
    }

    /** @return the file given to {@link #launch}, or null */
    static Path initialFile() {
        return initial;
    }
}
