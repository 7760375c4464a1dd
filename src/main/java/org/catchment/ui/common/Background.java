package org.catchment.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs slow work (reading, exporting) on a daemon thread and hands the outcome back on the FX thread. */
public final class Background {

    private Background() {
    }

    /**
     * @param name   the thread's name after "catchment-"
     * @param work   the work, off the FX thread
     * @param done   called on the FX thread with the work's value
     * @param failed called on the FX thread with what the work threw
     */
    public static <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        Thread t = new Thread(task, "catchment-" + name);
        t.setDaemon(true);
        t.start();
    }
}
