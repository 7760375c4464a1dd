package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.catchment.io.RoadTiles;
import org.catchment.io.TestLayers;
import org.catchment.io.shapefile.ShapefileWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Bad {@code tiles} keys on the command line: each is refused in one line naming the file and the
 * key (with its line for what the file alone shows), exit code 1, no output folder made.
 */
class TilesCliTest {

    @TempDir
    static Path dir;

    private final Console console = new Console();

    private static final String GOOD = """
            name: Tiles
            network: {roads: [roads], cache: false}
            study_area: {layer: wards.shp, name_field: name}
            facilities:
              - {type: gp, label: GP surgeries, layer: gp.shp, name_field: name, bands_min: [5]}
            deserts: {min_missing: 1}
            output: {dir: out}
            """;

    /** Two wards side by side, Quayside (LAD E1) and Eastfield (no LAD), on the road tiles of {@link RoadTiles}. */
    @BeforeAll
    static void write() throws IOException {
        RoadTiles.write(dir.resolve("roads"));
        ShapefileWriter.write(TestLayers.layer("wards", MultiPolygon.class, List.of(RoadTiles.WARD,
                "MULTIPOLYGON (((401000 300000, 401000 301000, 402000 301000, 402000 300000, 401000 300000)))"),
                List.of(new TestLayers.Attr("name", String.class), new TestLayers.Attr("lad", String.class)),
                List.of(List.of("Quayside", "E1"), List.of("Eastfield", " "))), dir.resolve("wards.shp"));
        RoadTiles.writePoints(dir.resolve("gp.shp"), List.of("G1"), List.of("POINT (400500 300500)"));
    }

    private int run(String tiles) throws IOException {
        Path file = Files.writeString(dir.resolve("tiles.yml"), GOOD + tiles + "\n");
        return console.run("run", file.toString());
    }

    private String refused(String tiles) throws IOException {
        assertThat(run(tiles)).as(tiles).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(Files.exists(dir.resolve("out"))).as("no output").isFalse();
        List<String> lines = console.err().lines().filter(l -> !l.isBlank() && !l.startsWith("[")).toList();
        assertThat(lines).as("one line besides the progress").hasSize(1);
        assertThat(lines.get(0)).startsWith("catchment: ");
        assertThat(lines.get(0)).doesNotContain("Exception", "at org.");
        console.clear();
        return lines.get(0);
    }

    @Test
    void aFieldTheWardLayerLacksIsRefusedNamingItsFields() throws IOException {
        assertThat(refused("tiles: {by: LAD_CODE}")).contains("wards.shp", "tiles.by", "no field 'LAD_CODE'",
                "Its fields are: name, lad");
    }

    @Test
    void aWardWithoutAValueIsRefusedNamingIt() throws IOException {
        assertThat(refused("tiles: {by: LAD}")).contains("wards.shp", "tiles.by", "1 of 2 wards have no value in 'lad'",
                "Eastfield");
    }

    @Test
    void aGridOfZeroOrLessIsRefusedWithItsLine() throws IOException {
        for (String size : List.of("0", "-5", "0.01")) {
            assertThat(refused("tiles: {grid_km: " + size + "}")).contains("tiles.yml", "line 8, tiles.grid_km",
                    "the side of the tiles must be from 0.1 to 1000 km");
        }
    }

    @Test
    void aGridSizeThatIsNotANumberIsRefused() throws IOException {
        assertThat(refused("tiles: {grid_km: twenty}")).contains("tiles.yml", "grid_km", "twenty");
    }

    @Test
    void bothAFieldAndAGridOrNeitherAreRefused() throws IOException {
        assertThat(refused("tiles: {by: lad, grid_km: 20}")).contains("tiles.yml", "line 8, tiles",
                "both tiles.by and tiles.grid_km are given");
        assertThat(refused("tiles: {}")).contains("tiles.yml", "tiles names neither a field (by) nor a grid size");
    }

    @Test
    void aTiledRunWithScenariosIsRefused() throws IOException {
        assertThat(refused("tiles: {grid_km: 1}\nscenarios: [{name: s, close: [{type: gp, filter: \"name = 'G1'\"}]}]"))
                .contains("tiles.yml", "tiles", "scenarios");
    }

    @Test
    void rankAndSiteOfATiledAnalysisAreRefusedBeforeRunning() throws IOException {
        Path file = Files.writeString(dir.resolve("tiles.yml"), GOOD + "tiles: {grid_km: 1}\n");
        for (String command : List.of("rank", "site")) {
            console.clear();
            int code = command.equals("rank") ? console.run("rank", file.toString())
                    : console.run("site", file.toString(), "--type", "gp", "--k", "1");
            assertThat(code).as(console.err()).isEqualTo(Main.ANALYSIS_ERROR);
            assertThat(Files.exists(dir.resolve("out"))).as("no output").isFalse();
            List<String> lines = console.err().lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(command).hasSize(1);
            assertThat(lines.get(0)).startsWith("catchment: ").contains("tiles.yml", "rank and site", "Remove tiles")
                    .doesNotContain("Exception", "null");
        }
    }

    @Test
    void aGoodTiledRunWritesItsOutputs() throws IOException {
        assertThat(run("tiles: {grid_km: 1}")).as(console.err()).isEqualTo(Main.OK);
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("catchment.gpkg", "ward_coverage.csv");
        }
        assertThat(Files.readString(dir.resolve("out/summary.txt"))).contains("read tile by tile, 2 tiles:");
        org.catchment.io.FileTrees.deleteQuietly(dir.resolve("out"));
    }
}
