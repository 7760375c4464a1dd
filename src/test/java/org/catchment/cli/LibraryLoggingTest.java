package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.catchment.RunLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's logging set-up ({@link LibraryLogging}, as {@link Main#main} makes it): GeoTools'
 * {@code java.util.logging} lines, which the JVM's default console handler prints on standard
 * error, never reach the terminal; its warnings reach the run log.
 */
class LibraryLoggingTest {

    /** The logger of GeoTools' EPSG factories, which log "Disposing ... backing store" at INFO. */
    private static final String GEOTOOLS = "org.geotools.referencing.factory";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream original;

    /** A JVM's logging as it starts, its console handler writing to a standard error the test reads. */
    @BeforeEach
    void freshLogging() throws IOException {
        original = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        LogManager.getLogManager().readConfiguration();
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

    private static void flush() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
    }

    private String printed() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
