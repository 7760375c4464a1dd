package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.catchment.cli.Main;
import org.catchment.io.ResumeFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole tiled run resumed after a SIGKILL: {@code catchment run} (the command line's main) on the
 * sample town tiled on a 2 km grid, in a child JVM held once tiles 0 to 4 are committed to the
 * resume folder ({@code -Dcatchment.pause=resume-part-5}: part 5 written, not yet in place) and
 * killed there; the same command run again resumes from the five finished tiles (its note and
 * progress say so), and its CSV outputs and GeoPackage are byte-identical to an uninterrupted run's
 * (the GeoPackage but for the times it stores: when each table and style was written); the resume
 * folder is then removed.
 */
class TiledResumeKillTest {

    private static final int KEPT = 5;
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    @TempDir
    Path dir;
    private Fixture f;
    private Path pauses;

    @BeforeEach
    void town() throws IOException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "signals are sent with kill(1)");
        f = new Fixture(Files.createDirectories(dir.resolve("town")));
        f.edit("  footpaths: [footpaths.shp]\n", "  footpaths: [footpaths.shp]\n  cache: false\n");
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS + "\naccessibility: {postcodes: postcodes.csv}\n"
                + "tiles: {grid_km: 2}");
        f.save();
        pauses = Files.createDirectories(dir.resolve("pauses"));
    }

    @Test
    void aTiledRunKilledAfterSomeTilesResumesWithTheSameOutputs() throws Exception {
        Path whole = dir.resolve("whole");
        assertThat(f.run("--out", whole.toString())).as(f.err.toString()).isEqualTo(Main.OK);
        assertThat(whole.resolve(ResumeFolder.NAME)).doesNotExist();
        int tiles = tiles(whole);
        assertThat(tiles).isGreaterThan(KEPT + 2);

        Path out = f.file("out");
        Process killed = start("resume-part-" + KEPT);
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(killed.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).isNotZero();
        List<String> kept = new ArrayList<>(List.of("fingerprint"));
        for (int i = 0; i < KEPT; i++) {
            kept.add(String.format("part-%06d", i));
        }
        assertThat(entries(out.resolve(ResumeFolder.NAME)).stream().filter(n -> !n.startsWith(".tmp-")))
                .as("tiles 0-4 committed, tile 5 only as a temporary folder at most").containsExactlyElementsOf(kept);
        assertThat(entries(out)).as("no output yet, only the resume folder and the dead run's lock").containsExactly(ResumeFolder.NAME, ".catchment.lock");

        f.err.getBuffer().setLength(0);
        assertThat(f.run()).as(f.err.toString()).isEqualTo(Main.OK);
        assertThat(f.messages()).contains(out + ": resuming an earlier run: its " + KEPT + " finished tiles are kept"
                + " (run with --restart to start over).");
        assertThat(f.err.toString()).contains("(" + KEPT + " resumed)");
        assertThat(out.resolve(ResumeFolder.NAME)).as("removed once the outputs are in place").doesNotExist();

        List<String> csv = entries(whole).stream().filter(n -> n.endsWith(".csv")).toList();
        assertThat(csv).contains("ward_coverage.csv", "deserts.csv", "access_postcodes.csv");
        assertThat(entries(out).stream().filter(n -> n.endsWith(".csv"))).containsExactlyElementsOf(csv);
        for (String name : csv) {
            assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(Files.readAllBytes(whole.resolve(name)));
        }
        String expected = withoutTimes(whole.resolve("catchment.gpkg"));
        String actual = withoutTimes(out.resolve("catchment.gpkg"));
        assertThat(expected.length()).isGreaterThan(100_000);
        assertThat(actual.equals(expected)).as("the GeoPackage, but for its times: first differing byte at "
                + java.util.Arrays.mismatch(actual.toCharArray(), expected.toCharArray())).isTrue();
    }

    /** Starts {@code catchment run} on the town in a child JVM and waits until it is held at the point. */
    private Process start(String point) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-Dcatchment.pause=" + point,
                "-Dcatchment.pause.dir=" + pauses, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", f.file("analysis.yml").toString()));
        command.addAll(1, Fixture.childJvmOptions(dir.resolve("child-tmp")));
        Path err = Files.createTempFile(dir, "child", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long end = System.currentTimeMillis() + 120_000;
        while (!Files.exists(pauses.resolve(point + ".paused"))) {
            assertThat(p.isAlive()).as("the child reached " + point + ": " + Files.readString(err)).isTrue();
            assertThat(System.currentTimeMillis()).as("waiting for " + point).isLessThan(end);
            Thread.sleep(20);
        }
        return p;
    }

    /** @return the number of tiles summary.txt lists */
    private static int tiles(Path out) throws IOException {
        String summary = Files.readString(out.resolve("summary.txt"));
        java.util.regex.Matcher m = Pattern.compile("read tile by tile, (\\d+) tiles").matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * @return the GeoPackage's bytes (one character each) with every time it stores (when each table
     *     and style was written, "2026-12-07T06:51:48.274Z") replaced by the same one
     */
    private static String withoutTimes(Path gpkg) throws IOException {
        return TIME.matcher(new String(Files.readAllBytes(gpkg), StandardCharsets.ISO_8859_1))
                .replaceAll("2026-12-07T05:00:00.000Z");
    }
}
