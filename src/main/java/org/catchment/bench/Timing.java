package org.catchment.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * Times a piece of work: some warm-up runs (so the JIT has compiled it), then the best wall time
 * of several runs. The best, not the mean, because other processes share the machine and only
 * ever make a run slower.
 *
 * @param warmups runs made first and not timed
 * @param runs    timed runs (at least one)
 */
record Timing(int warmups, int runs) {

    Timing {
        if (warmups < 0 || runs < 1) {
            throw new IllegalArgumentException("warm-ups must be >= 0 and runs >= 1");
        }
    }

    /** @return one warm-up and three runs below a million links, one run (no warm-up) from a million */
    static Timing forSize(int links) {
        return links >= 1_000_000 ? new Timing(0, 1) : new Timing(1, 3);
    }

    /**
     * A timed result: the best wall time, the best CPU time of the calling thread (steadier than
     * wall time when other processes compete for the cores, but blind to GC threads), and the
     * result of the last run.
     */
    record Timed<T>(double bestS, double bestCpuS, int runs, T result) {
    }

    <T> Timed<T> time(Supplier<T> work) {
        return time(() -> { }, work);
    }

    /** As {@link #time(Supplier)}, calling {@code beforeEach} (untimed) before every run. */
    <T> Timed<T> time(Runnable beforeEach, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < warmups; i++) {
            result = null;
            beforeEach.run();
            result = work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        for (int i = 0; i < runs; i++) {
            result = null;
            beforeEach.run();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = work.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        return new Timed<>(best, bestCpu, runs, result);
    }
}
