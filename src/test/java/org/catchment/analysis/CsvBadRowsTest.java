package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arts Council England's libraries CSV (3,539 rows, 15 without an easting, none of them in St
 * Helens) as a facility layer: a filter for St Helens reads it without a bad row; unfiltered, the
 * first blank easting stops the run with a message naming the {@code bad_rows} key (issue 16,
 * defect 3).
 */
class CsvBadRowsTest {

    private static final Path LIBRARIES = Path.of("src/test/resources/real/st-helens/libraries_england_2023.csv")
            .toAbsolutePath();

    private static Analysis analysis(Path dir, String facilityKeys) {
        Path sample = Path.of("data", "sample").toAbsolutePath();
        return AnalysisFiles.parse("""
                name: Libraries of England
                network: {roads: [%s]}
                study_area: {layer: %s, name_field: WD_NAME}
                facilities:
                  - {type: libraries, layer: %s, name_field: Name%s, bands_min: [10]}
                deserts: {min_missing: 1}
                """.formatted(sample.resolve("RoadLink.shp"), sample.resolve("wards.shp"), LIBRARIES, facilityKeys),
                dir.resolve("analysis.yml"));
    }

    @Test
    void theRowsOfOtherAreasAreNotChecked(@TempDir Path dir) {
        Layer layer = FacilityLayers.read(analysis(dir, ", filter: '\"Reporting service\" = ''St Helens Council'''"), 0)
                .get(0);

        assertThat(layer.size()).isEqualTo(15);
        assertThat(layer.warnings()).isEmpty();
        assertThat(layer.features()).extracting(f -> f.getAttribute("Name")).contains("Central Library",
                "Billinge Library", "St Helens Archive Service");
    }

    @Test
    void aBadRowNamesTheKeyThatSkipsIt(@TempDir Path dir) {
        assertThatThrownBy(() -> FacilityLayers.read(analysis(dir, ""), 0)).hasMessage(LIBRARIES + ": row 1545: the"
                + " Easting is blank. Correct the row, or leave out the rows that cannot be used with bad_rows: skip"
                + " (facilities[0].bad_rows).");

        List<Layer> skipped = FacilityLayers.read(analysis(dir, ", bad_rows: skip"), 0);
        assertThat(skipped.get(0).size()).isEqualTo(3539 - 15);
        assertThat(skipped.get(0).warnings()).singleElement().asString().contains("15 rows were left out");
    }
}
