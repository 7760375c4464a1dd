package org.catchment.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@link Jobs} for tests, on one thread: submitted work waits until {@link #work()} runs it, and
 * what it hands to the UI thread (its outcome, progress) waits until {@link #ui()}; so a test can
 * look at the state between any two steps.
 */
final class QueuedJobs implements Jobs {

    private final Deque<Runnable> work = new ArrayDeque<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();

    @Override
    public <T> void submit(String name, Callable<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        work.add(() -> {
            try {
                T value = job.call();
                ui.add(() -> done.accept(value));
            } catch (Exception | Error e) {
                ui.add(() -> failed.accept(e));
            }
        });
    }

    @Override
    public void later(Runnable action) {
        ui.add(action);
    }

    /** @return the number of jobs waiting */
    int waiting() {
        return work.size();
    }

    /** Runs the oldest waiting job. */
    void work() {
        work.remove().run();
    }

    /** Runs everything handed to the UI thread so far. */
    void ui() {
        while (!ui.isEmpty()) {
            ui.remove().run();
        }
    }

    /** Runs every job and then everything they handed to the UI thread. */
    void all() {
        while (!work.isEmpty()) {
            work();
        }
        ui();
    }
}
