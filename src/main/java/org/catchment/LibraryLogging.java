package org.catchment;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps the libraries' logging off the terminal: GeoTools (and its EPSG database), NGA GeoPackage
 * and JavaFX log through {@code java.util.logging}; GraphHopper, h2gis and SQLite's JDBC driver
 * through slf4j, which slf4j-jdk14 hands to {@code java.util.logging} too. Left to the JVM's
 * console handler, their lines ("Disposing ... backing store", "WARN WaySegmentParser - Loop in
 * OSM way") would be printed on standard error among Catchment's messages, with Java class names.
 * Their warnings go to the run log instead ({@link RunLog#captureLibraryWarnings}), their lower
 * levels nowhere ({@code library-logging.properties}); when there is no log file, the console
 * handler is kept for warnings and worse only, so none is lost. Every entry point sets it up first
 * thing: the command line and the app ({@code cli.Main}) and the benchmarks' own
 * {@code bench.Benchmarks}.
 */
public final class LibraryLogging {

    /** The levels: warnings and worse, h2gis's errors only; beside this class. */
    private static final String LEVELS = "library-logging.properties";

    private LibraryLogging() {
    }

    /**
     * Sets the libraries' levels, sends their warnings to the log and takes the console handlers
     * off the root logger (or, without a log file, limits them to warnings).
     *
     * @param log the run log
     */
    public static void setUp(RunLog log) {
        try (InputStream levels = LibraryLogging.class.getResourceAsStream(LEVELS)) {
            LogManager.getLogManager().readConfiguration(levels);
        } catch (IOException | RuntimeException e) {
            // the JVM's defaults stay; the console handlers are still dealt with below
        }
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
