package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes and the one-line messages of bad input. */
class CliTest {

    @TempDir
    Path dir;

    private final Console console = new Console();

    @BeforeEach
    void inputs() throws IOException {
        for (String f : new String[] {"roads.shp", "wards.shp", "gp.shp"}) {
            Files.writeString(dir.resolve(f), "placeholder: validation only checks that inputs exist");
        }
    }

    private int run(String... args) {
        return console.run(args);
    }

    private Path analysis(String text) throws IOException {
        return Files.writeString(dir.resolve("analysis.yml"), text);
    }

    private static final String GOOD = """
            name: Test
            network:
              roads: [roads.shp]
            study_area: {layer: wards.shp, name_field: NAME}
            facilities:
              - {type: gp, label: GP surgeries, layer: gp.shp, bands_min: [10, 20]}
            deserts: {min_missing: 1}
            """;

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isEqualTo(Main.OK);
        assertThat(console.out()).contains("run", "demo", "inspect", "bench");
    }

    @Test
    void versionNamesTheRuntimeTheLicenceAndTheDataCredits() {
        assertThat(run("--version")).isEqualTo(Main.OK);
        assertThat(console.out()).startsWith("catchment ")
                .contains("Java " + Runtime.version(), "Apache-2.0", "Crown copyright", "OpenStreetMap contributors",
                        "Log file: ");
    }

    @Test
    void aDisplayIsThereOnWindowsAndMacOsButNeedsAVariableElsewhereAndNeverInCi() {
        assertThat(AppCommand.displayAvailable("Windows 11", java.util.Map.of())).isTrue();
        assertThat(AppCommand.displayAvailable("Mac OS X", java.util.Map.of())).isTrue();
        assertThat(AppCommand.displayAvailable("Linux", java.util.Map.of())).isFalse();
        assertThat(AppCommand.displayAvailable("Linux", java.util.Map.of("DISPLAY", ":0"))).isTrue();
        assertThat(AppCommand.displayAvailable("Linux", java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"))).isTrue();
        assertThat(AppCommand.displayAvailable("Windows 11", java.util.Map.of("CI", "true"))).isFalse();
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("frobnicate");
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertThat(run("run")).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("ANALYSIS.yml");
    }

    @Test
    void missingAnalysisFileIsOneLineAndExitOne() {
        assertThat(run("run", dir.resolve("nope.yml").toString())).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("nope.yml", "does not exist").doesNotContain("Exception", "\tat ");
        assertThat(console.err().strip().lines()).hasSize(1);
    }

    @Test
    void unknownKeyNamesTheKeyAndLine() throws IOException {
        Path a = analysis(GOOD + "colour: blue\n");
        assertThat(run("run", a.toString())).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("line 8", "unknown key 'colour'").doesNotContain("\tat ");
    }

    @Test
    void negativeBandNamesTheKey() throws IOException {
        Path a = analysis(GOOD.replace("[10, 20]", "[-5, 20]"));
        assertThat(run("run", a.toString())).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("facilities[0].bands_min", "each time band must be from 1 to 120 min (it is -5)");
    }

    @Test
    void missingLayerFileNamesTheFile() throws IOException {
        Path a = analysis(GOOD.replace("gp.shp", "surgeries.shp"));
        assertThat(run("run", a.toString())).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("surgeries.shp", "does not exist", "line 6");
    }

    @Test
    void outputFolderThatIsAFileIsRefusedBeforeAnythingRuns() throws IOException {
        Path a = analysis(GOOD);
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThat(run("run", a.toString(), "--out", file.resolve("sub").toString())).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("cannot be written");
        assertThat(run("run", a.toString(), "--out", file.toString())).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("is a file");
    }

    @Test
    void existingOutputsAreNotReplacedWithoutForce() throws IOException {
        Path a = analysis(GOOD);
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Files.writeString(outDir.resolve("catchment.gpkg"), "an earlier result");
        assertThat(run("run", a.toString())).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("catchment.gpkg", "already exists", "--force");
        assertThat(Files.readString(outDir.resolve("catchment.gpkg"))).isEqualTo("an earlier result");
    }

    @Test
    void anOutputThatWouldOverwriteAnInputIsRefused() throws IOException {
        Path a = analysis(GOOD.replace("gp.shp", "map_gp.png"));
        Files.writeString(dir.resolve("map_gp.png"), "input");
        assertThat(run("run", a.toString(), "--out", dir.toString(), "--force")).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("would overwrite an input");
        assertThat(Files.readString(dir.resolve("map_gp.png"))).isEqualTo("input");
    }

    @Test
    void theAppWithoutADisplayExplainsWhatToDoInstead() {
        Assumptions.assumeFalse(AppCommand.displayAvailable(), "a display is present: the app would open");
        assertThat(run("app")).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("no display", "catchment run");
    }

    @Test
    void inspectPrintsTheSchemaCrsCountAndExtent() {
        assertThat(run("inspect", "data/sample/wards.shp")).isEqualTo(Main.OK);
        assertThat(console.out()).contains("Features: 4", "EPSG:27700", "WD_NAME: String", "Kind:     polygons");
    }

    /** A WGS 84 GeoJSON is reported in its own CRS, not the British grid a run might put it in. */
    @Test
    void inspectReportsTheCrsTheFileReallyHasAndItsLonLatExtent() throws Exception {
        Path geojson = dir.resolve("stops.geojson");
        Files.writeString(geojson, "{\"type\": \"FeatureCollection\", \"features\": ["
                + "{\"type\": \"Feature\", \"properties\": {\"name\": \"A\"}, \"geometry\": {\"type\": \"Point\","
                + " \"coordinates\": [9.9158, 51.5413]}},"
                + "{\"type\": \"Feature\", \"properties\": {\"name\": \"B\"}, \"geometry\": {\"type\": \"Point\","
                + " \"coordinates\": [9.9358, 51.5513]}}]}");
        assertThat(run("inspect", geojson.toString())).isEqualTo(Main.OK);
        assertThat(console.out()).contains("CRS:      EPSG:4326 (WGS 84): the file's own",
                "Lon/lat:  longitude 9.915800 to 9.935800, latitude 51.541300 to 51.551300").doesNotContain("27700");
        console.clear();
        assertThat(run("inspect", "data/sample/wards.shp")).isEqualTo(Main.OK);
        assertThat(console.out()).contains("CRS:      EPSG:27700 (OSGB36 / British National Grid): the file's own",
                "Extent:   x 349800.0 to 356200.0, y 389800.0 to 395000.0 (6400 m x 5200 m)", "Lon/lat:  longitude -2.7");
    }

    /* Arts Council England's libraries: 15 of 3,539 rows have no easting; inspect counts them instead of failing. */
    @Test
    void inspectCountsTheBadRowsOfARealCsv() {
        assertThat(run("inspect", "src/test/resources/real/st-helens/libraries_england_2023.csv")).isEqualTo(Main.OK);
        assertThat(console.out()).contains("Features: 3524 (and 15 bad rows left out, listed below: a run stops at"
                + " the first unless its facility type says bad_rows: skip)", "15 rows were left out: row 1545: the"
                + " Easting is blank", "Reporting service: String");
    }

    @Test
    void inspectOfAMissingFileIsOneLine() {
        assertThat(run("inspect", dir.resolve("none.shp").toString())).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("none.shp").doesNotContain("\tat ");
    }
}
