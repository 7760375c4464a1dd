package org.catchment;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log file for support, {@code catchment.log} in the per-user log folder ({@link UserDirs#logs()}):
 * one line when Catchment starts (version, Java, platform, command), the details of unexpected
 * errors (stack traces, which the terminal and the app never show by default) and the libraries'
 * {@code java.util.logging} warnings (GeoTools). Appended to by every run; moved to
 * {@code catchment.log.1} once over {@link #MAX_BYTES}. A log that cannot be written is skipped
 * silently: logging never stops a run.
 */
public final class RunLog {

    /** The size past which the log is moved aside at the next start. */
    public static final long MAX_BYTES = 1_000_000;

    private static volatile RunLog current;

    private final Path file;

    private RunLog(Path file) {
        this.file = file;
    }

    /**
     * Opens the log in a folder (creating it), rotating an oversized one, and makes it the one
     * {@link #current()} returns.
     *
     * @param folder the log folder, normally {@code UserDirs.current().logs()}
     * @return the log, or a log that writes nothing when the folder cannot be created
     */
    public static RunLog open(Path folder) {
        RunLog log = new RunLog(null);
        try {
            Files.createDirectories(folder);
            Path f = folder.resolve("catchment.log");
            if (Files.isRegularFile(f) && Files.size(f) > MAX_BYTES) {
                Files.move(f, folder.resolve("catchment.log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            log = new RunLog(f);
        } catch (IOException | SecurityException e) {
            // no log: runs go on without one
        }
        current = log;
        return log;
    }

    /** @return the log opened last, or one that writes nothing if none was opened */
    public static RunLog current() {
        RunLog log = current;
        return log == null ? new RunLog(null) : log;
    }

    /** @return the log file, or null when there is none */
    public Path file() {
        return file;
    }

    /** Appends one line, stamped with the time. */
    public void line(String text) {
        append(OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " " + text + System.lineSeparator());
    }

    /** Appends a line and the stack trace of an error. */
    public void error(String text, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        line(text);
        append(trace.toString());
    }

    /**
     * Sends {@code java.util.logging} warnings and worse (GeoTools logs through it) to this log as well.
     *
     * @return the handler added to the root logger (to remove it again), or null when there is no log file
     */
    public Handler captureLibraryWarnings() {
        if (file == null) {
            return null;
        }
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    String where = r.getLoggerName() == null ? "" : " [" + r.getLoggerName() + "]";
                    if (r.getThrown() != null) {
                        error(r.getLevel() + where + " " + r.getMessage(), r.getThrown());
                    } else {
                        line(r.getLevel() + where + " " + r.getMessage());
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.WARNING);
        Logger.getLogger("").addHandler(handler);
        return handler;
    }

    private synchronized void append(String text) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | SecurityException e) {
            // the log is best effort
        }
    }
}
