package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.cli.Main;
import org.catchment.export.Outputs;
import org.catchment.io.ReadOptions;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.shapefile.ShapefileReader;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.layer.Reprojector;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The bad-input matrix: each case copies the sample town, breaks one thing and runs {@code catchment
 * run} in-process, then checks the exit code, the one line the user sees, that no output (nor a
 * staging folder) was left behind and that no input changed. Cases that must succeed (repaired or
 * tolerated input) check the warning and that the outputs were written. See docs/reliability.md.
 */
class BadInputMatrixTest {

    /** Breaks one thing in a copy of the sample town. */
    @FunctionalInterface
    interface Breaker {
        void apply(Fixture f) throws Exception;
    }

    /** One case: how to break the sample, the arguments after the analysis file, the exit code and the message's words. */
    record Case(String name, Breaker breaker, List<String> args, int exit, List<String> words) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final GeometryFactory GF = new GeometryFactory();
    /** A Java class name: qualified, or a simple name ending in Exception or Error. */
    static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|com|org|net|mil)\\.(?:[a-z_]\\w*\\.)+[A-Z]\\w*|\\b[A-Z]\\w*(?:Exception|Error)\\b");
    /** The sample's population section. */
    private static final String POPULATION = "population: {layer: lsoa.shp, count_field: POP}\n";
    /** An indicator of the sample: IMD deciles of the LSOAs. */
    private static final String IMD = "  - {table: lsoa_indicators.csv, table_key: lsoa_code, layer: lsoa.shp, layer_key: LSOA_CODE,"
            + " field: imd_decile, classes: deciles}\n";
    private static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    static Case fails(String name, Breaker b, String... words) {
        return new Case(name, b, List.of(), Main.ANALYSIS_ERROR, List.of(words));
    }

    static Case usage(String name, Breaker b, String... words) {
        return new Case(name, b, List.of(), Main.USAGE_ERROR, List.of(words));
    }

    static Case warns(String name, Breaker b, String... words) {
        return new Case(name, b, List.of(), Main.OK, List.of(words));
    }

    static Case withArgs(Case c, String... args) {
        return new Case(c.name(), c.breaker(), List.of(args), c.exit(), c.words());
    }

    static Stream<Case> cases() {
        return Stream.of(
                // shapefile parts
                fails("missing .shp", f -> f.delete("libraries.shp"), "libraries.shp", "does not exist"),
                fails("missing .shx", f -> f.delete("libraries.shx"), "libraries.shx"),
                fails("missing .dbf", f -> f.delete("libraries.dbf"), "libraries.dbf"),
                warns("missing .prj", f -> f.delete("libraries.prj"), "libraries.shp", ".prj", "crs"),
                fails("unknown CRS in .prj", f -> f.write("libraries.prj",
                        "PROJCS[\"Mars_Equirectangular\",GEOGCS[\"Mars\",DATUM[\"Mars_2000\",SPHEROID[\"Mars\",3396190,169.8944]],"
                        + "PRIMEM[\"Greenwich\",0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Equirectangular\"],"
                        + "UNIT[\"Meter\",1]]"), "libraries.shp", "outside the area of use", ".prj"),
                fails("garbage .prj", f -> f.write("libraries.prj", "this is not a projection"), "libraries.prj"),
                fails("lon/lat coordinates labelled BNG", f -> f.geometries("libraries.shp", g -> lonLat(g)),
                        "libraries.shp", "27700"),
                fails("BNG coordinates labelled lon/lat", f -> f.write("libraries.prj", WGS84_PRJ), "libraries.shp"),
                fails("empty facility layer", f -> f.features("libraries.shp", fs -> List.of()), "libraries.shp", "the layer is empty"),
                fails("lines given as facilities", f -> f.edit("layer: libraries.shp", "layer: railways.shp"), "railways.shp"),
                fails("points given as wards", f -> f.edit("layer: wards.shp", "layer: gp.shp"), "gp.shp", "points"),
                fails("truncated .shp", f -> f.write("libraries.shp", Arrays.copyOf(f.bytes("libraries.shp"), 150)),
                        "libraries.shp"),
                fails("truncated .shx", f -> f.write("wards.shx", Arrays.copyOf(f.bytes("wards.shx"), 110)), "wards"),
                fails(".dbf with fewer records than .shp", f -> dropLastDbfRecord(f, "libraries.dbf"), "libraries"),
                warns("non-UTF-8 .dbf without .cpg", f -> latin1Name(f), "libraries.dbf has no .cpg", "not valid UTF-8",
                        "read as Windows-1252", "libraries.cpg"),
                warns("UTF-8 .dbf without .cpg", f -> utf8Name(f), "libraries.dbf has no .cpg", "all valid UTF-8",
                        "read as UTF-8", "libraries.cpg"),
                warns("self-intersecting ward", f -> f.features("wards.shp", BadInputMatrixTest::bowtieFirst), "wards", "Town Centre", "not a valid polygon", "repaired"),
                warns("zero-area ward", f -> f.features("wards.shp", BadInputMatrixTest::withZeroAreaWard), "Flatland", "has no area", "left out"),
                warns("multipart facility points", f -> f.geometries("libraries.shp",
                        g -> GF.createMultiPoint(new Point[] {(Point) g, GF.createPoint(new Coordinate(g.getCoordinate().x + 50,
                                g.getCoordinate().y))})), "libraries.shp: 4 facilities are multipoints",
                        "'Millbrook Central Library' with 2 points", "and 1 more", "entrance", "Split them"),
                warns("duplicate facilities", f -> f.features("libraries.shp", fs -> {
                    fs.add(SimpleFeatureBuilder.copy(fs.get(0)));
                    return fs;
                }), "libraries.shp", "Millbrook Central Library", "looks like a duplicate"),
                fails("facilities all off the network", f -> f.geometries("libraries.shp",
                        g -> AffineTransformation.translationInstance(60_000, 0).transform(g)), "libraries", "network"),
                fails("no walkable links (all Motorway)", f -> allMotorway(f), "RoadLink.shp", "no walkable link"),
                warns("network split in islands", f -> splitNetwork(f), "Millbrook Central Library",
                        "joins the network on an island", "cannot leave that island"),
                fails("ward name field missing", f -> f.edit("name_field: WD_NAME", "name_field: WARD"), "wards.shp", "WARD", "WD_NAME"),
                fails("selected wards do not exist", f -> f.edit("code_field: WD_CODE}", "code_field: WD_CODE, select: [Atlantis]}"),
                        "Atlantis", "Eastside"),
                // CSV
                fails("CSV: postcode column missing", f -> f.write("foodbanks.csv", f.text("foodbanks.csv")
                        .replaceFirst("name,address,postcode", "name,address,post_code")), "foodbanks.csv", "postcode"),
                fails("CSV: text in a coordinate column", f -> xyFoodbanks(f, "355000,391000\nSecond,east,391500\n"),
                        "foodbanks_xy.csv", "row 3", "east"),
                warns("CSV: blank lines", f -> f.write("foodbanks.csv", f.text("foodbanks.csv").replace("\n", "\n\n")), ""),
                warns("CSV: byte order mark", f -> f.write("foodbanks.csv", "\uFEFF" + f.text("foodbanks.csv")), ""),
                warns("CSV: semicolon delimiter", f -> f.write("foodbanks.csv", f.text("foodbanks.csv").replace(",", ";")), "Network:"),
                fails("CSV: postcode not in the lookup", f -> f.write("foodbanks.csv", f.text("foodbanks.csv")
                        + "Nowhere Pantry,Nowhere,ZZ9 9ZZ\n"), "foodbanks.csv", "ZZ9 9ZZ"),
                fails("CSV: duplicate header", f -> f.write("foodbanks.csv", f.text("foodbanks.csv")
                        .replaceFirst("name,address,postcode", "name,name,postcode")), "foodbanks.csv", "name"),
                fails("CSV: postcode lookup missing", f -> f.delete("postcodes.csv"), "postcodes.csv", "does not exist"),
                // GeoPackage
                fails("GeoPackage: not a GeoPackage", f -> {
                    f.write("roads.gpkg", "not a database at all");
                    f.edit("roads: [RoadLink.shp]", "roads: [roads.gpkg]");
                }, "roads.gpkg"),
                fails("GeoPackage: empty file", f -> {
                    f.write("roads.gpkg", new byte[0]);
                    f.edit("roads: [RoadLink.shp]", "roads: [roads.gpkg]");
                }, "roads.gpkg"),
                // a folder of OS Open Roads tiles
                fails("roads folder without RoadLink files", f -> {
                    Files.createDirectories(f.file("tiles"));
                    Files.copy(f.file("RoadNode.shp"), f.file("tiles/RoadNode.shp"));
                    f.edit("roads: [RoadLink.shp]", "roads: [tiles]");
                }, "analysis.yml", "network.roads[0]", "tiles", "no OS Open Roads RoadLink shapefile"),
                fails("GeoPackage: table missing", f -> f.edit("roads: [RoadLink.shp]", "roads: [open_roads.gpkg#no_such_table]"),
                        "open_roads.gpkg", "no_such_table"),
                // the analysis file
                fails("analysis: unknown key", f -> f.analysis += "colour: blue\n", "analysis.yml", "colour"),
                fails("analysis: wrong type", f -> f.edit("bands_min: [10]}\n  - {type: foodbanks", "bands_min: ten}\n  - {type: foodbanks"),
                        "analysis.yml", "bands_min"),
                fails("analysis: not YAML", f -> f.analysis = "name: [unclosed\n", "analysis.yml"),
                fails("analysis: empty file", f -> f.analysis = "", "analysis.yml"),
                fails("analysis: relative path to a missing file", f -> f.edit("layer: libraries.shp", "layer: ../elsewhere/libraries.shp"),
                        "libraries.shp", "does not exist"),
                fails("analysis: band 0", f -> f.edit("bands_min: [10]}\n  - {type: foodbanks", "bands_min: [0]}\n  - {type: foodbanks"),
                        "bands_min", "from 1 to 120 min"),
                fails("analysis: negative band", f -> f.edit("bands_min: [10]}\n  - {type: foodbanks",
                        "bands_min: [-5]}\n  - {type: foodbanks"), "bands_min", "from 1 to 120 min"),
                fails("analysis: bands out of order", f -> f.edit("bands_min: [10]}\n  - {type: foodbanks",
                        "bands_min: [20, 10]}\n  - {type: foodbanks"), "bands_min", "order"),
                withArgs(usage("usage: unknown option", f -> { }, "--colour"), "--colour"),
                // memory (the free heap pretended small by a hidden option)
                withArgs(fails("a layer too large for the free heap", BadInputMatrixTest::readWholeNetwork,
                        "RoadLink.shp needs about 3 MB of memory", "only 1 MB is free", "java -Xmx", "clip the layer"),
                        "--assume-free-memory-mb", "1"),
                withArgs(fails("inputs together too large for the free heap", BadInputMatrixTest::readWholeNetwork,
                        "inputs of analysis.yml need about",
                        "RoadLink.shp 3 MB", "postcodes.csv", "only 3 MB is free", "java -Xmx"), "--assume-free-memory-mb", "3"),
                // output
                withArgs(fails("output under a regular file", f -> f.write("taken", "x"), "cannot be written"),
                        "--out", "TAKEN/sub"),
                fails("output would overwrite an input", f -> {
                    Files.move(f.file("foodbanks.csv"), f.file("deserts.csv"));
                    f.edit("layer: foodbanks.csv", "layer: deserts.csv");
                    f.edit("output: {dir: out}", "output: {dir: .}");
                }, "deserts.csv", "overwrite an input"),
                fails("existing output without --force", f -> {
                    Files.createDirectories(f.file("out"));
                    f.write("out/catchment.gpkg", "an earlier result");
                }, "catchment.gpkg", "already exists", "--force"),
                // issue 18, item 2: two outputs with one name
                fails("two zone layers whose files have one name", f -> {
                    copyShapefile(f, "lsoa", "other/lsoa");
                    f.analysis += "zones:\n  - {layer: lsoa.shp, name_field: LSOA_NAME}\n"
                            + "  - {layer: other/lsoa.shp, name_field: LSOA_NAME}\n";
                }, "analysis.yml", "line 13, zones[1]", "lsoa_coverage.csv", "zones[0] (line 12)", "name:"),
                fails("two tables of one GeoPackage as zones", f -> {
                    twoTableGeoPackage(f);
                    f.analysis += "zones:\n  - {layer: 'z.gpkg#lsoa', name_field: LSOA_NAME}\n"
                            + "  - {layer: 'z.gpkg#wards', name_field: WD_NAME}\n";
                }, "zones[1]", "z_coverage.csv", "zones[0]", "name:"),
                fails("two indicators of one field", f -> f.analysis += POPULATION + "indicators:\n" + IMD
                        + IMD.replace("deciles", "quantiles"), "line 14, indicators[1]", "deserts_by_imd_decile.csv",
                        "indicators[0] (line 13)", "label"),
                fails("an indicator without population", f -> f.analysis += "indicators:\n" + IMD, "line 11, indicators",
                        "no population layer", "population: {layer:"),
                fails("a zone layer named like the study area's table", f -> f.analysis += "zones:\n"
                        + "  - {layer: lsoa.shp, name_field: LSOA_NAME, name: ward}\n", "zones[0]", "ward_coverage.csv",
                        "the study area's coverage table"),
                // item 6: inputs that changed results silently
                fails("GeoPackage road table with NULL geometries", f -> {
                    sql(f.file("open_roads.gpkg"), "UPDATE road_link SET geom = NULL WHERE fid IN (5, 17)");
                    f.edit("roads: [RoadLink.shp]", "roads: ['open_roads.gpkg#road_link']");
                }, "open_roads.gpkg", "table road_link", "2 features have no geometry", "road_link.5, road_link.17",
                        "!bad rows", "!bad_rows"),
                fails("shapefile road with a null shape", f -> shapeTypeOfRecord(f, "RoadLink.shp", 1, 0), "RoadLink.shp",
                        "1 feature has no geometry", "RoadLink.1", "!bad rows", "!bad_rows"),
                fails("GeoJSON facility without geometry", f -> geoJsonLibraries(f, "null"), "libraries.geojson",
                        "1 feature has no geometry", "libraries.2", "bad_rows: skip (facilities[0].bad_rows)"),
                warns("GeoJSON facility without geometry, bad rows skipped", f -> {
                    geoJsonLibraries(f, "null");
                    f.edit("layer: libraries.geojson, name_field: name,", "layer: libraries.geojson, name_field: name,"
                            + " bad_rows: skip,");
                }, "libraries.geojson: 1 feature has no geometry and was left out (libraries.2)"),
                fails("analysis: a key given twice", f -> f.edit("  footpaths: [footpaths.shp]\n",
                        "  footpaths: [footpaths.shp]\n  walking_speed_kmh: 4\n  walking_speed_kmh: 6\n"),
                        "analysis.yml", "line 6, network.walking_speed_kmh", "given twice (lines 5 and 6)"),
                fails("analysis: a second document after ---", f -> f.analysis += "---\nname: Another\n", "analysis.yml",
                        "line 12", "second YAML document"),
                fails("analysis: facilities as a single section", f -> f.analysis = f.analysis.replaceFirst(
                        "facilities:\n(.*\n)+?deserts", "facilities:\n  type: libraries\n  layer: libraries.shp\n"
                        + "  name_field: name\ndeserts"), "analysis.yml", "line 6", "facilities", "a list", "- "),
                fails("analysis: walking speed 1e-9 km/h", f -> f.edit("  footpaths: [footpaths.shp]\n",
                        "  footpaths: [footpaths.shp]\n  walking_speed_kmh: 1e-9\n"), "line 5, network.walking_speed_kmh",
                        "from 0.5 to 10"),
                // item 7: messages
                fails("analysis: a tab on line 3", f -> f.edit("  roads: [RoadLink.shp]", "\troads: [RoadLink.shp]"),
                        "analysis.yml", "line 3, column 1", "tab", "spaces"),
                fails(".shp record of another shape type", f -> shapeTypeOfRecord(f, "libraries.shp", 2, 11),
                        "libraries.shp", "record 2", "shape type is PointZ", "file holds Point"),
                fails("CSV: Latin-1 text on row 5", f -> xyFoodbanks(f, "352821,392549\nB,352831,392549\nC,352841,392549\n"
                        + "D\u00e9,352851,392549\n", StandardCharsets.ISO_8859_1),
                        "foodbanks_xy.csv", "row 5", "not valid UTF-8", "encoding: windows-1252"),
                fails("crs EPSG:999999", f -> f.edit("name_field: name, bands_min: [10]}\n  - {type: foodbanks",
                        "name_field: name, crs: 'EPSG:999999', bands_min: [10]}\n  - {type: foodbanks"),
                        "analysis.yml", "line 7, facilities[0].crs", "EPSG:999999"),
                fails("a named pipe as a facility CSV", f -> {
                    assumeTrue(mkfifo(f.file("pipe.csv")), "needs mkfifo");
                    f.edit("layer: foodbanks.csv", "layer: pipe.csv");
                }, "facilities[1].layer", "pipe.csv", "special file", "!does not exist"),
                fails("/dev/zero as a layer", f -> f.edit("layer: libraries.shp", "layer: /dev/zero"), "/dev/zero",
                        "special file", "!folder"),
                fails("GeoJSON point with one ordinate", f -> geoJsonLibraries(f, "{\"type\": \"Point\", \"coordinates\": [-2.7]}"),
                        "libraries.geojson", "feature 2", "[-2.7]", "fewer than two numbers", "!coordinate reference"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsOneClearLineAndLeavesNothingBehind(Case c, @TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        c.breaker().apply(f);
        f.save();
        Map<String, String> before = f.snapshot();
        Path outDir = f.file("out");
        String[] args = c.args().stream().map(a -> a.replace("TAKEN", f.file("taken").toString())).toArray(String[]::new);
        int exit = f.run(args);
        String err = String.join("\n", f.messages());
        assertThat(exit).as(err).isEqualTo(c.exit());
        assertThat(err).doesNotContain("Exception", "\tat ", "unexpected error");
        for (String w : c.words()) {
            if (w.startsWith("!")) {
                assertThat(err).as(err).doesNotContainIgnoringCase(w.substring(1));
            } else {
                assertThat(err).as(err).containsIgnoringCase(w);
            }
        }
        assertThat(err).as("no Java class name").doesNotContainPattern(CLASS_NAME);
        assertThat(f.staging()).isEmpty();
        assertThat(f.snapshot()).as("inputs unchanged").isEqualTo(before);
        if (c.exit() == Main.OK) {
            assertThat(Files.list(outDir).toList()).isNotEmpty();
        } else if (c.exit() == Main.USAGE_ERROR) {
            assertThat(f.messages().get(0)).as("picocli's first line, then the usage").contains(c.words().get(0));
        } else {
            assertThat(f.messages()).as(err).hasSize(1);
            if (Files.isDirectory(outDir) && !c.name().startsWith("existing output")) {
                assertThat(Files.list(outDir).toList()).isEmpty();
            }
        }
    }

    @Test
    void aDbfWithoutCpgIsReadAsWindows1252OrAsUtf8WhenItIsValidUtf8(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        latin1Name(f);
        Layer layer = ShapefileReader.read(f.file("libraries.shp"), ReadOptions.defaults());
        assertThat(layer.features()).extracting(s -> s.getAttribute("name"))
                .contains("Millbrook Central L\u00e9brary");
        Fixture g = new Fixture(Files.createDirectories(dir.resolve("utf8")));
        utf8Name(g);
        assertThat(ShapefileReader.read(g.file("libraries.shp"), ReadOptions.defaults()).features())
                .extracting(s -> s.getAttribute("name")).contains("Millbrook Central L\u00e9rary");
    }

    @Test
    void aFullDiskLeavesNoOutputAndNoStagingFolder(@TempDir Path dir) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(mount(disk), "needs root and mount to make a tiny tmpfs");
        try {
            Fixture f = new Fixture(dir);
            f.save();
            Map<String, String> before = f.snapshot();
            int exit = f.run("--out", disk.resolve("out").toString());
            String err = String.join("\n", f.messages());
            assertThat(exit).as(err).isEqualTo(Main.ANALYSIS_ERROR);
            assertThat(f.messages()).as(err).hasSize(1);
            assertThat(err).contains("cannot write", "free space").doesNotContain("Exception", "\tat ");
            assertThat(disk.resolve("out")).as("the folder the run made is removed again").doesNotExist();
            try (Stream<Path> left = Files.list(disk)) {
                assertThat(left.toList()).isEmpty();
            }
            assertThat(f.snapshot()).isEqualTo(before);
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    private static boolean mount(Path dir) throws InterruptedException {
        try {
            return new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aRunCancelledDuringTheExportLeavesNothing(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.save();
        Map<String, String> before = f.snapshot();
        Analysis a = AnalysisFiles.read(f.file("analysis.yml"));
        AtomicBoolean cancel = new AtomicBoolean();
        try (AnalysisResult result = AnalysisRunner.run(a, ProgressListener.NONE, () -> false)) {
            assertThatThrownBy(() -> Outputs.write(result, false, (stage, fraction, message) -> {
                if (fraction > 0) {
                    cancel.set(true);
                }
            }, cancel::get)).isInstanceOf(CancelledException.class);
        }
        assertThat(a.outputDir()).as("the folder the export made is removed again").doesNotExist();
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void zoneLayersAndIndicatorsWithTheirOwnNamesEachWriteTheirTable(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        copyShapefile(f, "wards", "other/lsoa");
        f.analysis += "zones:\n  - {layer: lsoa.shp, name_field: LSOA_NAME}\n"
                + "  - {layer: other/lsoa.shp, name_field: WD_NAME, name: wards 2022}\n"
                + POPULATION + "indicators:\n" + IMD + IMD.replace("deciles", "quantiles").replace("}", ", label: IMD quintile}");
        f.save();
        assertThat(f.run()).as(f.err.toString()).isEqualTo(Main.OK);
        // 19 LSOAs and 4 wards, each with two facility types of one band
        assertThat(Files.readAllLines(f.file("out/lsoa_coverage.csv"))).hasSize(1 + 19 * 2);
        assertThat(Files.readAllLines(f.file("out/wards_2022_coverage.csv"))).hasSize(1 + 4 * 2)
                .anyMatch(l -> l.startsWith("Town Centre,"));
        assertThat(Files.readAllLines(f.file("out/deserts_by_imd_decile.csv"))).hasSize(1 + 10);
        assertThat(Files.readAllLines(f.file("out/deserts_by_imd_quintile.csv"))).hasSize(1 + 5);
    }

    @Test
    void aCsvInLatin1IsReadWithTheEncodingKey(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        xyFoodbanks(f, "352821,392549\nB,352831,392549\nC,352841,392549\nD\u00e9p\u00f4t,352851,392549\n",
                StandardCharsets.ISO_8859_1);
        f.edit("crs: EPSG:27700", "crs: EPSG:27700, encoding: windows-1252");
        f.save();
        assertThat(f.run()).as(f.err.toString()).isEqualTo(Main.OK);
        Layer facilities = GeoPackageReader.read(f.file("out/catchment.gpkg"), ReadOptions.defaults().withTable("facilities"));
        assertThat(facilities.features()).extracting(s -> s.getAttribute("name")).contains("D\u00e9p\u00f4t");
    }

    @Test
    void facilitiesFarFromAnyPathGiveOneWarningNotOneEach(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        StringBuilder rows = new StringBuilder("352821,392549\n");
        for (int i = 0; i < 40; i++) {
            rows.append("Field ").append(i).append(',').append(349365 + i).append(",391200\n");
        }
        xyFoodbanks(f, rows.toString());
        f.save();
        assertThat(f.run()).as(f.err.toString()).isEqualTo(Main.OK);
        List<String> snaps = f.messages().stream().filter(l -> l.contains("snap tolerance")).toList();
        assertThat(snaps).singleElement().asString().contains("Foodbanks: 40 facilities are farther than the snap"
                + " tolerance of 250 m", "Field 0 at (349365, 391200), 1252 m away", "and 37 more");
        assertThat(f.text("out/summary.txt").lines().filter(l -> l.contains("snap tolerance")).count()).isEqualTo(1);
    }

    /**
     * Issue 18, item 8: 100,000 facilities of a CSV spread over the sample town (about half in
     * fields, beyond the snap tolerance) are analysed in a child JVM of 192 MB, where the run of
     * before needed more than 256 MB (a million needed 2.3 GB); the warnings stay a few lines.
     */
    @Test
    void aHundredThousandFacilitiesRunInASmallHeap(@TempDir Path dir) throws Exception {
        Path analysis = ManyFacilities.write(dir, 100_000);
        Files.writeString(analysis, Files.readString(analysis).replace("  footpaths: [footpaths.shp]\n", "")
                .replace("output: {dir: out}", "output: {dir: out, width_px: 800, height_px: 600, dpi: 72}"));
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                analysis.toString(), "--assume-free-memory-mb", "100000")
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        List<String> lines = Files.readAllLines(err).stream().filter(l -> !l.startsWith("[")).toList();
        assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(Main.OK);
        assertThat(lines).hasSizeLessThan(10).anyMatch(l -> l.contains("facilities are farther than the snap tolerance"));
        assertThat(Files.size(dir.resolve("out/summary.txt"))).isLessThan(10_000);
        assertThat(GeoPackageReader.read(dir.resolve("out/catchment.gpkg"), ReadOptions.defaults().withTable("facilities"))
                .size()).isGreaterThan(90_000);
    }

    @Test
    void noMessageEverHoldsAJavaClassName() {
        String driver = "libraries.shp: record 2: the shape cannot be read (java.lang.IllegalStateException: ShapeType"
                + " changed illegally from Point to PointZ)";
        assertThat(CatchmentException.withoutClassNames(driver)).doesNotContainPattern(CLASS_NAME)
                .isEqualTo("libraries.shp: record 2: the shape cannot be read (ShapeType changed illegally from Point to PointZ)");
        assertThat(CatchmentException.withoutClassNames("failed: NullPointerException")).doesNotContainPattern(CLASS_NAME)
                .isEqualTo("failed: an internal error");
        assertThat(CatchmentException.withoutClassNames("Error reading row 5 of org.csv")).isEqualTo("Error reading row 5 of org.csv");
    }

    private static Geometry lonLat(Geometry g) {
        Coordinate c = g.getCoordinate();
        return GF.createPoint(new Coordinate(-2.739277 + (c.x - 351_000) / 66_000.0, 53.449471 + (c.y - 395_000) / 111_000.0));
    }

    private static List<SimpleFeature> bowtieFirst(List<SimpleFeature> wards) {
        Envelope e = ((Geometry) wards.get(0).getDefaultGeometry()).getEnvelopeInternal();
        wards.get(0).setDefaultGeometry(GF.createPolygon(new Coordinate[] {new Coordinate(e.getMinX(), e.getMinY()),
                new Coordinate(e.getMaxX(), e.getMaxY()), new Coordinate(e.getMaxX(), e.getMinY()),
                new Coordinate(e.getMinX(), e.getMaxY()), new Coordinate(e.getMinX(), e.getMinY())}));
        return wards;
    }

    private static List<SimpleFeature> withZeroAreaWard(List<SimpleFeature> wards) {
        SimpleFeature copy = SimpleFeatureBuilder.copy(wards.get(0));
        Coordinate c = ((Geometry) copy.getDefaultGeometry()).getCentroid().getCoordinate();
        copy.setDefaultGeometry(GF.createPolygon(new Coordinate[] {c, new Coordinate(c.x + 100, c.y),
                new Coordinate(c.x + 200, c.y), c}));
        copy.setAttribute("WD_NAME", "Flatland");
        copy.setAttribute("WD_CODE", "E05099999");
        wards.add(copy);
        return wards;
    }

    private static void dropLastDbfRecord(Fixture f, String dbf) throws IOException {
        byte[] b = f.bytes(dbf);
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int records = h.getInt(4);
        int headerLen = h.getShort(8);
        int recordLen = h.getShort(10);
        h.putInt(4, records - 1);
        byte[] cut = Arrays.copyOf(b, headerLen + (records - 1) * recordLen + 1);
        cut[cut.length - 1] = 0x1A;
        f.write(dbf, cut);
    }

    private static void latin1Name(Fixture f) throws IOException {
        f.delete("libraries.cpg");
        byte[] b = f.bytes("libraries.dbf");
        String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        int i = s.indexOf("Library");
        b[i + 1] = (byte) 0xE9;
        f.write("libraries.dbf", b);
    }

    /** "Library" becomes "Lérary" in UTF-8: the bytes "ib" turn into C3 A9. */
    private static void utf8Name(Fixture f) throws IOException {
        f.delete("libraries.cpg");
        byte[] b = f.bytes("libraries.dbf");
        int i = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Library");
        b[i + 1] = (byte) 0xC3;
        b[i + 2] = (byte) 0xA9;
        f.write("libraries.dbf", b);
    }

    private static void allMotorway(Fixture f) {
        f.edit("  footpaths: [footpaths.shp]\n", "");
        f.features("RoadLink.shp", fs -> {
            for (SimpleFeature s : fs) {
                s.setAttribute("function", "Motorway");
            }
            return fs;
        });
    }

    /** Cuts every road link that crosses a 300 m circle round the first library, so the library is on an island. */
    private static void splitNetwork(Fixture f) {
        f.edit("  footpaths: [footpaths.shp]\n", "");
        Geometry library = Layer.geometry(ShapefileReader.read(f.file("libraries.shp"), ReadOptions.defaults()).features().get(0));
        Geometry circle = library.buffer(300).getBoundary();
        f.features("RoadLink.shp", fs -> fs.stream().filter(s -> !((Geometry) s.getDefaultGeometry()).intersects(circle))
                .collect(java.util.stream.Collectors.toList()));
    }

    private static void xyFoodbanks(Fixture f, String rows) throws IOException {
        xyFoodbanks(f, rows, StandardCharsets.UTF_8);
    }

    private static void xyFoodbanks(Fixture f, String rows, Charset charset) throws IOException {
        f.write("foodbanks_xy.csv", ("name,x,y\nFirst," + rows).getBytes(charset));
        f.edit("layer: foodbanks.csv, name_field: name, postcode_lookup: postcodes.csv, postcode_field: postcode",
                "layer: foodbanks_xy.csv, name_field: name, x_field: x, y_field: y, crs: EPSG:27700");
    }

    /** The memory check counts the roads only for a network read whole (with the clip only a part is read). */
    private static void readWholeNetwork(Fixture f) {
        f.edit("footpaths: [footpaths.shp]", "footpaths: [footpaths.shp]\n  clip_to_study_area: false");
    }

    /** Copies a shapefile of the sample under another name (and folder), all its parts. */
    private static void copyShapefile(Fixture f, String from, String to) throws IOException {
        Files.createDirectories(f.file(to).getParent());
        for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
            Files.copy(f.file(from + "." + ext), f.file(to + "." + ext));
        }
    }

    /** Writes z.gpkg with two polygon tables, lsoa and wards, from the sample's shapefiles. */
    private static void twoTableGeoPackage(Fixture f) {
        GeoPackageWriter.write(f.file("z.gpkg"), List.of(ShapefileReader.read(f.file("lsoa.shp"), ReadOptions.defaults()),
                ShapefileReader.read(f.file("wards.shp"), ReadOptions.defaults())), Map.of());
    }

    private static void sql(Path gpkg, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** Sets the shape type of one record (1-based) of a shapefile: 0 makes it a null shape. */
    private static void shapeTypeOfRecord(Fixture f, String shp, int record, int type) throws IOException {
        byte[] b = f.bytes(shp);
        ByteBuffer buf = ByteBuffer.wrap(b);
        int offset = 100;
        for (int r = 1; r < record; r++) {
            offset += 8 + buf.order(ByteOrder.BIG_ENDIAN).getInt(offset + 4) * 2;
        }
        buf.order(ByteOrder.LITTLE_ENDIAN).putInt(offset + 8, type);
        f.write(shp, b);
    }

    /** The libraries as GeoJSON in lon/lat, the second feature's geometry replaced by {@code second}; the analysis uses it. */
    private static void geoJsonLibraries(Fixture f, String second) throws IOException {
        Layer libraries = Reprojector.toCrs(ShapefileReader.read(f.file("libraries.shp"), ReadOptions.defaults()),
                Crs.wgs84());
        StringBuilder s = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
        for (int i = 0; i < libraries.size(); i++) {
            SimpleFeature l = libraries.features().get(i);
            Coordinate c = Layer.geometry(l).getCoordinate();
            String geometry = i == 1 ? second : "{\"type\": \"Point\", \"coordinates\": [" + c.x + ", " + c.y + "]}";
            s.append(i == 0 ? "" : ", ").append("{\"type\": \"Feature\", \"properties\": {\"name\": \"")
                    .append(l.getAttribute("name")).append("\"}, \"geometry\": ").append(geometry).append('}');
        }
        f.write("libraries.geojson", s.append("]}").toString());
        f.edit("layer: libraries.shp", "layer: libraries.geojson");
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
