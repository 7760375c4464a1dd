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
        CountDownLatch waiting = new CountDownLatch(1);
        FutureTask<String> task = new FutureTask<>(() -> {
            waiting.await();
            Thread.sleep(200);
            return "written";
        });
        Thread main = Thread.currentThread();
        Thread worker = new Thread(task);
        worker.start();
        Thread interrupter = new Thread(() -> {
            waiting.countDown();
            main.interrupt();
        });
        interrupter.start();
        assertThat(Tasks.awaitEnd(task)).isEqualTo("written");
        assertThat(task.isDone()).isTrue();
        assertThat(Thread.interrupted()).as("the interrupt kept for the caller").isTrue();
        interrupter.join();
        worker.join();
    }
}
