package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.RunOptions;
import org.catchment.analysis.TilesSpec;
import org.catchment.io.ResumeFolder;
import org.catchment.io.StagedFolder;
import org.catchment.io.TestLayers;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.geopackage.PartedLayer;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/**
 * A tiled run's outputs begun when its tiles are done ({@link EarlyOutputs}), as the command line
 * writes them: the {@link StraightRoad} analysis on a 500 m grid (eight tiles: the 2 km road across
 * four squares, the wards' 1 km across two) gives
 * the same files as {@link Outputs#write} writes from the whole result (the CSVs and summary byte
 * for byte, the GeoPackage but for the times it stores); a run that fails once its tiles are done,
 * or whose outputs are then refused, leaves no output and no staging folder, only its finished
 * tiles to resume from; a failure on the GeoPackage's thread is told once and leaves no file.
 */
class EarlyOutputsTest {

    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    @TempDir
    static Path dir;
    static Analysis tiled;

    @BeforeAll
    static void write() throws IOException {
        Analysis a = AnalysisFiles.read(StraightRoad.write(dir.resolve("input"), ""));
        tiled = new Analysis(a.spec().withTiles(TilesSpec.grid(0.5)), a.file(), a.baseDir(), a.workingCrs());
    }

    @Test
    void theOutputsBegunOnceTheTilesAreDoneAreThoseWrittenFromTheWholeResult(@TempDir Path out) throws Exception {
        Path once = out.resolve("once");
        try (AnalysisResult r = AnalysisRunner.run(tiled.withOutputDir(once))) {
            Outputs.write(r, false, ProgressListener.NONE, () -> false);
        }
        Path early = out.resolve("early");
        Analysis a = tiled.withOutputDir(early);
        List<String> begun = new ArrayList<>();
        List<String> written;
        try (EarlyOutputs outputs = new EarlyOutputs(a);
             AnalysisResult r = AnalysisRunner.run(a, ProgressListener.NONE, () -> false,
                     RunOptions.DEFAULT.withTilesDone(catchments -> {
                         assertThat(catchments.deserts()).as("told before the overlay").isNull();
                         begun.add(catchments.tiles().size() + " tiles");
                         outputs.accept(catchments);
                     }))) {
            written = outputs.write(r, false, ProgressListener.NONE, () -> false).stream()
                    .map(p -> p.getFileName().toString()).toList();
        }
        assertThat(begun).containsExactly("8 tiles");
        assertThat(entries(early)).isEqualTo(entries(once)).containsAll(written).contains("catchment.gpkg", "deserts.csv");
        for (String name : written) {
            if (!name.endsWith(".gpkg") && !name.endsWith(".png")) {
                assertThat(Files.readString(early.resolve(name))).as(name).isEqualTo(Files.readString(once.resolve(name)));
            }
        }
        assertThat(count(early, "node_times")).as("the road's two ends").isEqualTo(2);
        assertThat(count(early, "reachable_network")).isGreaterThanOrEqualTo(4);
        String expected = withoutTimes(once.resolve("catchment.gpkg"));
        assertThat(withoutTimes(early.resolve("catchment.gpkg")).equals(expected))
                .as("the GeoPackage, but for its times").isTrue();
    }

    @Test
    void aRunFailingOnceItsTilesAreDoneLeavesNoOutput(@TempDir Path out) throws Exception {
        Analysis a = tiled.withOutputDir(out);
        List<String> staged = new ArrayList<>();
        try (EarlyOutputs outputs = new EarlyOutputs(a)) {
            assertThatThrownBy(() -> AnalysisRunner.run(a, ProgressListener.NONE, () -> false,
                    RunOptions.DEFAULT.withTilesDone(catchments -> {
                        outputs.accept(catchments);
                        staged.addAll(entries(out));
                        throw new CatchmentException("the merge failed");
                    }))).hasMessage("the merge failed");
        }
        assertThat(staged).anyMatch(n -> n.startsWith(StagedFolder.PREFIX));
        assertThat(entries(out)).containsExactly(ResumeFolder.NAME);
    }

    @Test
    void anExportRefusedOnceTheGeoPackageIsBegunLeavesTheFolderAsItWas(@TempDir Path out) throws Exception {
        Analysis a = tiled.withOutputDir(out);
        try (EarlyOutputs outputs = new EarlyOutputs(a);
             AnalysisResult r = AnalysisRunner.run(a, ProgressListener.NONE, () -> false,
                     RunOptions.DEFAULT.withTilesDone(outputs))) {
            Files.writeString(out.resolve("deserts.csv"), "an earlier run's table");
            assertThatThrownBy(() -> outputs.write(r, false, ProgressListener.NONE, () -> false))
                    .isInstanceOf(CatchmentException.class).hasMessageContaining("deserts.csv")
                    .hasMessageContaining("--force");
            assertThat(entries(out)).as("no staging folder, while the run still holds its result")
                    .containsExactly(ResumeFolder.NAME, "deserts.csv");
        }
        assertThat(Files.readString(out.resolve("deserts.csv"))).isEqualTo("an earlier run's table");
    }

    /**
     * A failure on the GeoPackage's thread (a tile that cannot be read back, or the heap running
     * out) is told by the export, as it was; closing after it throws nothing more, and no file is left.
     */
    @Test
    void aFailureOnTheGeoPackagesThreadIsToldOnceAndLeavesNoFile(@TempDir Path out) throws Exception {
        Layer sites = TestLayers.layer("Sites", Point.class, List.of("POINT (1 2)"),
                List.of(new TestLayers.Attr("minutes", Double.class)), List.<List<Object>>of(List.of(2.5)));
        for (Throwable failure : List.of(new CatchmentException("tile 3 cannot be read"),
                new OutOfMemoryError("Java heap space"))) {
            EarlyOutputs.Begun begun = new EarlyOutputs.Begun(GeoPackageWriter.Session.open(out.resolve("catchment.gpkg")),
                    List.of(new PartedLayer("Sites", sites.featureType(), 2, i -> {
                        if (i == 1 && failure instanceof Error e) {
                            throw e;
                        }
                        if (i == 1) {
                            throw (RuntimeException) failure;
                        }
                        return sites;
                    })));
            assertThatThrownBy(() -> begun.finish(List.of(new GeoPackageWriter.Deferred("Sites", () -> sites)), Map.of()))
                    .isSameAs(failure);
            begun.close();
            assertThat(entries(out)).as(failure.getMessage()).isEmpty();
        }
    }

    private static List<String> entries(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(Path folder, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("catchment.gpkg"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getInt(1);
        }
    }

    private static String withoutTimes(Path gpkg) throws IOException {
        return TIME.matcher(new String(Files.readAllBytes(gpkg), StandardCharsets.ISO_8859_1))
                .replaceAll("2026-12-07T05:00:00.000Z");
    }
}
