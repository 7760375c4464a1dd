package org.catchment.analysis;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.catchment.CancelledException;

/**
 * Waiting for work run on a pool (the facility types of a run, the candidates of a siting): the
 * task's own failure is thrown as it was, and an interrupted wait is a cancellation.
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
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
