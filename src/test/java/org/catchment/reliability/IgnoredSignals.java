package org.catchment.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The signals a process ignores, from the {@code SigIgn} mask of {@code /proc/<pid>/status}
 * (Linux; bit n-1 is signal n). A child process inherits them: a test JVM started from a shell's
 * background job ({@code mvn verify &} in a script) ignores SIGINT, and so does every child JVM it
 * starts, which a SIGINT then never stops.
 */
final class IgnoredSignals {

    /** SIGINT's number (Ctrl-C). */
    static final int SIGINT = 2;

    private static final Path OWN_STATUS = Path.of("/proc/self/status");

    private IgnoredSignals() {
    }

    /**
     * @param status the text of a {@code /proc/<pid>/status} file
     * @param signal the signal's number
     * @return whether its {@code SigIgn} mask has the signal; false when the text has no such mask
     */
    static boolean ignores(String status, int signal) {
        return status.lines().filter(l -> l.startsWith("SigIgn:")).findFirst()
                .map(l -> (Long.parseUnsignedLong(l.substring("SigIgn:".length()).strip(), 16) >>> (signal - 1) & 1) == 1)
                .orElse(false);
    }

    /** @return whether this JVM ignores the signal, and so the child processes it starts; false where /proc cannot tell */
    static boolean ignoredHere(int signal) {
        try {
            return Files.isReadable(OWN_STATUS) && ignores(Files.readString(OWN_STATUS, StandardCharsets.UTF_8), signal);
        } catch (IOException e) {
            return false;
        }
    }
}
