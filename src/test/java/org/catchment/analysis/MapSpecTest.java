package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code map} section of the analysis file: read, written back the same, checked key by key. */
class MapSpecTest {

    @TempDir
    Path dir;

    private static final String MAP = """
            map:
              extent: [353500, 396500, 357500.5, 400500]
              layers:
                - {name: Ward coverage, visible: true, style: {field: gp_20_area_share, classes: quantiles, count: 4,
                   colours: ["#ffffcc", "#253494"]}}
                - {name: Wards}
                - {name: IMD 2019 decile, visible: false, style: {field: imd_decile, classes: categories}}
            """;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("sample"));
        for (String f : List.of("RoadLink.shp", "footpaths.shp", "wards.shp", "gp.shp", "parks.shp", "foodbanks.csv",
                "postcodes.csv", "lsoa.shp")) {
            Files.writeString(dir.resolve("sample").resolve(f), "");
        }
    }

    private Analysis parse(String text) {
        return AnalysisFiles.parse(text, dir.resolve("analysis.yml"));
    }

    @Test
    void theMapSectionIsReadWithItsDefaults() {
        MapSpec map = parse(AnalysisFilesTest.VALID + MAP).spec().map();
        assertThat(map.extent()).containsExactly(353500.0, 396500.0, 357500.5, 400500.0);
        assertThat(map.layers()).extracting(MapSpec.LayerSpec::name)
                .containsExactly("Ward coverage", "Wards", "IMD 2019 decile");
        MapSpec.FieldStyleSpec coverage = map.layer("Ward coverage").style();
        assertThat(coverage.field()).isEqualTo("gp_20_area_share");
        assertThat(coverage.classes()).isEqualTo(MapSpec.Classes.QUANTILES);
        assertThat(coverage.classCount()).isEqualTo(4);
        assertThat(coverage.colours()).containsExactly("#ffffcc", "#253494");
        assertThat(map.layer("Wards").visible()).as("left to the app").isNull();
        assertThat(map.layer("Wards").style()).isNull();
        MapSpec.FieldStyleSpec imd = map.layer("IMD 2019 decile").style();
        assertThat(imd.classes()).isEqualTo(MapSpec.Classes.CATEGORIES);
        assertThat(imd.classCount()).as("categories by default").isEqualTo(12);
        assertThat(new MapSpec.FieldStyleSpec("x", null, null, null).classes()).isEqualTo(MapSpec.Classes.NATURAL_BREAKS);
        assertThat(new MapSpec.FieldStyleSpec("x", MapSpec.Classes.DECILES, null, null).classCount()).isEqualTo(10);
        assertThat(parse(AnalysisFilesTest.VALID).spec().map()).as("no section, no map").isNull();
    }

    @Test
    void theMapIsWrittenAfterTheOtherSectionsAndReadsBackTheSame() {
        AnalysisSpec spec = parse(AnalysisFilesTest.VALID + MAP).spec();
        String yaml = AnalysisFiles.toYaml(spec);
        assertThat(yaml.indexOf("\nmap:")).isGreaterThan(yaml.indexOf("\noutput:"));
        assertThat(yaml).contains("classes: quantiles").contains("classes: categories").doesNotContain("class_count");
        assertThat(parse(yaml).spec()).isEqualTo(spec);
        AnalysisSpec without = spec.withMap(null);
        assertThat(AnalysisFiles.toYaml(without)).doesNotContain("map:");
        assertThat(without.withName("x").map()).isNull();
        assertThat(spec.withName("x").map()).as("the with... methods keep the map").isEqualTo(spec.map());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "extent: [1, 2, 3]|map.extent|not four numbers",
        "extent: [5, 2, 3, 4]|map.extent|each minimum below its maximum",
        "layers: [{visible: true}]|map.layers[0].name|has no name",
        "layers: [{name: Wards, style: {classes: deciles}}]|map.layers[0].style.field|names no field",
        "layers: [{name: Wards, style: {field: x, count: 1}}]|map.layers[0].style.count|from 2 to 20",
        "layers: [{name: Wards, style: {field: x, colours: ['#ffffcc']}}]|map.layers[0].style.colours|at least two colours",
        "layers: [{name: Wards, style: {field: x, classes: categories, colours: [red]}}]|map.layers[0].style.colours|#rrggbb",
        "layers: [{name: Wards, style: {field: x, classes: jenks}}]|line|one of categories, natural_breaks, quantiles,"
                + " deciles, equal_intervals",
    })
    void aWrongValueIsRefusedNamingItsKey(String entry, String key, String problem) {
        String text = AnalysisFilesTest.VALID + "map:\n  " + entry + "\n";
        assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class)
                .hasMessageContaining("line 15").hasMessageContaining(key.equals("line") ? "" : key)
                .hasMessageContaining(problem);
    }
}
