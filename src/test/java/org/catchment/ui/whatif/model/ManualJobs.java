package org.catchment.ui.whatif.model;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.catchment.ui.model.Jobs;

/**
 * Background work for the view-model tests, held until the test runs it ({@link #runAll}), on the
 * test's thread: an executor (a latest-wins worker) and {@link Jobs} (work, then its outcome and
 * what it hands to the UI thread, in the order given).
 */
class ManualJobs implements Executor, Jobs {

    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable r) {
        tasks.add(r);
    }

    @Override
    public <T> void submit(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        tasks.add(() -> {
            try {
                done.accept(work.call());
            } catch (Exception e) {
                failed.accept(e);
            }
        });
    }

    @Override
    public void later(Runnable action) {
        tasks.add(action);
    }

    /** @return true when nothing waits */
    boolean isIdle() {
        return tasks.isEmpty();
    }

    /** Runs what is waiting, and what that adds, until nothing waits. */
    void runAll() {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }
}
