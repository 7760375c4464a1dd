package org.catchment.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Named points of a run where a test can hold it, to stop it there with a signal: the system
 * property {@code catchment.pause} lists point names (comma-separated) and
 * {@code catchment.pause.dir} a folder. On reaching a listed point the run writes
 * {@code <dir>/<point>.paused} (holding its process id) and waits until {@code <dir>/<point>.resume}
 * exists, at most {@value #MAX_WAIT_MS} ms. Without the property a point costs one property read.
 *
 * <p>The points: {@code network-build} (a network built into the cache's hidden folder, not yet
 * kept), {@code network-loaded} (a network reloaded from the cache, its lease held), {@code export-staged}
 * (every output written to the staging folder, none moved), {@code export-backup} (half the old
 * outputs moved aside), {@code export-install} (half the new outputs moved into place),
 * {@code resume-part-N} (part N of the resume folder written and forced to disk, not yet renamed into place).
 */
public final class PausePoints {

    /** The longest a point waits for its resume file. */
    public static final long MAX_WAIT_MS = 60_000;

    private PausePoints() {
    }

    /** Holds the run at a named point if the {@code catchment.pause} property names it. */
    public static void reach(String point) {
        String names = System.getProperty("catchment.pause");
        String dir = System.getProperty("catchment.pause.dir");
        if (names == null || dir == null) {
            return;
        }
        List<String> points = Arrays.stream(names.split(",")).map(String::strip).toList();
        if (!points.contains(point)) {
            return;
        }
        Path folder = Path.of(dir);
        try {
            Files.writeString(folder.resolve(point + ".paused"), Long.toString(ProcessHandle.current().pid()),
                    StandardCharsets.UTF_8);
            long end = System.currentTimeMillis() + MAX_WAIT_MS;
            while (!Files.exists(folder.resolve(point + ".resume")) && System.currentTimeMillis() < end) {
                Thread.sleep(10);
            }
        } catch (IOException e) {
            // a test hook only: an unwritable folder means no pause
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
