package org.catchment.io;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Names a running process in the names of the hidden folders and lock files it leaves while it
 * works ({@code <pid>-<start time in seconds>}), so that a later run can tell the leftovers of a dead
 * process from those of a live one: the process id alone may have been reused, the pair is not.
 */
public final class ProcessTokens {

    private static final String CURRENT = ProcessHandle.current().pid() + "-" + startSeconds(ProcessHandle.current());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private ProcessTokens() {
    }

    /** @return the token of this process */
    public static String current() {
        return CURRENT;
    }

    /**
     * @param token a token as {@link #current()} gives it, possibly from another process
     * @return true unless the process is known to be gone: no process has that id, or it started at
     *     another time (a malformed token counts as alive, so nothing of unknown origin is removed)
     */
    public static boolean isAlive(String token) {
        Optional<long[]> parts = parse(token);
        if (parts.isEmpty()) {
            return true;
        }
        long pid = parts.get()[0];
        long start = parts.get()[1];
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return false;
        }
        long actual = startSeconds(handle.get());
        return start == 0 || actual == 0 || Math.abs(actual - start) <= 1;
    }

    /** @return "process 1234, started 2025-12-07 10:03:12" for a token, or the token as it is */
    public static String describe(String token) {
        return parse(token).map(p -> "process " + p[0] + (p[1] == 0 ? "" : ", started "
                + TIME.format(Instant.ofEpochSecond(p[1])))).orElse(token);
    }

    /** @return the token at the start of a name such as {@code 1234-1765100000-rest}, or empty */
    public static Optional<String> in(String name) {
        String[] parts = name.split("-", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String token = parts[0] + "-" + parts[1];
        return parse(token).isPresent() ? Optional.of(token) : Optional.empty();
    }

    private static Optional<long[]> parse(String token) {
        String[] parts = token.split("-");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long startSeconds(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::getEpochSecond).orElse(0L);
    }
}
