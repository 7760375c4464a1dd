package org.catchment.ui.model;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs background jobs of which only the latest matters, such as re-rendering the map while the
 * user drags: a job that was overtaken by a newer one before it started is skipped, and the result
 * of one overtaken while running is dropped. Results are delivered on the delivery executor (the
 * FX thread in the app, the calling thread in tests).
 *
 * @param <T> the job's result
 */
public final class LatestWins<T> {

    private final Executor worker;
    private final Executor delivery;
    private final ExecutorService own;
    private final AtomicLong latest = new AtomicLong();

    /**
     * @param worker   runs the jobs, one at a time (a single-thread executor)
     * @param delivery receives results of jobs still the latest when they finish
     */
    public LatestWins(Executor worker, Executor delivery) {
        this(worker, delivery, null);
    }

    private LatestWins(Executor worker, Executor delivery, ExecutorService own) {
        this.worker = worker;
        this.delivery = delivery;
        this.own = own;
    }

    /**
     * @param threadName the name of the worker thread
     * @param delivery   receives results (the FX thread in the app)
     * @return jobs run one at a time on a daemon thread of their own, stopped by {@link #shutdown()}
     */
    public static <T> LatestWins<T> onOwnThread(String threadName, Executor delivery) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        return new LatestWins<>(worker, delivery, worker);
    }

    /** Makes every job stale and stops the thread of {@link #onOwnThread}; no job is taken after it. */
    public void shutdown() {
        cancelAll();
        if (own != null) {
            own.shutdownNow();
        }
    }

    /** @return true once {@link #shutdown()} stopped the worker of {@link #onOwnThread} */
    public boolean isShutdown() {
        return own != null && own.isShutdown();
    }

    /**
     * @param job    the work, run on the worker
     * @param result receives the job's result on the delivery executor, if no newer job was submitted
     * @param failed receives the job's exception on the delivery executor, if no newer job was submitted;
     *               after {@link #shutdown()} the job is not run at all
     */
    public void submit(Supplier<T> job, Consumer<T> result, Consumer<RuntimeException> failed) {
        submitStoppable(stale -> job.get(), result, failed);
    }

    /**
     * As {@link #submit}, for work that can stop early (a scenario's searches): the job is given a
     * test that turns true once a newer job has been submitted, when its result would be dropped
     * anyway.
     */
    public void submitStoppable(Function<BooleanSupplier, T> job, Consumer<T> result,
                                Consumer<RuntimeException> failed) {
        if (isShutdown()) {
            return;
        }
        long id = latest.incrementAndGet();
        BooleanSupplier stale = () -> latest.get() != id;
        worker.execute(() -> {
            if (stale.getAsBoolean()) {
                return;
            }
            try {
                T value = job.apply(stale);
                delivery.execute(() -> {
                    if (!stale.getAsBoolean()) {
                        result.accept(value);
                    }
                });
            } catch (RuntimeException e) {
                delivery.execute(() -> {
                    if (!stale.getAsBoolean()) {
                        failed.accept(e);
                    }
                });
            }
        });
    }

    /** Makes every job submitted so far stale: none of their results will be delivered. */
    public void cancelAll() {
        latest.incrementAndGet();
    }
}
