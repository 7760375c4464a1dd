package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.catchment.io.TestLayers;
import org.catchment.io.geojson.GeoJsonText;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/**
 * A facility filter on a field whose name is not an XML name (a space, brackets, a leading digit)
 * keeps the features it names, in every format the readers take (issue 16, defect 2: it matched
 * nothing, so the run stopped with "no facilities left after the filter").
 */
class QuotedFieldFilterTest {

    private static final List<String> NAMES = List.of("North Surgery", "South Surgery", "Out of Town");
    private static final List<String> AREAS = List.of("Millbrook", "Millbrook", "Elsewhere");
    private static final List<Long> PEOPLE = List.of(1200L, 800L, 3000L);
    private static final double[][] XY = {{352000, 393000}, {352500, 392000}, {353000, 394000}};

    private static Layer surgeries() {
        List<String> wkts = new java.util.ArrayList<>();
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            wkts.add("POINT (" + XY[i][0] + " " + XY[i][1] + ")");
            rows.add(List.of(NAMES.get(i), AREAS.get(i), PEOPLE.get(i)));
        }
        return TestLayers.layer("gp", Point.class, wkts, List.of(new TestLayers.Attr("name", String.class),
                new TestLayers.Attr("Area name", String.class), new TestLayers.Attr("Pop (2021)", Long.class)), rows);
    }

    /** @return the names of the facilities a type reading {@code file} with {@code filter} keeps */
    private static List<Object> kept(Path dir, String file, String filter) {
        Path sample = Path.of("data", "sample").toAbsolutePath();
        Analysis analysis = AnalysisFiles.parse("""
                name: Quoted fields
                network: {roads: [%s]}
                study_area: {layer: %s, name_field: WD_NAME}
                facilities:
                  - {type: gp, layer: %s, name_field: name, filter: '%s', bands_min: [10]}
                deserts: {min_missing: 1}
                """.formatted(sample.resolve("RoadLink.shp"), sample.resolve("wards.shp"), file,
                filter.replace("'", "''")), dir.resolve("analysis.yml"));
        return FacilityLayers.read(analysis, 0).get(0).features().stream().map(f -> f.getAttribute("name")).toList();
    }

    private static void assertQuotedNamesWork(Path dir, String file) {
        assertThat(kept(dir, file, "\"Area name\" = 'Millbrook'")).containsExactly("North Surgery", "South Surgery");
        assertThat(kept(dir, file, "\"area NAME\" <> 'Millbrook'")).as("matched ignoring case, as name_field is")
                .containsExactly("Out of Town");
        assertThat(kept(dir, file, "\"Pop (2021)\" > 1000")).containsExactly("North Surgery", "Out of Town");
        assertThat(kept(dir, file, "\"Area name\" IN ('Elsewhere', 'Nowhere') OR name LIKE 'South%'"))
                .containsExactly("South Surgery", "Out of Town");
    }

    @Test
    void shapefile(@TempDir Path dir) {
        ShapefileWriter.write(surgeries(), dir.resolve("gp.shp"));
        assertQuotedNamesWork(dir, "gp.shp");
    }

    @Test
    void geoPackage(@TempDir Path dir) {
        GeoPackageWriter.write(dir.resolve("gp.gpkg"), List.of(surgeries()), Map.of());
        assertQuotedNamesWork(dir, "gp.gpkg");
    }

    @Test
    void geoJson(@TempDir Path dir) throws IOException {
        List<String> features = new java.util.ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            features.add(GeoJsonText.feature("{\"name\": \"" + NAMES.get(i) + "\", \"Area name\": \"" + AREAS.get(i)
                    + "\", \"Pop (2021)\": " + PEOPLE.get(i) + "}", GeoJsonText.point(XY[i][0], XY[i][1])));
        }
        GeoJsonText.write(dir.resolve("gp.geojson"), features);
        assertQuotedNamesWork(dir, "gp.geojson");
    }

    @Test
    void csv(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("name,Area name,Pop (2021),easting,northing\n");
        for (int i = 0; i < NAMES.size(); i++) {
            csv.append(NAMES.get(i)).append(',').append(AREAS.get(i)).append(',').append(PEOPLE.get(i)).append(',')
                    .append(XY[i][0]).append(',').append(XY[i][1]).append('\n');
        }
        Files.writeString(dir.resolve("gp.csv"), csv);
        assertQuotedNamesWork(dir, "gp.csv");
    }

    /* Trafford Council's libraries (real open data): all 13 are in the area named Trafford. */
    @Test
    void traffordLibrariesByAreaName(@TempDir Path dir) {
        Path geojson = Path.of("src/test/resources/real/trafford/trafford_libraries.geojson").toAbsolutePath();
        assertThat(kept(dir, geojson.toString(), "\"Area name\" = 'Trafford'")).hasSize(13);
    }
}
