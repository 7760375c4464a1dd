package org.catchment.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;

/**
 * Runs numbered tasks (the tiles of a run) several at once and hands their results to one consumer
 * strictly in number order, on the calling thread: what the consumer writes is the same, byte for
 * byte, whatever the parallelism. At most {@code k} tasks are under way or finished and waiting
 * for the consumer at any time (task {@code i + k} starts only once result {@code i} has been
 * consumed), so memory is bounded by {@code k} tasks' worth however many there are; a slow task
 * holds the later ones back rather than letting their results pile up. The tasks may also share a
 * budget (the heap a tiled run's tiles may take, {@link TileMemory}): a task starts only when its
 * estimated cost fits beside those under way, or alone; the results do not depend on it.
 *
 * <p>The first failure (of a task or of the consumer) stops the work: the other tasks are told to
 * stop (their {@code stopped} flag turns true and their threads are interrupted), the work waits
 * for them to end, and the failure is thrown as it was ({@link Tasks#await}). A cancellation
 * (the run's flag, polled while waiting) stops it the same way with {@link CancelledException}.
 */
public final class OrderedWork {

    /** How often the waiting thread looks at the cancellation flag and the other tasks. */
    private static final long POLL_MS = 50;

    /** One numbered task. */
    @FunctionalInterface
    public interface Task<T> {
        /**
         * @param index   the task's number
         * @param stopped turns true when the work stops (a failure elsewhere, or a cancellation): poll it
         * @return the task's result, handed to the consumer
         */
        T run(int index, BooleanSupplier stopped);
    }

    /** Receives the results in number order. */
    @FunctionalInterface
    public interface Consumer<T> {
        void accept(int index, T result) throws IOException;
    }

    private OrderedWork() {
    }

    /**
     * @param processors the most tasks to run at once
     * @param taskBytes  the heap one task needs at its peak (an estimate; 0 when unknown)
     * @param budget     the heap the tasks may take together
     * @return how many tasks of that size may run at once: as many as processors allow and as fit
     *     in the budget, and at least one
     */
    public static int parallelism(int processors, long taskBytes, long budget) {
        long fit = taskBytes <= 0 ? Long.MAX_VALUE : budget / taskBytes;
        return (int) Math.max(1, Math.min(processors, fit));
    }

    /**
     * Runs tasks {@code 0 .. count - 1}, at most {@code k} at once, and consumes their results in order.
     *
     * @param count     how many tasks
     * @param k         how many at once (at least 1)
     * @param task      the task
     * @param consumer  receives each result, in number order, on the calling thread
     * @param cancelled polled while waiting; when it turns true the work stops with {@link CancelledException}
     * @throws IOException as the consumer threw it
     */
    public static <T> void run(int count, int k, Task<T> task, Consumer<T> consumer, BooleanSupplier cancelled)
            throws IOException {
        run(count, k, new long[count], 0, task, consumer, cancelled);
    }

    /**
     * As {@link #run(int, int, Task, Consumer, BooleanSupplier)}, the tasks also sharing a budget
     * (of heap, in bytes): a task starts only once the costs of the tasks under way and its own fit
     * in the budget, or when no task is under way (a task larger than the whole budget runs alone,
     * never refused). Tasks start in number order, and a task's cost is given back when it ends.
     *
     * @param costs  each task's cost (its estimated peak heap), at least {@code count} of them
     * @param budget what the tasks under way may cost together
     */
    public static <T> void run(int count, int k, long[] costs, long budget, Task<T> task, Consumer<T> consumer,
                               BooleanSupplier cancelled) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("at least one task at a time: " + k);
        }
        if (costs.length < count) {
            throw new IllegalArgumentException(count + " tasks but " + costs.length + " costs");
        }
        Stop stop = new Stop(cancelled);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(k, Math.max(1, count)), r -> {
            Thread t = new Thread(r, "catchment-ordered-work");
            t.setDaemon(true);
            return t;
        });
        Starts<T> starts = new Starts<>(pool, task, stop, count, k, costs, budget);
        try {
            for (int i = 0; i < count; i++) {
                T result = starts.waitFor(i);
                consumer.accept(i, result);
            }
        } catch (RuntimeException | Error | IOException e) {
            stop.failed = true;
            throw e;
        } finally {
            pool.shutdownNow();
            awaitEnd(pool);
        }
    }

    /**
     * The tasks started so far and the budget they hold, kept by the calling thread: a task's end is
     * posted to {@link #ended} by its own thread, and the calling thread gives back its cost and
     * starts the next tasks that may start.
     */
    private static final class Starts<T> {
        private final ExecutorService pool;
        private final Task<T> task;
        private final Stop stop;
        private final int count;
        private final int k;
        private final long[] costs;
        private final long budget;
        private final List<Future<T>> futures = new ArrayList<>();
        private final BlockingQueue<Integer> ended = new LinkedBlockingQueue<>();
        private int running;
        private long reserved;

        Starts(ExecutorService pool, Task<T> task, Stop stop, int count, int k, long[] costs, long budget) {
            this.pool = pool;
            this.task = task;
            this.stop = stop;
            this.count = count;
            this.k = k;
            this.costs = costs;
            this.budget = budget;
        }

        /** Starts tasks in order while the window of {@code k} after the one awaited and the budget allow. */
        private void start(int awaited) {
            while (futures.size() < count && futures.size() < awaited + k
                    && (running == 0 || reserved + costs[futures.size()] <= budget)) {
                int index = futures.size();
                running++;
                reserved += costs[index];
                futures.add(pool.submit(() -> {
                    try {
                        if (stop.getAsBoolean()) {
                            throw new CancelledException();
                        }
                        return task.run(index, stop);
                    } finally {
                        ended.add(index);
                    }
                }));
            }
        }

        /** Gives back the costs of the tasks that ended. */
        private void release(Integer first) {
            for (Integer i = first; i != null; i = ended.poll()) {
                running--;
                reserved -= costs[i];
            }
        }

        /**
         * Waits for result {@code i}, starting tasks as others end, and stopping at once when any
         * task under way has failed or the run is cancelled.
         */
        T waitFor(int i) {
            while (true) {
                release(ended.poll());
                start(i);
                if (stop.cancelled.getAsBoolean()) {
                    throw new CancelledException();
                }
                for (int j = i + 1; j < futures.size(); j++) {
                    Future<T> later = futures.get(j);
                    if (later != null && later.isDone() && failed(later)) {
                        Tasks.await(later);
                    }
                }
                Future<T> future = futures.get(i);
                if (future.isDone()) {
                    futures.set(i, null);
                    return Tasks.await(future);
                }
                try {
                    release(ended.poll(POLL_MS, TimeUnit.MILLISECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
            }
        }
    }

    /** The work's stop flag: a failure, or the run's cancellation. */
    private static final class Stop implements BooleanSupplier {
        private final BooleanSupplier cancelled;
        private volatile boolean failed;

        Stop(BooleanSupplier cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public boolean getAsBoolean() {
            return failed || cancelled.getAsBoolean();
        }
    }

    private static boolean failed(Future<?> future) {
        try {
            future.get();
            return false;
        } catch (ExecutionException | InterruptedException | java.util.concurrent.CancellationException e) {
            return true;
        }
    }

    /** Waits for the stopped tasks to end, so that none is still writing once the work has thrown. */
    private static void awaitEnd(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
