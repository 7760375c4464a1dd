package org.catchment.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.export.Outputs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national benchmark's analysis file runs whole on a small generated country (half a minute):
 * every output written, every postcode and LSOA timed. In the {@code benchmark} group, outside
 * {@code mvn verify}; the generator's own checks are in {@link NationalDatasetTest}.
 */
@Tag("benchmark")
class NationalRunTest {

    @Test
    void theGeneratedCountryRunsWithIndicatorsAndDeserts(@TempDir Path dir) throws IOException {
        NationalDataset.Summary summary = NationalDataset.write(10_000, Benchmarks.SEED, dir, null);
        try (AnalysisResult result = AnalysisRunner.run(AnalysisFiles.read(dir.resolve(NationalDataset.ANALYSIS_FILE)))) {
            List<Path> files = Outputs.write(result, false, ProgressListener.NONE, () -> false);
            assertThat(files).extracting(p -> p.getFileName().toString()).contains("catchment.gpkg", "ward_coverage.csv",
                    "lsoa_coverage.csv", "deserts.csv", "access_postcodes.csv", "access_lsoa.csv",
                    "deserts_by_imd_decile.csv", "map_deserts.png");
            assertThat(result.wardCoverage()).isNotEmpty();
        }
        Path out = dir.resolve("out");
        assertThat(Files.readAllLines(out.resolve("access_postcodes.csv"))).hasSize(summary.postcodes() + 1);
        assertThat(Files.readAllLines(out.resolve("ward_coverage.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).distinct()).hasSize(summary.wards());
    }
}
