package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.ProgressListener;
import org.junit.jupiter.api.Test;

/** The export's files are written at once, and a failure or a cancellation leaves nothing running. */
class OutputJobsTest {

    @Test
    void twoFilesAreWrittenAtOnceAndProgressNamesEachAsItStarts() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two processors");
        CountDownLatch both = new CountDownLatch(2);
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        Runnable meet = () -> {
            both.countDown();
            try {
                // each job waits for the other: only possible when they run at the same time
                if (!both.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the other job did not start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        OutputJobs.run(List.of(new OutputJobs.Job("a.gpkg", "Writing", meet), new OutputJobs.Job("b.png", "Drawing", meet)),
                3, (stage, fraction, message) -> messages.add(stage + " " + message), () -> false);
        assertThat(messages).containsExactlyInAnyOrder("Export Writing a.gpkg", "Export Drawing b.png");
    }

    @Test
    void theFirstFailureIsThrownOnceNoJobRunsAnyMoreAndLaterFilesAreNotStarted() {
        CountDownLatch slowStarted = new CountDownLatch(1);
        AtomicBoolean slowEnded = new AtomicBoolean();
        AtomicBoolean lastRan = new AtomicBoolean();
        Runnable slow = () -> {
            slowStarted.countDown();
            sleepQuietly(300);
            slowEnded.set(true);
        };
        List<OutputJobs.Job> jobs = List.of(
                new OutputJobs.Job("slow.png", "Drawing", slow),
                new OutputJobs.Job("bad.csv", "Writing", () -> {
                    // fail only once the slow file is being written, so that one is running when the error comes
                    awaitQuietly(slowStarted);
                    throw new CatchmentException("bad.csv: disk full");
                }),
                new OutputJobs.Job("late.csv", "Writing", () -> lastRan.set(true)));
        assertThatThrownBy(() -> OutputJobs.run(jobs, 3, ProgressListener.NONE, () -> false))
                .isInstanceOf(CatchmentException.class).hasMessage("bad.csv: disk full");
        assertThat(slowEnded).as("the running job had ended when the error came back").isTrue();
        if (Runtime.getRuntime().availableProcessors() <= 2) {
            // with two threads the third file can start only after the failure was recorded
            assertThat(lastRan.get()).isFalse();
        }
    }

    @Test
    void aCancelledExportStartsNoFurtherFile() {
        AtomicBoolean cancel = new AtomicBoolean(true);
        AtomicBoolean ran = new AtomicBoolean();
        assertThatThrownBy(() -> OutputJobs.run(List.of(new OutputJobs.Job("a.gpkg", "Writing", () -> ran.set(true))), 1,
                ProgressListener.NONE, cancel::get)).isInstanceOf(CancelledException.class);
        assertThat(ran).isFalse();
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the slow file did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
