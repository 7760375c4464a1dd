package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.IntStream;
import org.catchment.InputException;
import org.catchment.io.RoadTiles;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.Facility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code network.clip_to_study_area} and a folder under {@code network.roads}, on the tiles of
 * {@link RoadTiles} around the one-kilometre ward Quayside. One type, GP surgeries, band 5
 * minutes: reach F = 5 x 80 + 100 = 500 m, network reach R = 500 + 250 (snap tolerance) = 750 m.
 *
 * <pre>
 *   G4 (E 450100): far away                        dropped
 *   G3 E 402000 N 300520: 1,000 m east of the ward  dropped (more than 500 m)
 *   G2 E 401400 N 300520:   400 m east              kept
 *   G1 E 400500 N 300500: inside, on A1             kept
 * </pre>
 */
class ClipToStudyAreaTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws Exception {
        RoadTiles.write(dir.resolve("roads"));
        RoadTiles.writeWard(dir.resolve("ward.shp"));
        RoadTiles.writePoints(dir.resolve("gp.shp"), List.of("G1", "G2", "G3", "G4"), List.of("POINT (400500 300500)",
                "POINT (401400 300520)", "POINT (402000 300520)", "POINT (450100 350010)"));
        RoadTiles.writeAreas(dir.resolve("park.shp"), List.of("Long Park"), List.of(
                "MULTIPOLYGON (((401500 300400, 401500 300600, 403000 300600, 403000 300400, 401500 300400)))"));
        Files.createDirectories(dir.resolve("no_links"));
        Files.copy(dir.resolve("roads/RoadNode.shp"), dir.resolve("no_links/RoadNode.shp"));
    }

    static Analysis analysis(String network, String bands) throws Exception {
        return analysis(network, bands, "");
    }

    static Analysis analysis(String network, String bands, String moreFacilities) throws Exception {
        String yaml = "name: Clip test\nnetwork: {roads: [roads], " + network + "}\n"
                + "study_area: {layer: ward.shp, name_field: name}\n"
                + "facilities:\n  - {type: gp, label: GP surgeries, layer: gp.shp, name_field: name, bands_min: " + bands + "}\n"
                + moreFacilities + "deserts: {min_missing: 1}\n";
        Path file = dir.resolve("clip.yml");
        Files.writeString(file, yaml);
        return AnalysisFiles.read(file);
    }

    @Test
    void aFolderExpandsToItsRoadLinkShapefilesSortedByName() throws Exception {
        assertThat(analysis("cache: false", "[5]").roads()).extracting(r -> dir.relativize(r.file()).toString())
                .containsExactly("roads/SA_RoadLink.shp", "roads/sub/sb_roadlink.shp", "roads/SC_RoadLink.shp");
    }

    @Test
    void onlyTheLinksWithinReachAreReadAndTheFarTileIsNeverOpened() throws Exception {
        try (AnalysisResult r = AnalysisRunner.run(analysis("cache: false", "[5]"))) {
            assertThat(edgeIds(r.network())).containsExactlyInAnyOrder("A1", "A2", "A4", "B1");
            assertThat(r.notes()).contains("Network clipped to the study area widened by 0.75 km and the facilities near it"
                    + " (E 399250 to 401750, N 299250 to 301750): 2 of 3 road files read, 1 passed over by their extent.");
        }
    }

    /**
     * Long Park, E 401500-403000, is 500 m from the ward, so it is kept; its far end is beyond the
     * clip, so the network envelope grows to its envelope widened by the snap tolerance (to E
     * 403250) and its access points there find the same roads: A3 (E 401800-402000) is read.
     */
    @Test
    void theNetworkEnvelopeGrowsToHoldAKeptParkAndTheRoadsNearIt() throws Exception {
        String park = "  - {type: parks, label: Parks, layer: park.shp, name_field: name, bands_min: [5]}\n";
        try (AnalysisResult r = AnalysisRunner.run(analysis("cache: false", "[5]", park))) {
            assertThat(r.types().get(1).catchment().facilities()).extracting(Facility::name).containsExactly("Long Park");
            assertThat(edgeIds(r.network())).containsExactlyInAnyOrder("A1", "A2", "A3", "A4", "B1");
            assertThat(r.notes()).anyMatch(n -> n.contains("(E 399250 to 403250, N 299250 to 301750)"));
        }
    }

    @Test
    void facilitiesBeyondReachAreLeftOutWithOneNote() throws Exception {
        try (AnalysisResult r = AnalysisRunner.run(analysis("cache: false", "[5]"))) {
            List<Facility> kept = r.types().get(0).catchment().facilities();
            assertThat(kept).extracting(Facility::name).containsExactly("G1", "G2");
            assertThat(kept).extracting(Facility::index).containsExactly(0, 1);
            assertThat(r.notes()).contains("GP surgeries: 2 of 4 facilities more than 0.5 km outside the study area"
                    + " were left out (they cannot reach it within 5 minutes).");
            assertThat(r.warnings()).noneMatch(w -> w.contains("G3") || w.contains("G4"));
        }
    }

    /**
     * Band 20: F = 1,700 m, R = 1,950 m, so every link of SA and SB lies wholly inside the clip and
     * A4 is a true island (its nodes meet no other link): a facility on it is still warned about.
     */
    @Test
    void anIslandWhollyInsideTheClipIsStillWarnedAbout() throws Exception {
        String clinic = "  - {type: clinics, label: Clinics, layer: clinic.shp, name_field: name, bands_min: [20]}\n";
        RoadTiles.writePoints(dir.resolve("clinic.shp"), List.of("Corner Clinic"), List.of("POINT (401720 301880)"));
        try (AnalysisResult r = AnalysisRunner.run(analysis("cache: false", "[20]", clinic))) {
            assertThat(r.warnings()).anyMatch(w -> w.startsWith("Corner Clinic joins the network on an island of 1 edges"));
            assertThat(r.warnings()).noneMatch(w -> w.startsWith("G1 joins"));
        }
    }

    @Test
    void withoutTheClipEveryTileIsRead() throws Exception {
        Analysis all = analysis("cache: false, clip_to_study_area: false", "[5]");
        assertThatThrownBy(() -> AnalysisRunner.run(all).close()).isInstanceOf(InputException.class)
                .hasMessageContaining("SC_RoadLink");
    }

    @Test
    void theClipIsPartOfTheCacheFingerprint() throws Exception {
        try (AnalysisResult first = AnalysisRunner.run(analysis("cache: true", "[5]"))) {
            assertThat(first.notes()).noneMatch(n -> n.contains("reloaded"));
        }
        try (AnalysisResult again = AnalysisRunner.run(analysis("cache: true", "[5]"))) {
            assertThat(again.notes()).anyMatch(n -> n.contains("reloaded from the cache"));
            assertThat(edgeIds(again.network())).containsExactlyInAnyOrder("A1", "A2", "A4", "B1");
        }
        // band 10: F = 900 m, R = 1,150 m, so A3 (from 50 m beyond the old clip) and B2 come in
        try (AnalysisResult wider = AnalysisRunner.run(analysis("cache: true", "[10]"))) {
            assertThat(wider.notes()).noneMatch(n -> n.contains("reloaded"));
            assertThat(edgeIds(wider.network())).containsExactlyInAnyOrder("A1", "A2", "A3", "A4", "B1", "B2");
        }
        // every file the folder expands to is in the fingerprint, even the tile the clip passes over
        Path far = dir.resolve("roads/SC_RoadLink.shp");
        Files.setLastModifiedTime(far, FileTime.fromMillis(Files.getLastModifiedTime(far).toMillis() + 60_000));
        try (AnalysisResult touched = AnalysisRunner.run(analysis("cache: true", "[5]"))) {
            assertThat(touched.notes()).noneMatch(n -> n.contains("reloaded"));
        }
    }

    @Test
    void aFolderWithoutRoadLinkFilesIsAClearError() {
        assertThatThrownBy(() -> AnalysisFiles.parse("network: {roads: [no_links]}\n"
                + "study_area: {layer: ward.shp, name_field: name}\nfacilities: [{type: gp, layer: gp.shp}]\n",
                dir.resolve("bad.yml"))).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.yml").hasMessageContaining("line 1, network.roads[0]")
                .hasMessageContaining(dir.resolve("no_links").toString())
                .hasMessageContaining("no OS Open Roads RoadLink shapefile").hasMessageContaining("SU_RoadLink.shp");
    }

    static List<String> edgeIds(WalkingNetwork network) {
        return IntStream.range(0, network.edgeCount()).mapToObj(network::edgeSourceId).toList();
    }
}
