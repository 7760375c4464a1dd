package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.catchment.InputException;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvPointOptions;
import org.catchment.io.csv.CsvPointReader;
import org.catchment.io.csv.CsvTable;
import org.catchment.io.geojson.GeoJsonReader;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.io.shapefile.ShapefileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds mutated copies of the sample's files (bit flips, truncations, inserted bytes, overwritten
 * 32-bit counts) to the readers, with a fixed seed: each case must either read or fail with an
 * {@link InputException}, within a few seconds, and never with another exception or an error such
 * as OutOfMemoryError. All failing cases are collected and reported together.
 */
class ReaderFuzzTest {

    /** Reads one mutated file. */
    @FunctionalInterface
    interface Reader {
        void read(Path file) throws Exception;

        /** A read of one prepared case. */
        @FunctionalInterface
        interface Run {
            void run() throws Exception;
        }
    }

    private static final long SEED = 20261201L;
    private static final Duration PER_CASE = Duration.ofSeconds(5);
    private static final String GEOJSON = """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:27700"}},
             "features": [
              {"type": "Feature", "properties": {"name": "Hall", "n": 3}, "geometry": {"type": "Point", "coordinates": [352000.5, 391000]}},
              {"type": "Feature", "properties": {"name": "Park", "n": null}, "geometry": {"type": "Polygon",
               "coordinates": [[[352000, 391000], [352100, 391000], [352100, 391100], [352000, 391000]]]}},
              {"type": "Feature", "properties": {"name": "Lane"}, "geometry": {"type": "MultiLineString",
               "coordinates": [[[352000, 391000], [352050, 391020]], [[352060, 391030], [352090, 391090]]]}}
             ]}
            """;

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int cases;
    private int read;
    private int refused;
    private final List<String> tallies = new ArrayList<>();

    @Test
    void mutatedFilesEitherReadOrFailWithAnInputException() throws IOException {
        for (String part : List.of("shp", "shx", "dbf")) {
            fuzzShapefilePart(part, 300);
            tally("gp." + part);
        }
        fuzz(Fixture.SAMPLE.resolve("open_roads.gpkg"), "gpkg", 120,
                f -> GeoPackageReader.read(f, ReadOptions.defaults().withTable("road_node")));
        tally("open_roads.gpkg");
        fuzz(Fixture.SAMPLE.resolve("foodbanks.csv"), "csv", 300, CsvTable::read);
        tally("CsvTable");
        Path xy = Files.writeString(dir.resolve("xy-source.csv"), "name,easting,northing\nHall,352000,391000\n"
                + "\"Park, North\",352100.5,391200\nLane,352300,391250\n");
        fuzz(xy, "csv", 300, f -> CsvPointReader.read(f, CsvPointOptions.defaults().withFields("easting", "northing")));
        tally("CsvPointReader");
        Path json = Files.writeString(dir.resolve("source.geojson"), GEOJSON);
        fuzz(json, "geojson", 380, f -> GeoJsonReader.read(f, ReadOptions.defaults()));
        tally("GeoJsonReader");
        assertThat(cases).isGreaterThanOrEqualTo(2000);
        assertThat(failures).as(cases + " cases").isEmpty();
    }

    /** Checks that this reader both read some mutated files and refused some, then starts the next tally. */
    private void tally(String reader) {
        tallies.add(reader + ": " + read + " read, " + refused + " refused");
        assertThat(read).as(String.join("; ", tallies)).isPositive();
        assertThat(refused).as(String.join("; ", tallies)).isPositive();
        read = 0;
        refused = 0;
    }

    private void fuzzShapefilePart(String part, int count) throws IOException {
        byte[] original = Files.readAllBytes(Fixture.SAMPLE.resolve("gp." + part));
        for (int i = 0; i < count; i++) {
            Path caseDir = Files.createDirectories(dir.resolve("shp-" + part + "-" + i));
            for (String p : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                Files.copy(Fixture.SAMPLE.resolve("gp." + p), caseDir.resolve("gp." + p), StandardCopyOption.REPLACE_EXISTING);
            }
            String how = mutate(original, caseDir.resolve("gp." + part));
            check("gp." + part + " " + how, () -> ShapefileReader.read(caseDir.resolve("gp.shp"), ReadOptions.defaults()));
        }
    }

    private void fuzz(Path source, String ext, int count, Reader reader) throws IOException {
        byte[] original = Files.readAllBytes(source);
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve("case-" + cases + "." + ext);
            String how = mutate(original, file);
            check(source.getFileName() + " " + how, () -> reader.read(file));
            Files.deleteIfExists(file);
        }
    }

    private void check(String how, Reader.Run run) {
        cases++;
        try {
            assertTimeoutPreemptively(PER_CASE, () -> {
                try {
                    run.run();
                    read++;
                } catch (InputException expected) {
                    refused++;
                }
            });
        } catch (Throwable t) {
            failures.add(how + ": " + t);
        }
    }

    /** Writes a mutated copy of the bytes to the file and says what was done. */
    private String mutate(byte[] original, Path file) throws IOException {
        byte[] b = original.clone();
        String how;
        switch (random.nextInt(5)) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int k = 0; k < flips; k++) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
                how = flips + " bit flips";
            }
            case 1 -> {
                int len = random.nextInt(b.length);
                b = Arrays.copyOf(b, len);
                how = "truncated to " + len;
            }
            case 2 -> {
                int at = random.nextInt(b.length + 1);
                byte[] extra = new byte[1 + random.nextInt(16)];
                random.nextBytes(extra);
                byte[] out = new byte[b.length + extra.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(extra, 0, out, at, extra.length);
                System.arraycopy(b, at, out, at + extra.length, b.length - at);
                b = out;
                how = extra.length + " bytes inserted at " + at;
            }
            case 3 -> {
                int at = random.nextInt(Math.max(1, Math.min(b.length - 4, 120)));
                int value = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt();
                for (int k = 0; k < 4 && at + k < b.length; k++) {
                    b[at + k] = (byte) (value >>> (8 * (random.nextBoolean() ? k : 3 - k)));
                }
                how = "int " + value + " written at " + at;
            }
            default -> {
                random.nextBytes(b);
                how = "random bytes";
            }
        }
        Files.write(file, b);
        return how + " (seed " + SEED + ")";
    }
}
