package org.catchment.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.TiledEquality;
import org.catchment.analysis.TiledSampleTest;
import org.catchment.analysis.TilesSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seam tests on a generated network (the benchmarks' ordinary run at about 2,500 links, 4 by 4 km,
 * with 50 facilities and bands 5, 10 and 20 minutes, served within 5 so that deserts lie all over
 * it): run in one piece, on a 1 km grid and by ward, the coverage, deserts, node times of every
 * node of the study area are the same ({@link TiledEquality}), and deserts cross the seams; a run
 * resumed from the finished tiles an earlier run kept gives the same.
 */
class TiledSyntheticTest {

    @TempDir
    static Path dir;

    static AnalysisResult whole;
    static AnalysisResult grid;
    static AnalysisResult byWard;

    @BeforeAll
    static void run() {
        Analysis a = OrdinaryCase.write(SyntheticNetwork.generate(2_500, 7), dir, false);
        AnalysisSpec.FacilitySpec gp = a.spec().facilities().get(0).toBuilder().servedBandMin(5.0).build();
        AnalysisSpec spec = a.spec().withFacilities(java.util.List.of(gp));
        whole = AnalysisRunner.run(new Analysis(spec, a.file(), a.baseDir(), a.workingCrs()));
        grid = AnalysisRunner.run(new Analysis(spec.withTiles(TilesSpec.grid(1)), a.file(), a.baseDir(), a.workingCrs()));
        byWard = AnalysisRunner.run(new Analysis(spec.withTiles(TilesSpec.byField("code")), a.file(), a.baseDir(),
                a.workingCrs()).withOutputDir(dir.resolve("by_ward")));
    }

    @AfterAll
    static void close() {
        whole.close();
        grid.close();
        byWard.close();
    }

    @Test
    void aGridTiledRunEqualsTheUntiledRun() {
        assertThat(TiledEquality.assertSame(grid, whole)).isGreaterThan(1000);
        assertThat(grid.tiles().parts()).hasSizeGreaterThan(9);
        assertThat(grid.deserts().deserts()).anyMatch(d -> TiledSampleTest.squares(d.geometry(), 1000) > 1);
    }

    /**
     * The grid run left its finished tiles in the output folder's resume folder (no outputs were
     * written): the same analysis run again resumes from all of them, runs no tile, and gives the
     * same result.
     */
    @Test
    void aRunResumedFromTheFinishedTilesEqualsTheUntiledRun() {
        Analysis a = grid.analysis();
        try (AnalysisResult again = AnalysisRunner.run(a)) {
            assertThat(again.notes()).anyMatch(n -> n.contains("resuming an earlier run: its " + grid.tiles().size()
                    + " finished tiles are kept"));
            assertThat(again.tiles().parts()).extracting(p -> p.network()).isEqualTo(grid.tiles().parts().stream()
                    .map(p -> p.network()).toList());
            TiledEquality.assertSame(again, whole);
        }
    }

    @Test
    void aRunTiledByWardEqualsTheUntiledRun() {
        assertThat(TiledEquality.assertSame(byWard, whole)).isGreaterThan(1000);
        assertThat(byWard.tiles().parts()).hasSize(whole.studyArea().zones().size());
        assertThat(byWard.deserts().deserts()).anyMatch(d -> d.wards().size() > 1);
    }
}
