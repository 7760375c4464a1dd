package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting for a task ({@link Tasks}): its failure comes back as it was; an interrupted
 * {@link Tasks#await} is a cancellation, while {@link Tasks#awaitEnd} waits on until the task has
 * ended and keeps the interrupt.
 */
class TasksTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aTasksOwnFailureIsThrownAsItWas() {
        FutureTask<String> failed = new FutureTask<>(() -> {
            throw new CatchmentException("roads.shp: no links");
        });
        failed.run();
        assertThatThrownBy(() -> Tasks.await(failed)).isInstanceOf(CatchmentException.class).hasMessage("roads.shp: no links");
        assertThatThrownBy(() -> Tasks.awaitEnd(failed)).isInstanceOf(CatchmentException.class)
                .hasMessage("roads.shp: no links");
    }

    @Test
    void anInterruptedAwaitIsACancellation() {
        FutureTask<String> never = new FutureTask<>(() -> "done");
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> Tasks.await(never)).isInstanceOf(CancelledException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void anInterruptedAwaitEndWaitsForTheTaskAndKeepsTheInterrupt() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        FutureTask<String> task = new FutureTask<>(() -> {
            interrupted.await();
            return "written";
        });
        Thread main = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            main.interrupt();
            interrupted.countDown();
        });
        Thread worker = new Thread(task);
        worker.start();
        interrupter.start();
        String result = Tasks.awaitEnd(task);
        boolean kept = Thread.interrupted();
        interrupter.join();
        worker.join();
        assertThat(result).as("the task ends only after the waiting thread was interrupted").isEqualTo("written");
        assertThat(kept).as("the interrupt kept for the caller").isTrue();
    }
}
