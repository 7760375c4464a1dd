package org.catchment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The support log: appended lines, stack traces, library warnings, rotation, and no log when it cannot be written. */
class RunLogTest {

    @TempDir
    Path dir;

    @Test
    void linesAndErrorsAreAppendedInTheFolder() throws IOException {
        RunLog log = RunLog.open(dir.resolve("logs"));
        log.line("start");
        log.error("unexpected error", new IllegalStateException("boom"));
        RunLog.open(dir.resolve("logs")).line("second run");
        String text = Files.readString(dir.resolve("logs").resolve("catchment.log"), StandardCharsets.UTF_8);
        assertThat(text).contains("start", "unexpected error", "java.lang.IllegalStateException: boom",
                "at org.catchment.RunLogTest", "second run");
        assertThat(text.indexOf("start")).isLessThan(text.indexOf("second run"));
    }

    @Test
    void anOversizedLogIsMovedAsideAtTheNextStart() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.write(logs.resolve("catchment.log"), new byte[(int) RunLog.MAX_BYTES + 1]);
        RunLog.open(logs).line("fresh");
        assertThat(Files.size(logs.resolve("catchment.log.1"))).isEqualTo(RunLog.MAX_BYTES + 1);
        assertThat(Files.readString(logs.resolve("catchment.log"), StandardCharsets.UTF_8)).contains("fresh").hasSizeLessThan(200);
    }

    @Test
    void libraryWarningsAreCaptured() throws IOException {
        RunLog log = RunLog.open(dir);
        Handler handler = log.captureLibraryWarnings();
        try {
            Logger.getLogger("org.geotools.test").warning("no EPSG database");
            Logger.getLogger("org.geotools.test").info("ignored below warnings");
        } finally {
            Logger.getLogger("").removeHandler(handler);
        }
        String text = Files.readString(dir.resolve("catchment.log"), StandardCharsets.UTF_8);
        assertThat(text).contains("WARNING [org.geotools.test] no EPSG database").doesNotContain("ignored below");
    }

    @Test
    void aFolderThatCannotBeMadeGivesALogThatWritesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        RunLog log = RunLog.open(file.resolve("logs"));
        log.line("nowhere");
        assertThat(log.file()).isNull();
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}
