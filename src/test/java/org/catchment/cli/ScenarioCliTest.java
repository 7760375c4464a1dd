package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.io.geojson.GeoJsonText.feature;
import static org.catchment.io.geojson.GeoJsonText.point;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.export.StraightRoad;
import org.catchment.io.csv.CsvTable;
import org.catchment.io.geojson.GeoJsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catchment run --scenario} and {@code catchment rank} on {@link StraightRoad} (a 2 km road,
 * the GP serving x 0..970 and the library x 1200..2000 at 10 minutes, deserts where both are
 * missing): what is written where, and one line naming the scenario, with nothing written, for each
 * kind of bad scenario.
 */
class ScenarioCliTest {

    /** The library's served area within the study area: its 800 m stretch, 200 m wide, and one half cap. */
    private static final double LIBRARY_M2 = 200 * 800 + StraightRoad.CAPS_M2 / 2;

    @TempDir
    Path dir;

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(args);
    }

    private Path analysis(String scenarios) throws IOException {
        Path file = StraightRoad.write(dir, "");
        Files.writeString(file, Files.readString(file) + "scenarios:\n" + scenarios);
        return file;
    }

    private List<Path> written() throws IOException {
        return Console.filesBelow(dir.resolve("out"));
    }

    @Test
    void aScenarioWritesTheBaselineAsUsualAndItsOwnOutputsInItsFolder() throws IOException {
        Path file = analysis("""
                  - name: close_library
                    close: [{type: libraries, ids: [Central Library]}]
                  - name: second_surgery
                    add: [{type: gp, points: [[351600, 400000, Riverside Surgery]]}]
                """);
        assertThat(run("run", file.toString(), "--scenario", "close_library")).as(console.err()).isEqualTo(Main.OK);
        Path outputs = dir.resolve("out");
        assertThat(outputs.resolve("catchment.gpkg")).exists();
        assertThat(outputs.resolve("map_deserts.png")).exists();
        Path folder = outputs.resolve("scenario_close_library");
        for (String name : List.of("catchment.gpkg", "deserts.csv", "map_libraries.png", "summary.txt",
                "scenario_close_library.gpkg", "scenario_close_library_comparison.csv", "scenario_close_library_change.png")) {
            assertThat(folder.resolve(name)).as(name).exists();
        }
        assertThat(outputs.resolve("scenario_second_surgery")).doesNotExist();
        assertThat(outputs.resolve("scenarios_summary.csv")).as("only with --scenario all").doesNotExist();
        assertThat(console.out()).contains("scenario close_library: deserts 1 -> 1");

        CsvTable comparison = CsvTable.read(folder.resolve("scenario_close_library_comparison.csv"));
        assertThat(comparison.columns()).containsExactly("section", "zone_layer", "zone", "type", "band_min", "measure",
                "before", "after", "change");
        double lost = comparison.rows().stream().filter(r -> r.get("section").equals("total")
                && r.get("type").equals("libraries") && Double.parseDouble(r.get("band_min")) == 10
                && r.get("measure").equals("area_lost_m2")).mapToDouble(r -> Double.parseDouble(r.get("change")))
                .findFirst().orElseThrow();
        assertThat(lost).as("the library's whole served area, hand-computed").isCloseTo(LIBRARY_M2, within(1.0));
        assertThat(comparison.rows()).anyMatch(r -> r.get("section").equals("facility")
                && r.get("before").equals("Central Library") && r.get("change").equals("closed"));
    }

    @Test
    void allScenariosAddOneSummaryLineEach() throws IOException {
        Path file = analysis("""
                  - name: close_library
                    close: [{type: libraries, filter: "name = 'Central Library'"}]
                  - name: second_surgery
                    add: [{type: gp, points: [[351600, 400000, Riverside Surgery]]}]
                """);
        assertThat(run("run", file.toString(), "--scenario", "all")).as(console.err()).isEqualTo(Main.OK);
        CsvTable summary = CsvTable.read(dir.resolve("out/scenarios_summary.csv"));
        assertThat(summary.rows()).extracting(r -> r.get("scenario")).containsExactly("close_library", "second_surgery");
        assertThat(dir.resolve("out/scenario_second_surgery/scenario_second_surgery_change.png")).exists();
    }

    @Test
    void aScenarioNamingAnUnknownTypeIsOneLineAndWritesNothing() throws IOException {
        Path file = analysis("""
                  - name: close_pub
                    close: [{type: pubs, ids: [The Anchor]}]
                """);
        assertThat(run("run", file.toString(), "--scenario", "close_pub")).isEqualTo(Main.ANALYSIS_ERROR);
        assertOneLine("scenarios[0].close[0].type: scenario 'close_pub' names the facility type 'pubs', which the"
                + " analysis does not have. Use one of [gp, libraries]");
    }

    @Test
    void aFilterThatPicksNoFacilityIsOneLineAndWritesNothing() throws IOException {
        Path file = analysis("""
                  - name: close_library
                    close: [{type: libraries, filter: "name = 'Town Library'"}]
                """);
        assertThat(run("run", file.toString(), "--scenario", "all")).isEqualTo(Main.ANALYSIS_ERROR);
        assertOneLine("scenario 'close_library', close[0]: the filter \"name = 'Town Library'\" picks no facility of"
                + " 'libraries' in libraries.geojson. Check the filter's field and value against the layer");
    }

    @Test
    void idsNotFoundAreOneLineAndWriteNothing() throws IOException {
        Path file = analysis("""
                  - name: close_library
                    close: [{type: libraries, ids: [Central Library, Town Library]}]
                """);
        assertThat(run("run", file.toString(), "--scenario", "close_library")).isEqualTo(Main.ANALYSIS_ERROR);
        assertOneLine("scenario 'close_library', close[0].ids: no facility of 'libraries' has the name 'Town Library'"
                + " (in the field name in libraries.geojson). Check the ids against that field");
    }

    @Test
    void aProposedSiteOffTheNetworkIsAWarningNamingTheScenario() throws IOException {
        Path file = analysis("""
                  - name: far_surgery
                    add: [{type: gp, points: [[351000, 401000, Hilltop Surgery]]}]
                """);
        assertThat(run("run", file.toString(), "--scenario", "far_surgery")).as(console.err()).isEqualTo(Main.OK);
        assertThat(console.err().lines().filter(l -> l.startsWith("warning: Scenario 'far_surgery'")).toList())
                .singleElement().asString().contains("GP surgeries: the proposed site Hilltop Surgery at (351000, 401000):"
                        + " the nearest walkable path or road is 1000 m away", "It serves nobody in this scenario; move"
                        + " it onto the network");
        assertThat(dir.resolve("out/scenario_far_surgery/scenario_far_surgery.gpkg")).exists();
    }

    @Test
    void anUnknownScenarioNameIsOneLineAndWritesNothing() throws IOException {
        Path file = analysis("""
                  - name: close_library
                    close: [{type: libraries, ids: [Central Library]}]
                """);
        assertThat(run("run", file.toString(), "--scenario", "close_libary")).isEqualTo(Main.ANALYSIS_ERROR);
        assertOneLine("there is no scenario 'close_libary'. Give one of close_library, or all, to --scenario.");
    }

    @Test
    void rankWritesTheClosureRankingOfAType() throws IOException {
        Path file = StraightRoad.write(dir, "");
        assertThat(run("rank", file.toString(), "--type", "libraries")).as(console.err()).isEqualTo(Main.OK);
        CsvTable ranking = CsvTable.read(dir.resolve("out/closure_ranking_libraries.csv"));
        assertThat(ranking.rows()).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("Central Library");
            assertThat(Double.parseDouble(r.get("area_losing_access_m2"))).as("the area only it serves").isCloseTo(LIBRARY_M2, within(1.0));
        });
        assertThat(console.out()).contains("1. Central Library");
        assertThat(run("rank", file.toString(), "--type", "pubs")).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains("--type pubs is not a facility type of the analysis. Give one of gp, libraries.");
    }

    @Test
    void rankPrintsTheRunsWarningsAsRunDoes() throws IOException {
        Path file = StraightRoad.write(dir, "");
        GeoJsonText.write(dir.resolve("libraries.geojson"), List.of(
                feature("{\"name\": \"Central Library\"}", point(StraightRoad.E0 + 2000, StraightRoad.N0)),
                feature("{\"name\": \"Hilltop Library\"}", point(StraightRoad.E0 + 1000, StraightRoad.N0 + 400))));
        assertThat(run("rank", file.toString(), "--type", "libraries")).as(console.err()).isEqualTo(Main.OK);
        List<String> rankWarnings = warnings();
        assertThat(rankWarnings).contains("warning: Libraries: Hilltop Library at (351000, 400400): the nearest walkable"
                + " path or road is 400 m away, beyond the snap tolerance of 250 m. Check its location, or raise the"
                + " tolerance if it really is that far from a path.");

        console.clear();
        assertThat(run("run", file.toString(), "--out", dir.resolve("run-out").toString())).as(console.err())
                .isEqualTo(Main.OK);
        assertThat(rankWarnings).as("the same warnings as run prints").isEqualTo(warnings());
    }

    private List<String> warnings() {
        return console.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    }

    private void assertOneLine(String message) throws IOException {
        assertThat(console.err()).contains(message).doesNotContain("Exception", "\tat ");
        assertThat(console.err().strip().lines().filter(l -> l.startsWith("catchment:")).toList()).hasSize(1);
        assertThat(written()).as("nothing written").isEmpty();
    }
}
