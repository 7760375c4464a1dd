package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.cli.Main;
import org.catchment.export.Outputs;
import org.catchment.overlay.Desert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the sample analysis at once, in two threads with two output folders, give the same
 * deserts (geometries equal exactly) and coverage rows as one run alone, and both write all outputs.
 * Two runs into one output folder at once: exactly one runs, the other is refused at once, naming
 * the run that holds the folder (#18 item 5; before, both ran and the second silently replaced the
 * first's outputs).
 */
class ConcurrentRunsTest {

    /** What a run gives: the deserts and the ward coverage rows, and the files written. */
    record Outcome(List<Desert> deserts, List<?> coverage, List<Path> written) {
    }

    @Test
    void twoRunsAtOnceEqualOneRunAlone(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.save();
        Analysis analysis = AnalysisFiles.read(f.file("analysis.yml"));
        Outcome alone = run(analysis.withOutputDir(dir.resolve("alone")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Outcome> a = pool.submit(task(analysis.withOutputDir(dir.resolve("a"))));
            Future<Outcome> b = pool.submit(task(analysis.withOutputDir(dir.resolve("b"))));
            for (Outcome o : List.of(a.get(), b.get())) {
                assertThat(o.deserts()).hasSameSizeAs(alone.deserts()).isNotEmpty();
                for (int i = 0; i < alone.deserts().size(); i++) {
                    assertThat(o.deserts().get(i).geometry().equalsExact(alone.deserts().get(i).geometry())).isTrue();
                    assertThat(o.deserts().get(i).missingTypes()).isEqualTo(alone.deserts().get(i).missingTypes());
                }
                assertThat(o.coverage()).isEqualTo(alone.coverage());
                assertThat(o.written()).hasSameSizeAs(alone.written());
                for (Path p : o.written()) {
                    assertThat(Files.size(p)).isPositive();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoRunsIntoOneFolderAtOnceRunOneAndRefuseTheOther(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS);
        f.save();
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    gate.await();
                    StringWriter err = new StringWriter();
                    int exit = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "run",
                            f.file("analysis.yml").toString());
                    return exit + " " + err;
                }));
            }
            gate.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> r : runs) {
                outcomes.add(r.get());
            }
            assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> o.startsWith(Main.OK + " ")).hasSize(1);
            assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> o.startsWith(Main.ANALYSIS_ERROR + " "))
                    .singleElement().asString().contains("catchment: " + f.file("out") + ": another Catchment run is"
                            + " writing its outputs into this folder (process " + ProcessHandle.current().pid(),
                            "; analysis " + f.file("analysis.yml") + "). Wait for it to finish, or choose another folder"
                            + " with --out.");
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Outcome> task(Analysis analysis) {
        return () -> run(analysis);
    }

    private static Outcome run(Analysis analysis) {
        try (AnalysisResult r = AnalysisRunner.run(analysis, ProgressListener.NONE, () -> false)) {
            List<Path> written = Outputs.write(r, false, ProgressListener.NONE, () -> false);
            return new Outcome(r.deserts().deserts(), r.wardCoverage(), written);
        }
    }
}
