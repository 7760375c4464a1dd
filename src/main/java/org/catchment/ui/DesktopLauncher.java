package org.catchment.ui;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import javafx.application.Application;

/**
 * Starts the desktop app; the command line's {@code app} command calls this. It is not the
 * {@code Application} subclass (that would fail on the class path) and it keeps JavaFX's native
 * libraries in the temporary folder rather than the home folder ({@code javafx.cachedir}).
 */
public final class DesktopLauncher {

    private static volatile Path initial;
    private static volatile LongConsumer firstFrame;

    private DesktopLauncher() {
    }

    /**
     * Opens the main window and blocks until it is closed. Can be called once per JVM (a JavaFX rule).
     *
     * @param analysisOrNull an analysis file to open at once, or null for an empty window
     * @param timingOrNull   when given, told the milliseconds from the process's start to the first frame
     *                       of the main window drawn, after which the app closes (the {@code --timing} flag)
     */
    public static void launch(Path analysisOrNull, LongConsumer timingOrNull) {
        initial = analysisOrNull == null ? null : analysisOrNull.toAbsolutePath().normalize();
        firstFrame = timingOrNull;
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

    /** @return the listener of the first frame's time given to {@link #launch}, or null */
    static LongConsumer firstFrameListener() {
        return firstFrame;
    }
}
