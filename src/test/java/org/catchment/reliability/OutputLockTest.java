package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.cli.Main;
import org.catchment.export.OutputFolder;
import org.catchment.export.Outputs;
import org.catchment.io.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run at a time into an output folder (#18 item 5): while a run holds the folder (here another
 * thread; another process in {@link KillTest}), {@code catchment run} into it stops at once with
 * exit code 1 and a line naming the run that holds it, and changes nothing; once the folder is
 * free, the same command runs. A lock file left by a dead run is taken over.
 */
class OutputLockTest {

    @Test
    void aSecondRunIntoAFolderInUseIsRefusedNamingTheRunThatHoldsIt(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS);
        f.save();
        Analysis analysis = AnalysisFiles.read(f.file("analysis.yml"));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try (OutputFolder folder = Outputs.claim(analysis)) {
                held.countDown();
                done.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        first.start();
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            int exit = f.run();
            assertThat(exit).isEqualTo(Main.ANALYSIS_ERROR);
            assertThat(f.messages()).singleElement().asString().startsWith("catchment: " + f.file("out")
                    + ": another Catchment run is writing its outputs into this folder (process "
                    + ProcessHandle.current().pid() + ", started ").endsWith("; analysis " + f.file("analysis.yml")
                    + "). Wait for it to finish, or choose another folder with --out.");
            assertThat(Fixture.listing(f.file("out")).keySet()).containsExactly(FolderLock.FILE);
        } finally {
            done.countDown();
            first.join();
        }
        assertThat(f.file("out")).as("the first run made the folder and left it empty: removed").doesNotExist();

        assertThat(f.run()).as(f.err.toString()).isEqualTo(Main.OK);
        assertThat(Fixture.listing(f.file("out")).keySet()).doesNotContain(FolderLock.FILE)
                .containsAll(Outputs.fileNames(analysis.spec()));
    }

    @Test
    void aLockFileLeftByADeadRunIsTakenOver(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(FolderLock.FILE), "token=" + ProcessHandle.current().pid() + "-1\nabout=a dead run\n");
        try (FolderLock lock = FolderLock.acquire(out, "the next run")) {
            assertThat(Files.readString(out.resolve(FolderLock.FILE))).contains("about=the next run");
        }
        assertThat(out.resolve(FolderLock.FILE)).doesNotExist();
    }
}
