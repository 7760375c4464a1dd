package org.catchment.ui.model;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where view models send slow work: off the UI thread, with the outcome handed back on it. The
 * app's implementation is {@code ui.common.Background} (a daemon thread per job, the outcome on the
 * JavaFX thread); tests queue the work and run it step by step, so no toolkit is needed.
 */
public interface Jobs {

    /**
     * @param name   what the job does, for its thread's name
     * @param work   the work, run off the UI thread
     * @param done   receives the work's value on the UI thread
     * @param failed receives what the work threw on the UI thread
     */
    <T> void submit(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs a short action (such as showing a progress report from a job) on the UI thread. */
    void later(Runnable action);
}
