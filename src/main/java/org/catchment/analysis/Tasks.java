package org.catchment.analysis;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.catchment.CancelledException;

/**
 * Waiting for work run on a pool or thread of its own (the facility types of a run, the
 * candidates of a siting, a GeoPackage begun early): the task's own failure is thrown as it was,
 * and an interrupted wait is a cancellation, or, for work that must have ended, waits on.
 */
public final class Tasks {

    private Tasks() {
    }

    /** @return the task's result, once it is done */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw failure(e);
        }
    }

    /**
     * @return the task's result, once it is done, waiting on when interrupted (the interrupt is
     *     kept for the caller): for work that must have ended before the caller goes on, such as
     *     a file being written into a folder that is about to be removed
     */
    public static <T> T awaitEnd(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw failure(e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @return the task's own failure, to be thrown as it was */
    private static RuntimeException failure(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
            return re;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e.getCause());
    }
}
