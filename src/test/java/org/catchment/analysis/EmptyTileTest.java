package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.cli.Main;
import org.catchment.io.RoadTiles;
import org.catchment.io.TestLayers;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.overlay.CoverageRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A tiled run with a tile that has no road within reach (an island ward 5 km from the only roads):
 * the tile is an empty tile, not the end of the run. Two wards by code: Quayside (A, E 400000-401000,
 * N 300000-301000) with a cross of four road links meeting at (400500, 300500), and Islay (B, E
 * 406000-407000) with none within R = 5 min x 80 m/min + 100 m trim + 250 m snap = 750 m. A GP in each
 * ward (Islay's cannot join), bands of 5 minutes, and four postcodes with known minutes: P1 200 m
 * from Quayside's GP (2.5 min), P2 400 m from any road (off the network), P3 550 m away (more than 5
 * min) and P4 in Islay (off the network). The tiled run gives those, Islay's coverage 0, a warning
 * naming the tile, and the untiled run's coverage, postcode minutes and warning for the GP that cannot join.
 */
class EmptyTileTest {

    @TempDir
    static Path dir;

    static AnalysisResult whole;
    static AnalysisResult tiled;

    private static final String YML = """
            name: Island
            network: {roads: [RoadLink.shp], cache: false}
            study_area: {layer: wards.shp, name_field: name, code_field: code}
            facilities:
              - {type: gp, label: GP surgeries, layer: gp.shp, name_field: name, bands_min: [5]}
            accessibility: {postcodes: postcodes.csv}
            deserts: {min_missing: 1}
            output: {dir: out}
            """;

    @BeforeAll
    static void run() throws IOException {
        ShapefileWriter.write(RoadTiles.tile("RoadLink",
                List.of("MULTILINESTRING ((399800 300500, 400500 300500))",
                        "MULTILINESTRING ((400500 300500, 401200 300500))",
                        "MULTILINESTRING ((400500 300500, 400500 301200))",
                        "MULTILINESTRING ((400500 299800, 400500 300500))"),
                List.of(List.of("L1", "n1", "n2", "Local Road", "West Street", 700.0),
                        List.of("L2", "n2", "n3", "Local Road", "East Street", 700.0),
                        List.of("L3", "n2", "n4", "Local Road", "North Street", 700.0),
                        List.of("L4", "n5", "n2", "Local Road", "South Street", 700.0))), dir.resolve("RoadLink.shp"));
        ShapefileWriter.write(TestLayers.layer("wards", MultiPolygon.class, List.of(RoadTiles.WARD,
                        "MULTIPOLYGON (((406000 300000, 406000 301000, 407000 301000, 407000 300000, 406000 300000)))"),
                List.of(new TestLayers.Attr("name", String.class), new TestLayers.Attr("code", String.class)),
                List.of(List.of("Quayside", "A"), List.of("Islay", "B"))), dir.resolve("wards.shp"));
        RoadTiles.writePoints(dir.resolve("gp.shp"), List.of("G1", "G2"),
                List.of("POINT (400500 300600)", "POINT (406500 300500)"));
        Files.writeString(dir.resolve("postcodes.csv"), """
                postcode,easting,northing
                P1,400500,300400
                P2,400900,300900
                P3,400950,300500
                P4,406500,300600
                """);
        Path file = Files.writeString(dir.resolve("island.yml"), YML);
        Analysis a = AnalysisFiles.read(file);
        whole = AnalysisRunner.run(a);
        tiled = AnalysisRunner.run(new Analysis(a.spec().withTiles(TilesSpec.byField("code")), a.file(), a.baseDir(),
                a.workingCrs()));
    }

    @AfterAll
    static void close() {
        whole.close();
        tiled.close();
    }

    @Test
    void theTileWithoutRoadsIsEmptyAndNamedInAWarning() {
        assertThat(tiled.tiles().parts()).extracting(p -> p.id() + ": " + p.network()).containsExactly(
                "A: " + tiled.tiles().parts().get(0).network(), "B: no road link within reach (empty tile)");
        assertThat(tiled.tiles().whole(1).nodes().size()).isZero();
        assertThat(tiled.tiles().whole(0).nodes().size()).isPositive();
        assertThat(tiled.warnings()).contains("Tile B: no road link lies within 0.75 km of it, so nothing in it is"
                + " reached (1 postcode is off the network, 1 facility cannot join the network). Check that"
                + " network.roads covers it.");
    }

    @Test
    void theIslandWardIsNotCoveredAndTheOtherAsInTheUntiledRun() {
        TiledEquality.assertCoverage(tiled.wardCoverage(), whole.wardCoverage());
        CoverageRow islay = tiled.wardCoverage().stream().filter(r -> r.zone().equals("Islay")).findFirst().orElseThrow();
        assertThat(islay.coveredAreaM2()).isZero();
        assertThat(islay.areaShare()).isZero();
        CoverageRow quayside = tiled.wardCoverage().stream().filter(r -> r.zone().equals("Quayside")).findFirst()
                .orElseThrow();
        assertThat(quayside.coveredAreaM2()).isGreaterThan(100_000);
    }

    @Test
    void postcodesHaveTheirKnownMinutesAsInTheUntiledRun() {
        PostcodeAccess p = tiled.accessibility().postcodes();
        assertThat(p.postcodes()).containsExactly("P1", "P2", "P3", "P4");
        double[] m = p.types().get(0).minutes();
        assertThat(m[0]).isCloseTo(2.5, within(1e-9));
        assertThat(m[1]).as("400 m from a road").isNaN();
        assertThat(m[2]).as("550 m from the GP").isInfinite();
        assertThat(m[3]).as("on the island").isNaN();
        TiledEquality.assertPostcodes(tiled, whole);
    }

    @Test
    void theIslandsGpFailsToJoinAsInTheUntiledRun() {
        String failure = "GP surgeries: G2 at (406500, 300500): no walkable path or road nearby, beyond the snap"
                + " tolerance of 250 m. Check its location, or raise the tolerance if it really is that far from a path.";
        assertThat(whole.warnings()).contains(failure);
        assertThat(tiled.warnings()).contains(failure);
        assertThat(tiled.types().get(0).catchment().starts().failures())
                .isEqualTo(whole.types().get(0).catchment().starts().failures());
    }

    /** The command line writes the tiled run's outputs: the island's postcode flagged beyond the network. */
    @Test
    void theCommandLineWritesTheOutputs() throws IOException {
        StringWriter err = new StringWriter();
        Path file = Files.writeString(dir.resolve("island_tiled.yml"), YML.replace("dir: out", "dir: tiled_out")
                + "tiles: {by: code}\n");
        assertThat(Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "run",
                file.toString())).as(err.toString()).isEqualTo(Main.OK);
        assertThat(Files.readAllLines(dir.resolve("tiled_out/access_postcodes.csv"))).hasSize(5)
                .anyMatch(l -> l.startsWith("P4,"));
        assertThat(err.toString()).contains("Tile B: no road link");
    }
}
