package org.catchment.io.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.catchment.io.TestLayers.Attr;
import org.catchment.io.TestLayers;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

class LoadEstimateTest {

    @TempDir
    Path dir;

    private static Layer points(String name, String... names) {
        List<String> wkts = java.util.Arrays.stream(names).map(n -> "POINT (351000 395000)").toList();
        return TestLayers.layer(name, Point.class, wkts, List.of(new Attr("name", String.class)),
                java.util.Arrays.stream(names).map(n -> List.<Object>of(n)).toList());
    }

    @Test
    void aShapefileIsItsShpPlusDbfAndRecordsTimesTheMeasuredFigures() throws IOException {
        Path shp = dir.resolve("RoadLink.shp");
        ShapefileWriter.write(points("RoadLink", "High Street", "Mill Lane", "Station Road"), shp);
        long shpBytes = Files.size(shp);
        long bytes = shpBytes + Files.size(dir.resolve("RoadLink.dbf"));
        LoadEstimate e = LoadEstimate.of(shp);
        assertThat(e.inputBytes()).isEqualTo(bytes);
        // docs/reliability.md: 2.7 bytes a byte of .shp + .dbf, 150 a record (3 here, as the 124-byte .shx says), margin 1.2
        assertThat(Files.size(dir.resolve("RoadLink.shx"))).isEqualTo(100 + 3 * 8);
        assertThat(e.heapBytes()).isEqualTo((long) Math.ceil((2.7 * bytes + 150.0 * 3) * 1.2));
        assertThat(e.heapBytes()).isBetween(3 * bytes, 4 * bytes + 1000);
        Files.delete(dir.resolve("RoadLink.prj"));
        assertThat(LoadEstimate.of(shp).heapBytes()).as("reprojected: 6 more bytes a byte of .shp")
                .isEqualTo((long) Math.ceil((2.7 * bytes + 150.0 * 3 + 6.0 * shpBytes) * 1.2));
    }

    /*
     * Two points of one 'name' column in a GeoPackage table: each geometry blob is the 8-byte
     * GeoPackage header, a 32-byte xy envelope and the 21-byte WKB point (61 bytes); the fids 1
     * and 2 count 1 character each, the names 2 ("ab") and 3 ("cde"): 61 * 2 + 1 + 1 + 2 + 3 = 129.
     */
    @Test
    void aGeoPackageTableIsItsBlobsAndValues() {
        Path gpkg = dir.resolve("two.gpkg");
        GeoPackageWriter.write(gpkg, List.of(points("small", "ab", "cde"), points("large", "x".repeat(1000))), Map.of());
        LoadEstimate small = LoadEstimate.of(gpkg, "small");
        LoadEstimate large = LoadEstimate.of(gpkg, "large");
        assertThat(small.inputBytes()).isEqualTo(129);
        assertThat(large.inputBytes()).isEqualTo(61 + 1 + 1000);
        assertThat(LoadEstimate.of(gpkg).inputBytes()).as("no table: all feature tables").isEqualTo(129 + 1062);
        assertThat(small.heapBytes()).isEqualTo((long) Math.ceil(5.0 * 129 * 1.2));
    }

    @Test
    void aGeoPackageWhoseTableIsMissingCountsTheWholeFile() throws IOException {
        Path gpkg = dir.resolve("one.gpkg");
        GeoPackageWriter.write(gpkg, List.of(points("small", "ab")), Map.of());
        assertThat(LoadEstimate.of(gpkg, "no_such_table").inputBytes()).isEqualTo(Files.size(gpkg));
        Path notSqlite = Files.writeString(dir.resolve("broken.gpkg"), "not a database");
        assertThat(LoadEstimate.of(notSqlite).inputBytes()).isEqualTo(14);
    }

    @Test
    void csvAndGeoJsonAreTheirFileSizeAndAMissingFileIsNothing() throws IOException {
        Path csv = Files.writeString(dir.resolve("gp.csv"), "name,x,y\nA,351000,395000\n");
        Path json = Files.writeString(dir.resolve("gp.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        assertThat(LoadEstimate.of(csv).inputBytes()).isEqualTo(25);
        // 4 bytes a byte and 600 a line (2 lines), margin 1.2: (100 + 1200) * 1.2
        assertThat(LoadEstimate.of(csv).heapBytes()).isEqualTo(1560);
        assertThat(LoadEstimate.of(json).heapBytes()).isEqualTo((long) Math.ceil(6.0 * 42 * 1.2));
        LoadEstimate missing = LoadEstimate.of(dir.resolve("nothing.shp"));
        assertThat(missing.heapBytes()).isZero();
        assertThat(missing.fits(0)).isTrue();
        assertThat(LoadEstimate.of(Files.writeString(dir.resolve("town.osm.pbf"), "pbf")).heapBytes()).isZero();
    }

    @Test
    void fitsExactlyUpToItsEstimate() throws IOException {
        Path csv = Files.write(dir.resolve("big.csv"), new byte[1_000_000]);
        LoadEstimate e = LoadEstimate.of(csv);
        assertThat(e.heapBytes()).as("4 bytes a byte, no line end, margin 1.2").isEqualTo(4_800_000);
        assertThat(e.fits(e.heapBytes())).isTrue();
        assertThat(e.fits(e.heapBytes() + 1)).isTrue();
        assertThat(e.fits(e.heapBytes() - 1)).isFalse();
    }

    @Test
    void theMessageNamesTheFileWhatItNeedsWhatIsFreeAndWhatToDo() throws IOException {
        Path csv = Files.write(dir.resolve("big.csv"), new byte[1_000_000]);
        String m = LoadEstimate.of(csv).message(2L << 20);
        assertThat(m).startsWith("big.csv needs about 5 MB of memory to load but only 2 MB is free. Start Catchment"
                + " with more memory (java -Xmx").endsWith("g -jar target/catchment.jar ...) or clip the layer to your area first.");
        assertThat(LoadEstimate.of(dir.resolve("two.gpkg"), "lsoa").message(0)).startsWith("two.gpkg#lsoa needs about");
    }

    @Test
    void sizesAreInMegabytesOrGigabytes() {
        assertThat(LoadEstimate.size(3_328_599_654L)).isEqualTo("3.1 GB");
        assertThat(LoadEstimate.size(1L << 30)).isEqualTo("1.0 GB");
        assertThat(LoadEstimate.size(420L << 20)).isEqualTo("420 MB");
        assertThat(LoadEstimate.size((420L << 20) + 1)).isEqualTo("421 MB");
        assertThat(LoadEstimate.size(10)).isEqualTo("1 MB");
    }

    @Test
    void theAdvisedHeapCoversTheShortfallWithAMargin() {
        long max = Runtime.getRuntime().maxMemory();
        long gb = (long) Math.ceil((max + (4L << 30)) * 1.25 / (1L << 30));
        assertThat(LoadEstimate.advice(4L << 30)).isEqualTo("Start Catchment with more memory (java -Xmx" + gb
                + "g -jar target/catchment.jar ...)");
    }

    @Test
    void fromAnInstalledLauncherTheAdviceIsTheEnvironmentVariable() {
        System.setProperty("jpackage.app-version", "0.1.0");
        try {
            assertThat(LoadEstimate.advice(0)).startsWith("Start Catchment with more memory (set the environment variable"
                    + " JAVA_TOOL_OPTIONS=-Xmx").endsWith("g first)");
        } finally {
            System.clearProperty("jpackage.app-version");
        }
    }
}
