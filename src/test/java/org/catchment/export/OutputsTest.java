package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.OutputNames;
import org.catchment.analysis.ProgressListener;
import org.catchment.io.csv.CsvTable;
import org.catchment.io.geopackage.GeoPackageReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staged, all-or-nothing export of the {@link StraightRoad} analysis: which files, under which
 * names, and what a folder holds after a refusal, a failure or a cancellation (exactly what it held
 * before) or a forced export (the outputs replaced, nothing else touched).
 */
class OutputsTest {

    /** What the straight-road analysis writes (two types, no zones or indicators), in order. */
    private static final List<String> FILES = List.of("catchment.gpkg", "ward_coverage.csv", "deserts.csv", "map_gp.png",
            "map_libraries.png", "map_deserts.png", "summary.txt");

    @TempDir
    static Path dir;
    static Analysis analysis;
    static AnalysisResult result;

    @BeforeAll
    static void run() throws IOException {
        analysis = AnalysisFiles.read(StraightRoad.write(dir.resolve("input"), ""));
        result = AnalysisRunner.run(analysis);
    }

    @AfterAll
    static void close() {
        result.close();
    }

    @Test
    void fileNamesFollowTheTypesZonesAndIndicators() {
        assertThat(Outputs.fileNames(analysis.spec())).isEqualTo(FILES);
        Analysis sample = AnalysisFiles.read(Path.of("data", "sample", "analysis.yml"));
        assertThat(Outputs.fileNames(sample.spec())).containsExactly("catchment.gpkg", "ward_coverage.csv",
                "lsoa_coverage.csv", "deserts.csv", "deserts_by_imd_2019_decile.csv", "access_postcodes.csv",
                "access_lsoa.csv", "map_gp.png", "map_libraries.png",
                "map_community_centres.png", "map_sports_centres.png", "map_foodbanks.png", "map_parks.png",
                "map_retail_centres.png", "map_deserts.png", "summary.txt");
        assertThat(OutputNames.zoneTable(new AnalysisSpec.ZoneSpec("zones/Output Areas 2021.shp", "name")))
                .isEqualTo("output_areas_2021_coverage.csv");
        assertThat(OutputNames.zoneTable(new AnalysisSpec.ZoneSpec("census.gpkg#LSOA", "name")))
                .isEqualTo("census_coverage.csv");
    }

    @Test
    void writesEveryOutputIntoTheFolderAndNothingElse(@TempDir Path out) throws IOException {
        List<String> messages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        List<Path> written = Outputs.write(result.withOutputDir(out), false, (stage, fraction, message) -> {
            fractions.add(fraction);
            messages.add(message);
        }, () -> false);

        assertThat(written).containsExactlyElementsOf(FILES.stream().map(out::resolve).toList());
        assertThat(listing(out).keySet()).containsExactlyInAnyOrderElementsOf(FILES);
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
        assertThat(GeoPackageReader.featureTables(out.resolve("catchment.gpkg"))).containsExactlyInAnyOrder("study_area",
                "facilities", "access_points", "service_areas", "reachable_network", "node_times", "served_count",
                "deserts", "ward_coverage", "input_zones", "input_gp", "input_libraries");
        CsvTable deserts = CsvTable.read(out.resolve("deserts.csv"));
        assertThat(deserts.rows()).hasSize(1);
        assertThat(Double.parseDouble(deserts.rows().get(0).get("area_m2"))).isCloseTo(StraightRoad.WEST_M2
                + StraightRoad.EAST_M2 - 200 * 970 - 200 * 800 - StraightRoad.CAPS_M2, within(0.01));
        assertThat(CsvTable.read(out.resolve("ward_coverage.csv")).rows()).hasSize(2 * 4);
        BufferedImage map = ImageIO.read(out.resolve("map_gp.png").toFile());
        assertThat(map.getWidth()).isEqualTo(300);
        assertThat(map.getHeight()).isEqualTo(200);
        assertThat(Files.readString(out.resolve("summary.txt"))).startsWith("Straight road\n");
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(messages).as("the files are written at once, so in any order").contains("Writing catchment.gpkg");
        assertThat(messages).last().isEqualTo("Wrote 7 files to " + out);
    }

    @Test
    void anExistingOutputIsKeptAndNamedWithoutForce(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("deserts.csv"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");
        Map<String, String> before = listing(out);

        assertThatThrownBy(() -> Outputs.checkTarget(result.withOutputDir(out).analysis(), false))
                .isInstanceOf(CatchmentException.class).hasMessageContaining("deserts.csv")
                .hasMessageContaining("already exists").hasMessageContaining("--force");
        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), false, ProgressListener.NONE, () -> false))
                .isInstanceOf(CatchmentException.class).hasMessageContaining("deserts.csv: the output already exists");
        assertThat(listing(out)).isEqualTo(before);
    }

    @Test
    void forceReplacesTheOutputsAndLeavesOtherFilesAlone(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("deserts.csv"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");

        Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false);

        Map<String, String> after = listing(out);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(concat(FILES, "notes.txt"));
        assertThat(after.get("notes.txt")).isEqualTo("mine");
        assertThat(after.get("deserts.csv")).startsWith("id,ward,area_m2,");
    }

    /** A failure after the GeoPackage, the tables and one map were staged (here thrown by the progress listener). */
    @Test
    void aFailureWhileWritingLeavesTheFolderAsItWas(@TempDir Path out) throws IOException {
        Map<String, String> before = oldOutputs(out);

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, (stage, fraction, message) -> {
            if (message.equals("Drawing map_libraries.png")) {
                throw new CatchmentException("no space left on device");
            }
        }, () -> false)).isInstanceOf(CatchmentException.class)
                .hasMessage(out + ": the outputs could not be written, and none were left behind: no space left on device");
        assertThat(listing(out)).isEqualTo(before);
    }

    @Test
    void aCancelledExportLeavesTheFolderAsItWas(@TempDir Path out) throws IOException {
        Map<String, String> before = oldOutputs(out);
        AtomicBoolean cancel = new AtomicBoolean();

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, (stage, fraction, message) -> {
            if (message.equals("Drawing map_gp.png")) {
                cancel.set(true);
            }
        }, cancel::get)).isInstanceOf(CancelledException.class);
        assertThat(listing(out)).isEqualTo(before);
    }

    /** A folder where an output would go cannot be replaced: refused before anything is written, even with --force. */
    @Test
    void aFolderInAnOutputsPlaceIsRefusedBeforeAnythingIsWritten(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("map_deserts.png"));
        Files.writeString(out.resolve("map_deserts.png").resolve("inside.txt"), "kept");
        Files.writeString(out.resolve("catchment.gpkg"), "old");
        Map<String, String> before = listing(out);

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false))
                .isInstanceOf(CatchmentException.class).hasMessageContaining("map_deserts.png")
                .hasMessageContaining("not a file");
        assertThat(listing(out)).isEqualTo(before);
        assertThat(Files.readString(out.resolve("map_deserts.png").resolve("inside.txt"))).isEqualTo("kept");
    }

    /** The GP surgeries read from a CSV called deserts.csv, in the folder the outputs would go to. */
    @Test
    void anOutputThatWouldReplaceAnInputIsRefusedEvenWithForce(@TempDir Path in) throws IOException {
        Path file = StraightRoad.write(in, "");
        Files.writeString(in.resolve("deserts.csv"), "name,easting,northing\nElm Road Surgery,350200,400030\n");
        Files.writeString(file, Files.readString(file).replace("layer: gp.geojson", "layer: deserts.csv\n    crs: EPSG:27700"));
        Analysis here = AnalysisFiles.read(file).withOutputDir(in);

        assertThatThrownBy(() -> Outputs.checkTarget(here, true)).isInstanceOf(CatchmentException.class)
                .hasMessage(in.resolve("deserts.csv") + ": this output would overwrite an input of the analysis."
                        + " Choose another output folder with --out.");
        assertThat(Files.readString(in.resolve("deserts.csv"))).startsWith("name,easting,northing");
        Outputs.checkTarget(AnalysisFiles.read(file).withOutputDir(in.resolve("out")), true);
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused(@TempDir Path in) throws IOException {
        Path notAFolder = Files.writeString(in.resolve("out"), "a file");
        assertThatThrownBy(() -> Outputs.checkTarget(analysis.withOutputDir(notAFolder), true))
                .hasMessage(notAFolder + ": the output folder is a file. Choose another folder with --out.");
    }

    /** Every output present with the text "old", and a file of the user's. */
    private static Map<String, String> oldOutputs(Path out) throws IOException {
        for (String name : FILES) {
            Files.writeString(out.resolve(name), "old");
        }
        Files.writeString(out.resolve("notes.txt"), "mine");
        return listing(out);
    }

    /** @return every entry of the folder, hidden ones too, with a regular file's text ("folder" for a folder) */
    private static Map<String, String> listing(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                out.put(p.getFileName().toString(), Files.isDirectory(p) ? "folder"
                        : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private static List<String> concat(List<String> names, String more) {
        List<String> all = new ArrayList<>(names);
        all.add(more);
        return all;
    }
}
