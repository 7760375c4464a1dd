package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code catchment inspect} on an OpenStreetMap file: elements by kind, the layers a run takes
 * from it, CRS, extent and tags, counted by hand in src/test/resources/osm/facilities.osm (the same
 * data as .osm.pbf); a damaged extract is one line naming the file and what to do.
 */
class InspectOsmTest {

    @TempDir
    Path dir;

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"facilities.osm", "facilities.osm.pbf"})
    void inspectCountsElementsLayersTagsExtentAndCrs(String file) {
        assertThat(run("inspect", "src/test/resources/osm/" + file)).isEqualTo(Main.OK);
        // 17 nodes, 3 with tags (10, 11, 12); ways 201 and 204 closed; relations 301 and 302 multipolygons
        assertThat(console.out()).contains(
                "Elements: 17 nodes (3 tagged), 5 ways (2 closed), 2 relations (2 multipolygons)",
                "  points: 3 tagged nodes",
                "  lines: 3 open ways",
                "  areas: 2 closed ways and 2 multipolygon relations",
                "  other relations: 0",
                "CRS:      EPSG:4326 (WGS 84): OpenStreetMap's own",
                "Extent:   longitude 10.000000 to 10.003000, latitude 50.000000 to 50.002000",
                "  amenity (6): doctors 5, pharmacy 1",
                "  type (2): multipolygon 2",
                "  healthcare (1): doctor 1");
        assertThat(console.out()).contains(file.endsWith(".pbf") ? "(OpenStreetMap PBF)" : "(OpenStreetMap XML)");
    }

    @Test
    void inspectOfACutShortExtractIsOneLine() throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("data/rutland/rutland-latest.osm.pbf"));
        Path cut = Files.write(dir.resolve("cut.osm.pbf"), Arrays.copyOf(whole, whole.length / 3));
        assertThat(run("inspect", cut.toString())).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err().strip()).isEqualTo("catchment: " + cut + ": the OpenStreetMap extract is damaged or"
                + " cut short. Download the .osm.pbf again (e.g. from download.geofabrik.de) and check its size.");
    }
}
