package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.io.csv.CsvTable;
import org.catchment.io.geojson.GeoJsonText;
import org.catchment.siting.SitingRoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catchment site} on {@link SitingRoad} (a 6 km road, candidates A..D whose greedy picks are
 * A +100, D +50, B +30 residents): the output set and its figures, and one line with nothing
 * written for each bad request.
 */
class SiteCliTest {

    @TempDir
    Path dir;

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(args);
    }

    private List<Path> written() throws IOException {
        return Console.filesBelow(dir.resolve("out"));
    }

    @Test
    void writesThePicksWithTheirMarginalResidentsAndRunningTotal() throws IOException {
        Path file = SitingRoad.write(dir);
        assertThat(run("site", file.toString(), "--type", "gp", "--k", "3", "--candidates",
                dir.resolve("candidates.geojson").toString())).as(console.err()).isEqualTo(Main.OK);
        Path outputs = dir.resolve("out");
        assertThat(written()).containsExactlyInAnyOrder(outputs.resolve("sites_gp.gpkg"), outputs.resolve("sites_gp.csv"),
                outputs.resolve("sites_gp.png"));
        CsvTable csv = CsvTable.read(outputs.resolve("sites_gp.csv"));
        assertThat(csv.rows()).extracting(r -> r.get("name")).containsExactly("A", "D", "B");
        assertThat(csv.rows()).extracting(r -> Double.parseDouble(r.get("residents_gained"))).containsExactly(100.0, 50.0,
                30.0);
        assertThat(csv.rows()).extracting(r -> Double.parseDouble(r.get("residents_total"))).containsExactly(100.0, 150.0,
                180.0);
        assertThat(console.out()).contains("1. A").contains("+100 residents (total 100)").contains("(total 180)");
    }

    @Test
    void aGridAlongTheRoadReachesEveryoneWithThreeSites() throws IOException {
        Path file = SitingRoad.write(dir);
        assertThat(run("site", file.toString(), "--type", "gp", "--k", "3", "--spacing", "100")).as(console.err())
                .isEqualTo(Main.OK);
        CsvTable csv = CsvTable.read(dir.resolve("out/sites_gp.csv"));
        assertThat(csv.rows()).hasSizeLessThanOrEqualTo(3);
        assertThat(Double.parseDouble(csv.rows().get(csv.rows().size() - 1).get("residents_total"))).isEqualTo(180);
    }

    @Test
    void anUnknownTypeIsOneLineAndNothingIsWritten() throws IOException {
        Path file = SitingRoad.write(dir);
        assertThat(run("site", file.toString(), "--type", "pharmacies", "--k", "2")).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err().strip()).isEqualTo("catchment: " + file + ": --type pharmacies is not a facility type of the analysis."
                + " Give one of gp, libraries.");
        assertThat(written()).isEmpty();
    }

    @Test
    void anEmptyCandidateLayerIsOneLineAndNothingIsWritten() throws IOException {
        Path file = SitingRoad.write(dir);
        Path empty = dir.resolve("none.geojson");
        GeoJsonText.write(empty, List.of());
        assertThat(run("site", file.toString(), "--type", "gp", "--k", "1", "--candidates", empty.toString()))
                .isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err().strip()).doesNotContain("\n").startsWith("catchment: " + empty + ": --candidates: the candidate layer"
                + " has no site.").contains("leave out --candidates");
        assertThat(written()).isEmpty();
    }

    @Test
    void moreSitesThanCandidatesIsOneLineAndNothingIsWritten() throws IOException {
        Path file = SitingRoad.write(dir);
        Path layer = dir.resolve("candidates.geojson");
        assertThat(run("site", file.toString(), "--type", "gp", "--k", "5", "--candidates", layer.toString()))
                .isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err().strip()).isEqualTo("catchment: " + layer + ": --k 5 asks for more sites than the layer's 4 candidates."
                + " Ask for at most 4, or give a layer with more candidates.");
        assertThat(written()).isEmpty();

        console.clear();
        assertThat(run("site", file.toString(), "--type", "gp", "--k", "40", "--spacing", "1000"))
                .isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(console.err()).contains(file + ": --k 40 asks for more sites than the 7 candidates a grid at 1000 m"
                + " places on walkable links in the study area. Ask for at most 7, or give a smaller --spacing.");
        assertThat(written()).isEmpty();
    }
}
