package org.catchment.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes temporary folders (staging areas, half-built caches) on the way out of a step. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Deletes a folder and everything in it, ignoring failures (temporary folders only). */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(AtomicOutput::deleteQuietly);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless: it is hidden and never read as a result
        }
    }
}
