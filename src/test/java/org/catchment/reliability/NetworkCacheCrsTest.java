package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.io.FileOps;
import org.catchment.io.cache.CacheStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The working CRS is part of a cached network's key (#15): the same road files analysed in
 * British National Grid and in UTM 30N are two networks in the cache, each reloaded only by an
 * analysis in its own CRS, never the other's geometry in the wrong CRS.
 */
class NetworkCacheCrsTest {

    private static final long LIMIT = 2L << 30;

    @TempDir
    Path dir;

    @Test
    void theSameFilesInAnotherWorkingCrsAreAnotherCachedNetwork() throws IOException {
        Fixture f = new Fixture(Files.createDirectories(dir.resolve("town")));
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS);
        f.save();
        Analysis grid = AnalysisFiles.read(f.file("analysis.yml"));
        f.edit("name: Reliability\n", "name: Reliability\nworking_crs: EPSG:32630\n");
        f.save();
        Analysis utm = AnalysisFiles.read(f.file("analysis.yml"));
        CacheStore store = new CacheStore(dir.resolve("cache"), LIMIT, FileOps.SYSTEM);

        RunOutcome first = RunOutcome.of(grid, store);
        assertThat(first.notes()).noneMatch(n -> n.startsWith("Network reloaded"));
        assertThat(store.list()).hasSize(1);

        RunOutcome inUtm = RunOutcome.of(utm, store);
        assertThat(inUtm.notes()).noneMatch(n -> n.startsWith("Network reloaded"))
                .contains("Working CRS: EPSG:32630 (WGS 84 / UTM zone 30N), as working_crs gives.");
        assertThat(store.list()).hasSize(2);

        RunOutcome again = RunOutcome.of(grid, store);
        assertThat(again.notes()).anyMatch(n -> n.startsWith("Network reloaded from the cache"));
        assertThat(again.results()).isEqualTo(first.results());
        assertThat(store.list()).hasSize(2);
    }
}
