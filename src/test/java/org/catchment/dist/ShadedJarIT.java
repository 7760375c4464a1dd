package org.catchment.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.catchment.UserDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar on its own, as the installers carry it, in a separate JVM: what the build trims out
 * of it (other platforms' natives, the GeoTools wrapper's test data) must not be missed by the CRS
 * database, the service files, the shapefile, CSV and GeoPackage code (native SQLite) or the maps.
 */
class ShadedJarIT {

    @TempDir
    Path dir;

    private static final List<String> HOME_VARIABLES =
            List.of("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "LOCALAPPDATA", "APPDATA");

    private static final Path JAR = Path.of(System.getProperty("catchment.jar", "target/catchment.jar"));

    private record Result(int code, String out) {
    }

    private Result catchment(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-Duser.home=" + dir.resolve("home"), "-Djava.util.prefs.userRoot="
                + dir.resolve("home"), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Files.createDirectories(dir.resolve("tmp"));
        Path log = dir.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CI", "true");
        // the log file and any per-user folder go to the test's folder, not the tester's home (UserDirs)
        Path home = Files.createDirectories(dir.resolve("home"));
        for (String v : HOME_VARIABLES) {
            pb.environment().put(v, home.toString());
        }
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in 5 minutes").isTrue();
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void versionNamesTheRuntimeTheLicenceAndTheCredits() throws Exception {
        Result r = catchment("--version");
        assertThat(r.code()).as(r.out()).isZero();
        Path home = dir.resolve("home");
        Map<String, String> env = new HashMap<>();
        for (String v : HOME_VARIABLES) {
            env.put(v, home.toString());
        }
        Path log = UserDirs.of(System.getProperty("os.name"), env, home).logs().resolve("catchment.log");
        assertThat(r.out()).contains("catchment ", "Java ", "Apache-2.0", "OpenStreetMap contributors", "Log file: " + log);
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("start catchment", "--version", "exit 0");
    }

    /**
     * The jar's EPSG database names a Geofabrik .prj's CRS and reprojects: {@code inspect} reports a
     * file in its own CRS, so the OpenStreetMap railways stay in longitude/latitude and the sample's
     * grid wards are taken into longitude/latitude (OSGB36 to WGS 84, the transform a run of the
     * Rutland data makes the other way).
     */
    @Test
    void readsOpenStreetMapDataAndReprojectsWithTheEpsgDatabase() throws Exception {
        Result r = catchment("inspect", Path.of("data", "rutland", "geofabrik-shp", "gis_osm_railways_free_1.shp")
                .toAbsolutePath().toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("Features: 129", "CRS:      EPSG:4326 (WGS 84)",
                "Lon/lat:  longitude -0.875455 to -0.359713, latitude 52.562515 to 52.764974");
        Result grid = catchment("inspect", Path.of("data", "sample", "wards.shp").toAbsolutePath().toString());
        assertThat(grid.code()).as(grid.out()).isZero();
        assertThat(grid.out()).contains("CRS:      EPSG:27700 (OSGB36 / British National Grid)",
                "Lon/lat:  longitude -2.757344 to -2.660260, latitude 53.402621 to 53.449930");
    }

    @Test
    void runsTheSampleTownToItsKnownAnswer() throws Exception {
        Path sample = dir.resolve("sample");
        Files.createDirectories(sample);
        try (Stream<Path> files = Files.list(Path.of("data", "sample"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, sample.resolve(f.getFileName().toString()));
            }
        }
        Path out = dir.resolve("out");
        Result r = catchment("run", sample.resolve("analysis.yml").toString(), "--out", out.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("2 deserts");
        assertThat(out.resolve("catchment.gpkg")).isNotEmptyFile();
        assertThat(out.resolve("map_deserts.png")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("deserts.csv"), StandardCharsets.UTF_8)).contains("Southmoor", "Eastside");
    }
}
