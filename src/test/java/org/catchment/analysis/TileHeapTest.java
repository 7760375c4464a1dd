package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.catchment.export.Outputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many tiles run at once does not change a tiled run's outputs: the sample town on a 2 km grid,
 * two tiles allowed at once, run with a heap budget so small that every tile runs alone (each
 * larger than the whole budget, never refused) and with one that holds any two, writes the same
 * CSV tables and maps byte for byte; only the first says that the heap held the tiles back.
 */
class TileHeapTest {

    @TempDir
    Path out;

    @Test
    void oneTileAtATimeForLackOfHeapWritesTheSameBytesAsTwo() throws IOException {
        String text = Files.readString(SamplePipelineTest.SAMPLE).replaceAll("(?s)scenarios:\n.*?output:",
                        "catchments: {threads: 2}\ntiles: {grid_km: 2}\noutput:\n  width_px: 600\n  height_px: 420\n  dpi: 72")
                .replace("  footpaths: [footpaths.shp]\n", "  footpaths: [footpaths.shp]\n  cache: false\n");
        assertThat(text).doesNotContain("scenarios:").contains("threads: 2", "grid_km: 2", "cache: false");
        Analysis a = AnalysisFiles.parse(text, SamplePipelineTest.SAMPLE);
        List<String> alone = run(a, 1, "alone");
        List<String> two = run(a, Long.MAX_VALUE / 4, "two");
        assertThat(alone).anyMatch(n -> n.startsWith("Tiles: the largest ran 1 at a time, not 2: each needs about "));
        assertThat(two).noneMatch(n -> n.startsWith("Tiles: the largest ran"));
        List<Path> files = files(out.resolve("alone"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("ward_coverage.csv", "deserts.csv", "access_postcodes.csv", "access_lsoa.csv", "map_deserts.png");
        for (Path f : files) {
            assertThat(Files.readAllBytes(out.resolve("two").resolve(f.getFileName()))).as(f.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(f));
        }
    }

    /** @return the run's notes, its outputs written to the folder */
    private List<String> run(Analysis a, long tileHeapBytes, String folder) throws IOException {
        try (AnalysisResult r = AnalysisRunner.run(a.withOutputDir(out.resolve(folder)), ProgressListener.NONE,
                () -> false, new RunOptions(false, AutoTiles.NEVER, tileHeapBytes))) {
            assertThat(r.notes()).anyMatch(n -> n.startsWith("Tiled run: "));
            Outputs.write(r, false, ProgressListener.NONE, () -> false);
            return r.notes();
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".png")).sorted().toList();
        }
    }
}
