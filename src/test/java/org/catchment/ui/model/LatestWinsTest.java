package org.catchment.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    /** An executor that holds tasks until told to run them, so the order of events is chosen by the test. */
    private static final class Manual implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @Test
    void jobsOvertakenBeforeTheyStartAreSkipped() {
        Manual worker = new Manual();
        List<String> ran = new ArrayList<>();
        List<String> delivered = new ArrayList<>();
        LatestWins<String> lw = new LatestWins<>(worker, Runnable::run);
        for (String s : List.of("a", "b", "c")) {
            lw.submit(() -> {
                ran.add(s);
                return s;
            }, delivered::add, e -> delivered.add("error"));
        }
        worker.runAll();
        assertThat(ran).containsExactly("c");
        assertThat(delivered).containsExactly("c");
    }

    @Test
    void resultOfAJobOvertakenWhileRunningIsDropped() {
        Manual worker = new Manual();
        Manual fx = new Manual();
        List<String> delivered = new ArrayList<>();
        LatestWins<String> lw = new LatestWins<>(worker, fx);
        lw.submit(() -> "old", delivered::add, e -> { });
        worker.runAll();
        lw.submit(() -> "new", delivered::add, e -> { });
        fx.runAll();
        assertThat(delivered).isEmpty();
        worker.runAll();
        fx.runAll();
        assertThat(delivered).containsExactly("new");
    }

    @Test
    void failuresOfTheLatestJobAreReported() {
        List<String> errors = new ArrayList<>();
        LatestWins<String> lw = new LatestWins<>(Runnable::run, Runnable::run);
        lw.submit(() -> {
            throw new IllegalStateException("boom");
        }, s -> { }, e -> errors.add(e.getMessage()));
        assertThat(errors).containsExactly("boom");
    }

    @Test
    void cancelAllDropsPendingResults() {
        Manual worker = new Manual();
        List<String> delivered = new ArrayList<>();
        LatestWins<String> lw = new LatestWins<>(worker, Runnable::run);
        lw.submit(() -> "x", delivered::add, e -> { });
        lw.cancelAll();
        worker.runAll();
        assertThat(delivered).isEmpty();
    }

    @Test
    void onItsOwnThreadJobsRunOffTheCallerUntilShutDown() throws Exception {
        LatestWins<String> lw = LatestWins.onOwnThread("test-latest-wins", Runnable::run);
        java.util.concurrent.CompletableFuture<String> thread = new java.util.concurrent.CompletableFuture<>();
        lw.submit(() -> Thread.currentThread().getName(), thread::complete, thread::completeExceptionally);
        assertThat(thread.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("test-latest-wins");
        assertThat(lw.isShutdown()).isFalse();

        lw.shutdown();
        assertThat(lw.isShutdown()).isTrue();
        List<String> after = new ArrayList<>();
        lw.submit(() -> "late", after::add, e -> after.add("error"));
        assertThat(after).as("nothing runs or fails once shut down").isEmpty();
    }

    @Test
    void aStoppableJobLearnsThatANewerOneWasSubmitted() {
        Manual worker = new Manual();
        List<String> delivered = new ArrayList<>();
        List<Boolean> staleSeen = new ArrayList<>();
        LatestWins<String> lw = new LatestWins<>(worker, Runnable::run);
        lw.submitStoppable(stale -> {
            staleSeen.add(stale.getAsBoolean());
            lw.submit(() -> "newer", delivered::add, e -> { });
            staleSeen.add(stale.getAsBoolean());
            return "older";
        }, delivered::add, e -> delivered.add("error"));
        worker.tasks.poll().run();
        assertThat(staleSeen).containsExactly(false, true);
        assertThat(delivered).isEmpty();
        worker.runAll();
        assertThat(delivered).containsExactly("newer");
    }
}
