package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.CatchmentException;
import org.catchment.io.RoadTiles;
import org.catchment.io.shapefile.ShapefileWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network's extent is compared with the study area first. The ward Quayside is E 400000 to
 * 401000, N 300000 to 301000 ({@link RoadTiles}), its GP surgery on the road at E 400300.
 *
 * <ul>
 *   <li>A road from E 399000 to 400400 along N 300500: its extent widened by the 100 m trim
 *       (E 398900 to 400500, N 300400 to 300600) holds 500 x 200 m of the ward, 10%: a warning.
 *   <li>The Rutland OpenStreetMap extract, whose header box is E 479527 to 506775, N 292392 to
 *       319324 in British National Grid, 79 km east: none of the ward, an error that blames
 *       neither the facilities nor the CRS.
 * </ul>
 */
class NetworkCoverTest {

    static final Path RUTLAND = Path.of("data", "rutland", "rutland-latest.osm.pbf").toAbsolutePath();

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() {
        RoadTiles.writeWard(dir.resolve("ward.shp"));
        RoadTiles.writePoints(dir.resolve("gp.shp"), List.of("G1"), List.of("POINT (400300 300500)"));
        ShapefileWriter.write(RoadTiles.tile("RoadLink", List.of("MULTILINESTRING ((399000 300500, 400400 300500))"),
                List.of(List.of("R1", "n1", "n2", "Local Road", "West Road", 1400.0))), dir.resolve("RoadLink.shp"));
    }

    static Analysis analysis(String roads, String facilities) throws Exception {
        Path file = dir.resolve("cover.yml");
        Files.writeString(file, "name: Cover\nnetwork: {roads: [" + roads + "], cache: false}\n"
                + "study_area: {layer: ward.shp, name_field: name}\n"
                + "facilities:\n  - {type: gp, label: GP surgeries, layer: " + facilities + ", name_field: name,"
                + " bands_min: [5]}\ndeserts: {min_missing: 1}\n");
        return AnalysisFiles.read(file);
    }

    @Test
    void aNetworkCoveringPartOfTheStudyAreaIsOneWarningWithBothExtentsAndTheShare() throws Exception {
        try (AnalysisResult r = AnalysisRunner.run(analysis("RoadLink.shp", "gp.shp"))) {
            assertThat(r.warnings()).contains("RoadLink.shp: the network covers only 10% of the study area: the network"
                    + " covers E 399000 to 400400, N 300500 to 300500 and the study area E 400000 to 401000, N 300000 to"
                    + " 301000 (EPSG:27700). Places beyond the network cannot be reached; give a network that covers the"
                    + " whole study area.");
        }
    }

    @Test
    void aNetworkOfAnotherPlaceIsOneErrorSayingSoBeforeTheFacilitiesAreRead() throws Exception {
        Files.writeString(dir.resolve("gp_broken.shp"), "not a shapefile");
        Analysis analysis = analysis(RUTLAND.toString(), "gp_broken.shp");
        assertThatThrownBy(() -> AnalysisRunner.run(analysis).close()).isInstanceOf(CatchmentException.class)
                .hasMessage(RUTLAND + ": the network and the study area do not meet: the network covers E 479527 to"
                        + " 506775, N 292392 to 319324 and the study area E 400000 to 401000, N 300000 to 301000"
                        + " (EPSG:27700), so none (0%) of the study area is covered. Check that network.roads is the"
                        + " network of the study area's place, and the study area the one meant.");
    }

    @Test
    void aNetworkCoveringTheStudyAreaSaysNothing() throws Exception {
        ShapefileWriter.write(RoadTiles.tile("Whole", List.of("MULTILINESTRING ((399000 300500, 401500 300500))",
                "MULTILINESTRING ((400500 299950, 400500 301050))"), List.of(
                List.of("R1", "n1", "n2", "Local Road", "West Road", 2500.0),
                List.of("R2", "n3", "n4", "Local Road", "North Road", 1100.0))), dir.resolve("Whole.shp"));
        try (AnalysisResult r = AnalysisRunner.run(analysis("Whole.shp", "gp.shp"))) {
            assertThat(r.warnings()).noneMatch(w -> w.contains("of the study area"));
        }
    }
}
