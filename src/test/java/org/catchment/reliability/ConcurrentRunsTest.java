package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.export.Outputs;
import org.catchment.overlay.Desert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the sample analysis at once, in two threads with two output folders, give the same
 * deserts (geometries equal exactly) and coverage rows as one run alone, and both write all outputs.
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
