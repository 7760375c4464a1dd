package org.catchment.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.catchment.About;
import org.junit.jupiter.api.Test;

/** The one line a crash shows (never a class name) and the report it copies. */
class CrashReportTest {

    @Test
    void theLineSaysWhatTheAppWasDoingAndNamesNoClass() {
        CrashReport r = CrashReport.of(new IllegalArgumentException("Comparison method violates its general contract!"),
                "catchment-open");
        assertThat(r.reason()).isEqualTo("An unexpected error in Catchment stopped opening the analysis.");
        assertThat(CrashReport.of(new NullPointerException(), "JavaFX Application Thread").reason())
                .isEqualTo("An unexpected error in Catchment stopped what it was doing.");
        assertThat(CrashReport.of(new IllegalStateException(), "catchment-unknown-job").reason())
                .isEqualTo("An unexpected error in Catchment stopped what it was doing.");
        assertThat(r.details()).startsWith("Catchment " + About.version() + System.lineSeparator() + About.runtime())
                .contains("Thread: catchment-open",
                        "java.lang.IllegalArgumentException: Comparison method violates its general contract!",
                        "at org.catchment.ui.model.CrashReportTest");
    }

    @Test
    void memoryAndFilesHaveTheirOwnLines() {
        Error oom = new OutOfMemoryError("Java heap space");
        assertThat(CrashReport.of(new RuntimeException(oom), "catchment-run").reason())
                .startsWith("Catchment ran out of memory.").doesNotContain("OutOfMemoryError");
        UncheckedIOException io = new UncheckedIOException(new AccessDeniedException("/data/out/map.png", null,
                "Permission denied"));
        assertThat(CrashReport.of(io, "catchment-export").reason())
                .isEqualTo("A file could not be read or written: /data/out/map.png (Permission denied).");
    }
}
