package org.catchment.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.io.memory.LoadEstimate;

/**
 * Runs numbered tasks (the tiles of a run) several at once and hands their results to one consumer
 * strictly in number order, on the calling thread: what the consumer writes is the same, byte for
 * byte, whatever the parallelism. At most {@code k} tasks are under way or finished and waiting
 * for the consumer at any time (task {@code i + k} starts only once result {@code i} has been
 * consumed), so memory is bounded by {@code k} tasks' worth however many there are; a slow task
 * holds the later ones back rather than letting their results pile up.
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
     * @param processors    the processors to use
     * @param taskBytes     the heap one task needs at its peak (an estimate; 0 when unknown)
     * @param freeHeapBytes the heap free for the tasks
     * @return how many tasks may run at once: as many as processors allow and as fit in the free
     *     heap, and at least one
     */
    public static int parallelism(int processors, long taskBytes, long freeHeapBytes) {
        long fit = taskBytes <= 0 ? Long.MAX_VALUE : freeHeapBytes / taskBytes;
        return (int) Math.max(1, Math.min(processors, fit));
    }

    /** @return {@link #parallelism(int, long, long)} for this machine's processors and free heap */
    public static int parallelism(long taskBytes) {
        return parallelism(Runtime.getRuntime().availableProcessors(), taskBytes, LoadEstimate.freeHeapBytes());
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
        if (k < 1) {
            throw new IllegalArgumentException("at least one task at a time: " + k);
        }
        Stop stop = new Stop(cancelled);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(k, Math.max(1, count)), r -> {
            Thread t = new Thread(r, "catchment-ordered-work");
            t.setDaemon(true);
            return t;
        });
        List<Future<T>> futures = new ArrayList<>(count);
        try {
            for (int next = 0; next < Math.min(k, count); next++) {
                futures.add(submit(pool, task, next, stop));
            }
            for (int i = 0; i < count; i++) {
                T result = waitFor(futures, i, stop);
                futures.set(i, null);
                consumer.accept(i, result);
                if (futures.size() < count) {
                    futures.add(submit(pool, task, futures.size(), stop));
                }
            }
        } catch (RuntimeException | Error | IOException e) {
            stop.failed = true;
            throw e;
        } finally {
            pool.shutdownNow();
            awaitEnd(pool);
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

    private static <T> Future<T> submit(ExecutorService pool, Task<T> task, int index, Stop stop) {
        return pool.submit(() -> {
            if (stop.getAsBoolean()) {
                throw new CancelledException();
            }
            return task.run(index, stop);
        });
    }

    /** Waits for result {@code i}, stopping at once when any task under way has failed or the run is cancelled. */
    private static <T> T waitFor(List<Future<T>> futures, int i, Stop stop) {
        while (true) {
            if (stop.cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            for (int j = i + 1; j < futures.size(); j++) {
                Future<T> later = futures.get(j);
                if (later.isDone() && failed(later)) {
                    Tasks.await(later);
                }
            }
            try {
                return futures.get(i).get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look at the flag and the other tasks again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                Tasks.await(futures.get(i));
            }
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
