package org.catchment.ui.model;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.catchment.About;
import org.catchment.RunLog;

/**
 * An unexpected error in the app (a bug, not bad input): the one line to show the user, never
 * naming a Java class, and the details for a bug report (version, Java runtime, thread, time and
 * the stack trace), which the crash dialog copies on request and the log file keeps.
 *
 * @param reason  one line for the user
 * @param details the text of a bug report
 */
public record CrashReport(String reason, String details) {

    /** What the app's background jobs do, by job name (the thread is named {@code catchment-NAME}). */
    private static final Map<String, String> JOBS = Map.of(
            "open", "opening the analysis",
            "inputs", "drawing the analysis's inputs",
            "run", "running the analysis",
            "export", "exporting",
            "sample", "copying the sample town",
            "tables", "reading the GeoPackage's tables",
            "columns", "reading the CSV file's columns",
            "estimate", "checking the layer's size",
            "add", "adding the layer");

    /**
     * @param error  what was thrown
     * @param thread the name of the thread it was thrown in, or null
     * @return the report
     */
    public static CrashReport of(Throwable error, String thread) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String details = "Catchment " + About.version() + System.lineSeparator()
                + About.runtime() + System.lineSeparator()
                + "Thread: " + (thread == null ? "unknown" : thread) + System.lineSeparator()
                + "Time: " + OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + System.lineSeparator()
                + System.lineSeparator() + trace;
        return new CrashReport(reason(error, thread), details);
    }

    /** Writes the report to the log file. */
    public void log(RunLog log) {
        log.line("crash: " + reason);
        log.line(details);
    }

    /** @return the line for the user: what kind of failure, and what the app was doing when it is known */
    static String reason(Throwable error, String thread) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return "Catchment ran out of memory. Close other programs or give Java more memory (see the user"
                        + " guide: Install, Memory), then try again.";
            }
            if (t instanceof FileSystemException f && f.getFile() != null) {
                return "A file could not be read or written: " + f.getFile()
                        + (f.getReason() == null ? "" : " (" + f.getReason() + ")") + ".";
            }
        }
        String doing = thread != null && thread.startsWith("catchment-") ? JOBS.get(thread.substring(10)) : null;
        return "An unexpected error in Catchment stopped " + (doing == null ? "what it was doing" : doing) + ".";
    }
}
