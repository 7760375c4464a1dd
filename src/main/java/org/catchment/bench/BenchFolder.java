package org.catchment.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.io.FileTrees;

/**
 * A case's temporary folder (its input files, the run's outputs), removed when the case ends and
 * also when the bench is stopped while it exists (Ctrl-C, SIGTERM): a shutdown hook, registered for
 * as long as the folder is open, deletes it. A SIGKILL runs no hook; its folder stays in the
 * temporary directory.
 */
final class BenchFolder implements AutoCloseable {

    private final Path path;
    private final Thread hook;

    private BenchFolder(Path path) {
        this.path = path;
        this.hook = new Thread(() -> FileTrees.deleteQuietly(path), "catchment-bench-cleanup");
    }

    /** @return a new empty folder in the temporary directory, named from the prefix */
    static BenchFolder create(String prefix) {
        try {
            BenchFolder folder = new BenchFolder(Files.createTempDirectory(prefix));
            Runtime.getRuntime().addShutdownHook(folder.hook);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the folder */
    Path path() {
        return path;
    }

    /** @return the shutdown hook that deletes the folder if the program stops while it is open */
    Thread hook() {
        return hook;
    }

    /** Deletes the folder and withdraws its hook. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the program is stopping: the hook deletes the folder too
        }
        FileTrees.deleteQuietly(path);
    }
}
