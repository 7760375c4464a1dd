package org.catchment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The libraries' logging set-up ({@link LibraryLogging}, as {@code cli.Main} makes it): GeoTools'
 * {@code java.util.logging} lines and GraphHopper's and h2gis's slf4j lines, which the JVM's default
 * console handler prints on standard error, never reach the terminal; their warnings reach the run
 * log (h2gis's errors only).
 */
class LibraryLoggingTest {

    /** The logger of GeoTools' EPSG factories, which log "Disposing ... backing store" at INFO. */
    private static final String GEOTOOLS = "org.geotools.referencing.factory";
    /** The logger of GraphHopper's OpenStreetMap reader, which warns through slf4j. */
    private static final String GRAPHHOPPER = "com.graphhopper.reader.osm.WaySegmentParser";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream original;

    /**
     * A JVM's logging as it starts (the JDK's own conf/logging.properties: a console handler and
     * every logger at INFO), its console handler writing to a standard error the test reads.
     */
    @BeforeEach
    void freshLogging() throws IOException {
        original = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(("handlers = java.util.logging.ConsoleHandler\n"
                + ".level = INFO\njava.util.logging.ConsoleHandler.level = INFO\n").getBytes(StandardCharsets.ISO_8859_1)));
    }

    @AfterEach
    void restore() throws IOException {
        System.setErr(original);
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void libraryInfoNeverReachesTheTerminalAndItsWarningsGoToTheRunLog() throws IOException {
        Logger geotools = Logger.getLogger(GEOTOOLS);
        geotools.info("before the set-up");
        flush();
        assertThat(printed()).as("the JVM's default prints library INFO on standard error").contains("before the set-up");
        stderr.reset();

        LibraryLogging.setUp(RunLog.open(dir));
        geotools.info("Disposing class EsriExtension backing store");
        geotools.warning("no EPSG database");
        flush();

        assertThat(printed()).as("nothing of the libraries on the terminal").isEmpty();
        assertThat(Files.readString(dir.resolve("catchment.log"), StandardCharsets.UTF_8))
                .contains("WARNING [" + GEOTOOLS + "] no EPSG database").doesNotContain("Disposing");
    }

    @Test
    void withoutALogFileWarningsStillReachTheTerminalButNothingBelow() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        LibraryLogging.setUp(RunLog.open(notAFolder.resolve("logs")));
        Logger geotools = Logger.getLogger(GEOTOOLS);
        geotools.info("Disposing class EsriExtension backing store");
        geotools.warning("no EPSG database");
        flush();
        assertThat(printed()).contains("no EPSG database").doesNotContain("Disposing");
    }

    @Test
    void slf4jWarningsOfALibraryGoToTheRunLogNotTheTerminal() throws IOException {
        org.slf4j.Logger graphhopper = LoggerFactory.getLogger(GRAPHHOPPER);
        graphhopper.warn("before the set-up");
        flush();
        assertThat(printed()).as("the JVM's default prints slf4j warnings on standard error").contains("before the set-up");
        stderr.reset();

        LibraryLogging.setUp(RunLog.open(dir));
        graphhopper.info("Creating graph. Size: 5");
        graphhopper.warn("Loop in OSM way: {}, will be ignored, duplicate node: {}", 106, 7);
        org.slf4j.Logger h2gis = LoggerFactory.getLogger("org.h2gis.functions.io.dbf.internal.DbaseFileReader");
        h2gis.warn("There was an error parsing a date. Ignoring it.");
        h2gis.error("the dBase file is damaged");
        flush();

        assertThat(printed()).as("nothing of the libraries on the terminal").isEmpty();
        assertThat(Files.readString(dir.resolve("catchment.log"), StandardCharsets.UTF_8))
                .contains("WARNING [" + GRAPHHOPPER + "] Loop in OSM way: 106, will be ignored, duplicate node: 7")
                .contains("SEVERE [org.h2gis.functions.io.dbf.internal.DbaseFileReader] the dBase file is damaged")
                .doesNotContain("Creating graph").doesNotContain("parsing a date");
    }

    private static void flush() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
    }

    private String printed() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
