package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.junit.jupiter.api.Test;

/** Ordered parallel work: results consumed in order, bounded, the first failure or a cancellation stopping all. */
class OrderedWorkTest {

    /** Counts tasks started and results consumed, to check how many are held at once. */
    private static final class Window {
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger consumed = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger widest = new AtomicInteger();

        void start() {
            running.incrementAndGet();
            widest.accumulateAndGet(started.incrementAndGet() - consumed.get(), Math::max);
        }
    }

    @Test
    void resultsAreConsumedInOrderWhateverTheDurationsAndNoMoreThanKAreHeld() throws IOException {
        long[] sleeps = new Random(14).longs(40, 0, 15).toArray();
        Window w = new Window();
        List<Integer> order = new ArrayList<>();
        OrderedWork.run(40, 4, (i, stopped) -> {
            w.start();
            sleep(sleeps[i]);
            w.running.decrementAndGet();
            return i * i;
        }, (i, r) -> {
            assertThat(r).isEqualTo(i * i);
            order.add(i);
            w.consumed.incrementAndGet();
            assertThat(Thread.currentThread().getName()).isEqualTo("main");
        }, () -> false);
        assertThat(order).hasSize(40).isSorted().doesNotHaveDuplicates();
        assertThat(w.widest.get()).as("tasks under way or waiting for the consumer").isBetween(2, 4);
    }

    @Test
    void oneAtATimeWritesTheSameBytesAsFourAtATime() throws IOException {
        long[] sleeps = new Random(7).longs(25, 0, 10).toArray();
        assertThat(written(1, sleeps)).isEqualTo(written(4, sleeps)).isEqualTo(written(3, sleeps))
                .startsWith("tile 0: 0\ntile 1: 1\ntile 2: 8\n").endsWith("tile 24: 13824\n");
    }

    @Test
    void theFirstFailureIsThrownAsItWasAndStopsTheOthers() {
        Window w = new Window();
        List<Integer> order = new ArrayList<>();
        CatchmentException boom = new CatchmentException("tile 5: bad geometry");
        AtomicBoolean lateStarted = new AtomicBoolean();
        assertThatThrownBy(() -> OrderedWork.run(30, 3, (i, stopped) -> {
            w.start();
            try {
                if (i == 5) {
                    throw boom;
                }
                if (i > 8) {
                    lateStarted.set(true);
                }
                sleep(5);
                return i;
            } finally {
                w.running.decrementAndGet();
            }
        }, (i, r) -> order.add(i), () -> false)).isSameAs(boom);
        assertThat(order).as("in order, none from the failure on").isSorted().doesNotHaveDuplicates()
                .allMatch(i -> i < 5).containsExactlyElementsOf(java.util.stream.IntStream.range(0, order.size())
                        .boxed().toList());
        assertThat(lateStarted).as("no task beyond the window of the failure started").isFalse();
        assertThat(w.running.get()).as("every task had ended when the failure was thrown").isZero();
    }

    @Test
    void aLaterTasksFailureStopsAnEarlierSlowOne() {
        AtomicBoolean slowSawStop = new AtomicBoolean();
        IllegalStateException boom = new IllegalStateException("tile 2 failed");
        assertThatThrownBy(() -> OrderedWork.run(4, 3, (i, stopped) -> {
            if (i == 2) {
                throw boom;
            }
            if (i == 0) {
                long end = System.nanoTime() + 30_000_000_000L;
                while (!stopped.getAsBoolean() && System.nanoTime() < end) {
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        break;
                    }
                }
                slowSawStop.set(stopped.getAsBoolean());
            }
            return i;
        }, (i, r) -> { }, () -> false)).isSameAs(boom);
        assertThat(slowSawStop).as("task 0 was told to stop, not waited for to the end").isTrue();
    }

    @Test
    void aConsumersFailureAndACancellationStopTheWork() {
        IOException full = new IOException("disk full");
        assertThatThrownBy(() -> OrderedWork.run(10, 2, (i, stopped) -> i, (i, r) -> {
            if (i == 3) {
                throw full;
            }
        }, () -> false)).isSameAs(full);

        AtomicInteger consumed = new AtomicInteger();
        Window w = new Window();
        assertThatThrownBy(() -> OrderedWork.run(50, 2, (i, stopped) -> {
            w.start();
            try {
                sleep(2);
                return i;
            } finally {
                w.running.decrementAndGet();
            }
        }, (i, r) -> consumed.incrementAndGet(), () -> consumed.get() >= 3)).isInstanceOf(CancelledException.class);
        assertThat(consumed.get()).isEqualTo(3);
        assertThat(w.started.get()).isLessThanOrEqualTo(5);
        assertThat(w.running.get()).isZero();
    }

    @Test
    void parallelismIsBoundByProcessorsAndHeapAndIsAtLeastOne() {
        long gb = 1L << 30;
        assertThat(OrderedWork.parallelism(2, gb, 3 * gb)).isEqualTo(2);
        assertThat(OrderedWork.parallelism(8, gb, 3 * gb + gb / 2)).isEqualTo(3);
        assertThat(OrderedWork.parallelism(4, gb, gb / 2)).as("a tile larger than the free heap still runs").isEqualTo(1);
        assertThat(OrderedWork.parallelism(6, 0, gb)).as("no estimate: the processors").isEqualTo(6);
        assertThatThrownBy(() -> OrderedWork.run(3, 0, (i, s) -> i, (i, r) -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tasksThatFitTheBudgetTogetherRunTogetherAndNoMore() throws IOException {
        // 4 tasks of 3 in a budget of 6: two at a time, though 4 threads are allowed. Each pair meets
        // at a barrier, which fails (times out) if its partner was not let start beside it.
        assertThat(widest(new long[] {3, 3, 3, 3}, 6, 4, 2)).isEqualTo(2);
        // a budget of 5 holds one task of 3 at a time: never two
        assertThat(widest(new long[] {3, 3, 3, 3}, 5, 4, 1)).isEqualTo(1);
        // no budget to speak of (costs 0): k at a time
        assertThat(widest(new long[] {0, 0, 0, 0, 0, 0}, 0, 3, 3)).isEqualTo(3);
    }

    @Test
    void aTaskLargerThanTheWholeBudgetRunsAloneAndTheSmallOnesAfterItTogether() throws IOException {
        long[] costs = {10, 1, 1, 1, 1};
        AtomicInteger started = new AtomicInteger();
        AtomicInteger startedBesideTheLarge = new AtomicInteger(-1);
        java.util.concurrent.CyclicBarrier pairs = new java.util.concurrent.CyclicBarrier(2);
        List<Integer> order = new ArrayList<>();
        OrderedWork.run(costs.length, 2, costs, 4, (i, stopped) -> {
            started.incrementAndGet();
            if (i == 0) {
                // give a scheduler that wrongly starts task 1 beside it the time to do so
                for (int t = 0; t < 30 && started.get() == 1; t++) {
                    sleep(10);
                }
                startedBesideTheLarge.set(started.get() - 1);
            } else {
                await(pairs);
            }
            return i;
        }, (i, r) -> order.add(r), () -> false);
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
        assertThat(startedBesideTheLarge.get()).as("the task of 10 in a budget of 4 runs, and alone").isZero();
        // and the small ones met in pairs at the barrier (1 and 2, 3 and 4), else it would have timed out
    }

    /**
     * @return the most tasks that ran at once; tasks meet in groups of {@code group} at a barrier, so
     *     that a scheduler that lets fewer run together fails instead of passing by chance
     */
    private static int widest(long[] costs, long budget, int k, int group) throws IOException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger widest = new AtomicInteger();
        java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(group);
        OrderedWork.run(costs.length, k, costs, budget, (i, stopped) -> {
            widest.accumulateAndGet(running.incrementAndGet(), Math::max);
            await(barrier);
            running.decrementAndGet();
            return i;
        }, (i, r) -> { }, () -> false);
        return widest.get();
    }

    /** Waits at a barrier; a partner that never comes (the scheduler did not start it) fails the test. */
    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException | java.util.concurrent.BrokenBarrierException
                 | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("a task's partner did not run beside it", e);
        }
    }

    private static String written(int k, long[] sleeps) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OrderedWork.run(sleeps.length, k, (i, stopped) -> {
            sleep(sleeps[sleeps.length - 1 - i]);
            return "tile " + i + ": " + (long) i * i * i + "\n";
        }, (i, r) -> bytes.write(r.getBytes(StandardCharsets.UTF_8)), () -> false);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
