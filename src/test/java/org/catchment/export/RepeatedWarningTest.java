package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchment.export.StraightRoad.E0;
import static org.catchment.export.StraightRoad.N0;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warning about one file or feature is said once, however many types read it (issue 16, item 8):
 * two types read one CSV whose coordinate columns (e, n) do not say their CRS, so reading it warns
 * that the CRS was guessed, once per read.
 */
class RepeatedWarningTest {

    @TempDir
    Path dir;

    @Test
    void aWarningAboutAFileReadByTwoTypesIsSaidOnce() throws Exception {
        StraightRoad.write(dir, "");
        Files.writeString(dir.resolve("pois.csv"), "name,kind,e,n\nElm Road Surgery,gp," + (E0 + 200) + "," + (N0 + 30)
                + "\nCentral Library,library," + (E0 + 2000) + "," + N0 + "\n", StandardCharsets.UTF_8);
        Path analysis = dir.resolve("one_csv.yml");
        Files.writeString(analysis, """
                name: One CSV
                network: {roads: [roads.geojson], cache: false}
                study_area: {layer: wards.geojson, name_field: name}
                facilities:
                  - {type: gp, layer: pois.csv, x_field: e, y_field: n, filter: "kind = 'gp'", bands_min: [5, 10]}
                  - {type: libraries, layer: pois.csv, x_field: e, y_field: n, filter: "kind = 'library'", bands_min: [5, 10]}
                deserts: {min_missing: 2}
                """, StandardCharsets.UTF_8);
        try (AnalysisResult result = AnalysisRunner.run(AnalysisFiles.read(analysis))) {
            assertThat(result.warnings()).filteredOn(w -> w.contains("do not say which CRS")).singleElement()
                    .asString().startsWith(dir.resolve("pois.csv") + ": the columns e/n do not say which CRS they are in");
            assertThat(result.warnings()).doesNotHaveDuplicates();
        }
    }
}
