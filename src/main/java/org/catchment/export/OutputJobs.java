package org.catchment.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.analysis.ProgressListener;

/**
 * Writes the output files of an export at once, one per processor: each file is its own job (the
 * GeoPackage, each table, each map), and they share nothing but the finished result they read, so
 * drawing a map on one core while the GeoPackage is written on the other gives the same files as
 * writing them one after the other. Jobs start in the order given; progress names each file as
 * it starts. The first job (in that order) that fails decides the error, and the jobs not yet
 * started are not run; the call returns only when no job is running any more.
 */
final class OutputJobs {

    /** One file to write: its name for progress, the verb ("Writing", "Drawing") and the work. */
    record Job(String fileName, String verb, Runnable work) {
    }

    private OutputJobs() {
    }

    /**
     * Runs the jobs and returns when every job that started has ended, so that no file is still
     * being written when the caller cleans up after a failure.
     *
     * @param jobs      the files, in the order they should start
     * @param total     the number of steps progress counts (the files of the whole export)
     * @param progress  told when each file starts
     * @param cancelled polled before each file starts
     * @throws RuntimeException   the first failing job's ({@link org.catchment.CatchmentException} naming the file)
     * @throws CancelledException when cancelled
     */
    static void run(List<Job> jobs, int total, ProgressListener progress, BooleanSupplier cancelled) {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "catchment-export");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger started = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null;
                    }
                    if (cancelled.getAsBoolean()) {
                        throw new CancelledException();
                    }
                    synchronized (started) {
                        progress.progress("Export", started.incrementAndGet() / (double) total,
                                job.verb() + " " + job.fileName());
                    }
                    try {
                        job.work().run();
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
        } finally {
            pool.shutdown();
        }
        Throwable first = null;
        boolean interrupted = false;
        for (Future<?> f : futures) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    failed.set(true);
                    first = first == null ? new CancelledException() : first;
                } catch (ExecutionException e) {
                    failed.set(true);
                    first = first == null ? e.getCause() : first;
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (first instanceof RuntimeException re) {
            throw re;
        }
        if (first instanceof Error err) {
            throw err;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }
}
