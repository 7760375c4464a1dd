package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchment.export.StraightRoad.E0;
import static org.catchment.export.StraightRoad.N0;
import static org.catchment.io.geojson.GeoJsonText.feature;
import static org.catchment.io.geojson.GeoJsonText.point;
import static org.catchment.io.geojson.GeoJsonText.rectangle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.geojson.GeoJsonText;
import org.catchment.io.geopackage.GeoPackageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GeoPackage's {@code input_*} layers when facility types share files, as OpenStreetMap's do
 * (Rutland: six types read from the same points and polygons): each type's layers are written
 * with its filter applied (issue 16, defect 4: only the first type's were written, the others'
 * taken for duplicates of the same file).
 */
class InputLayersExportTest {

    @TempDir
    Path dir;

    @Test
    void eachTypeReadFromSharedFilesGetsItsOwnFilteredInputLayers() throws Exception {
        StraightRoad.write(dir, "");
        GeoJsonText.write(dir.resolve("pois.geojson"), List.of(
                feature("{\"name\": \"Elm Road Surgery\", \"fclass\": \"doctors\"}", point(E0 + 200, N0 + 30)),
                feature("{\"name\": \"Central Library\", \"fclass\": \"library\"}", point(E0 + 2000, N0)),
                feature("{\"name\": \"Corner Shop\", \"fclass\": \"convenience\"}", point(E0 + 900, N0 + 10))));
        GeoJsonText.write(dir.resolve("pois_a.geojson"), List.of(
                feature("{\"name\": \"Health Centre\", \"fclass\": \"doctors\"}",
                        rectangle(E0 + 1000, N0 + 20, E0 + 1040, N0 + 60))));
        Path analysis = dir.resolve("shared.yml");
        Files.writeString(analysis, """
                name: Shared files
                network: {roads: [roads.geojson], cache: false}
                study_area: {layer: wards.geojson, name_field: name}
                zones: [{layer: wards.geojson, name_field: name}]
                facilities:
                  - {type: gp, layer: [pois.geojson, pois_a.geojson], filter: "fclass = 'doctors'", bands_min: [5, 10]}
                  - {type: libraries, layer: [pois.geojson, pois_a.geojson], filter: "fclass = 'library'", bands_min: [5, 10]}
                deserts: {min_missing: 2}
                output: {width_px: 300, height_px: 200, dpi: 96}
                """, StandardCharsets.UTF_8);
        Path gpkg;
        try (AnalysisResult result = AnalysisRunner.run(AnalysisFiles.read(analysis))) {
            Outputs.write(result, true, (stage, fraction, message) -> { }, () -> false);
            gpkg = result.analysis().outputDir().resolve(Outputs.GEOPACKAGE);
        }
        Map<String, List<Object>> inputs = new LinkedHashMap<>();
        for (String table : GeoPackageReader.featureTables(gpkg)) {
            if (table.startsWith("input_")) {
                inputs.put(table, LayerReader.read(gpkg, ReadOptions.defaults().withTable(table)).features().stream()
                        .map(f -> f.getAttribute("name")).toList());
            }
        }
        assertThat(inputs).as("the zone layer is the study area's file: written once").containsExactly(
                Map.entry("input_zones", List.of("West", "East")),
                Map.entry("input_gp", List.of("Elm Road Surgery")),
                Map.entry("input_gp_2", List.of("Health Centre")),
                Map.entry("input_libraries", List.of("Central Library")),
                Map.entry("input_libraries_2", List.of()));
    }
}
