package org.catchment.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.catchment.ui.model.Jobs;

/**
 * Runs slow work (reading, running, exporting) on a daemon thread and hands the outcome back on
 * the FX thread: the app's {@link Jobs}. Every background job of the app but the map's renders
 * (which go through {@link org.catchment.ui.model.LatestWins}) starts here.
 */
public final class Background implements Jobs {

    private static final Background FX = new Background();

    private Background() {
    }

    /** @return the jobs of the app: work on daemon threads, outcomes on the FX thread */
    public static Jobs jobs() {
        return FX;
    }

    /**
     * @param name   the thread's name after "catchment-"
     * @param work   the work, off the FX thread
     * @param done   called on the FX thread with the work's value
     * @param failed called on the FX thread with what the work threw
     */
    public static <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        FX.submit(name, work, done, failed);
    }

    @Override
    public <T> void submit(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
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

    @Override
    public void later(Runnable action) {
        Platform.runLater(action);
    }
}
