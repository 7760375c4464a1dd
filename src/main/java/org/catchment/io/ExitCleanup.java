package org.catchment.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.catchment.CancelledException;

/**
 * Removes the hidden working folders of a run (an export's staging folder, a network cache being
 * built) when the program is stopped by SIGTERM or SIGINT (Ctrl-C) or ends while they exist: one
 * shutdown hook deletes every folder registered and not yet released.
 *
 * <p>A step that must not be cut in two (the moves that swap a set of outputs, the rename that
 * publishes a cache) runs {@link #guarded}: the hook waits for it to end, and once the hook has
 * started no guarded step begins ({@link CancelledException}). A SIGKILL or a power cut runs no
 * hook; what it leaves is removed or recovered by the next run (by process token,
 * {@link ProcessTokens}).
 */
public final class ExitCleanup {

    /** A step that may throw {@link IOException}. */
    @FunctionalInterface
    public interface Step {
        void run() throws IOException;
    }

    /** A registered folder; close it once the folder is gone or has become a result. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private static final ReentrantLock GUARD = new ReentrantLock();
    private static final Set<Path> FOLDERS = new LinkedHashSet<>();
    private static boolean hooked;
    private static volatile boolean exiting;

    private ExitCleanup() {
    }

    /** Registers a folder (or a file) to delete if the program stops while it exists. */
    public static Registration deleteOnExit(Path folder) {
        synchronized (FOLDERS) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(ExitCleanup::onExit, "catchment-exit-cleanup"));
                hooked = true;
            }
            FOLDERS.add(folder);
        }
        return () -> {
            synchronized (FOLDERS) {
                FOLDERS.remove(folder);
            }
        };
    }

    /**
     * Runs a step the exit hook must not interrupt: the hook waits for it to end.
     *
     * @throws CancelledException if the program is already stopping (the step is not started)
     */
    public static void guarded(Step step) throws IOException {
        GUARD.lock();
        try {
            if (exiting) {
                throw new CancelledException();
            }
            step.run();
        } finally {
            GUARD.unlock();
        }
    }

    private static void onExit() {
        GUARD.lock();
        try {
            exiting = true;
            List<Path> folders;
            synchronized (FOLDERS) {
                folders = new ArrayList<>(FOLDERS);
            }
            folders.forEach(FileTrees::deleteQuietly);
        } finally {
            GUARD.unlock();
        }
    }
}
