package org.catchment.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.catchment.RunLog;

/**
 * Keeps the libraries' {@code java.util.logging} (GeoTools, its EPSG database, JavaFX) off the
 * terminal: the JVM's own console handler would print their INFO lines ("Disposing ... backing
 * store") and their warnings with Java class names on standard error, among Catchment's messages.
 * Their warnings go to the run log instead ({@link RunLog#captureLibraryWarnings}); when there is
 * no log file, the console handler is kept for warnings and worse only, so none is lost.
 */
final class LibraryLogging {

    private LibraryLogging() {
    }

    /**
     * Sends library warnings to the log and takes the console handlers off the root logger (or,
     * without a log file, limits them to warnings).
     *
     * @param log the run log
     */
    static void setUp(RunLog log) {
        Handler toLog = log.captureLibraryWarnings();
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                if (toLog != null) {
                    root.removeHandler(h);
                } else {
                    h.setLevel(Level.WARNING);
                }
            }
        }
    }
}
