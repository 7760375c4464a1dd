package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.catchment.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catchment run} in a child JVM, held at a named stage ({@code -Dcatchment.pause}, see
 * {@code io.PausePoints}) and stopped there by SIGKILL, SIGTERM or SIGINT (#18 items 1, 3, 4, 5).
 * Whatever the signal and stage, the output folder afterwards holds the whole old set or the whole
 * new set of outputs (after a SIGKILL during the final moves, once the next run has put the old set
 * back), no staging or cache folder being built is left once the next run has been, a re-run works,
 * and a second run into a folder held by a live run is refused naming it. A test JVM that ignores
 * SIGINT (started from a shell's background job) fails the SIGINT test at once, saying so
 * ({@link IgnoredSignals}): its children would ignore it too.
 */
class KillTest {

    @TempDir
    Path dir;
    private Fixture f;
    private Path cache;
    private Path pauses;
    private CacheDir cacheDir;

    /** A child run held at a stage. */
    private record Child(Process process, Path err) {
        String stderr() throws IOException {
            return Files.readString(err);
        }
    }

    @BeforeEach
    void town() throws IOException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "signals are sent with kill(1)");
        f = new Fixture(Files.createDirectories(dir.resolve("town")));
        f.edit("  - {type: foodbanks, label: Foodbanks, layer: foodbanks.csv, name_field: name, postcode_lookup:"
                + " postcodes.csv, postcode_field: postcode, bands_min: [10]}\n", "");
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS);
        f.save();
        cache = dir.resolve("cache");
        pauses = Files.createDirectories(dir.resolve("pauses"));
        cacheDir = new CacheDir(cache);
    }

    @AfterEach
    void restore() {
        if (cacheDir != null) {
            cacheDir.close();
        }
    }

    @Test
    void killsDuringTheExportLeaveTheWholeOldOrTheWholeNewSet() throws Exception {
        if (IgnoredSignals.ignoredHere(IgnoredSignals.SIGINT)) {
            fail("This test JVM ignores SIGINT, so the child run it stops with SIGINT would never stop: it was started"
                    + " from a shell's background job (e.g. `mvn verify &` in a script). Run the tests in the foreground,"
                    + " or turn job control on first (`set -m`).");
        }
        Path out = f.file("out");
        assertThat(run()).as(f.err.toString()).isEqualTo(Main.OK);
        Map<String, String> oldSet = Fixture.listing(out);
        List<String> names = new ArrayList<>(oldSet.keySet());

        f.edit("bands_min: [10]", "bands_min: [5, 15]");
        f.save();
        Child killed = start("export-install", "--force");
        Map<String, String> during = Fixture.listing(out);
        assertThat(names).as("held in the middle of the moves: some outputs new, the others moved aside")
                .anyMatch(n -> during.containsKey(n) && !oldSet.get(n).equals(during.get(n)))
                .anyMatch(n -> !during.containsKey(n));
        stop(killed, "KILL");
        assertThat(Fixture.staging(out)).as("SIGKILL runs no hook").hasSize(1);

        assertThat(run()).as("the next run, without --force").isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(f.messages()).first().asString().startsWith(out + ": a run (process " + killed.process().pid()
                + ", started ").endsWith(") was stopped while it replaced its outputs here; the outputs it had replaced"
                + " were put back.");
        assertThat(f.messages()).last().asString().contains("the output already exists. Run again with --force");
        assertThat(Fixture.listing(out)).as("the whole old set, nothing hidden left").isEqualTo(oldSet);

        Child terminated = start("export-install", "--force");
        signal(terminated, "TERM");
        Files.writeString(pauses.resolve("export-install.resume"), "");
        assertThat(terminated.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, String> newSet = Fixture.listing(out);
        assertThat(newSet.keySet()).as("the moves finish before the exit hook runs: the whole new set")
                .containsExactlyElementsOf(names);
        assertThat(names).allMatch(n -> !oldSet.get(n).equals(newSet.get(n)));
        assertThat(newSet.get("ward_coverage.csv")).contains(",libraries,Libraries,5,", ",libraries,Libraries,15,");

        Child holding = start("export-staged", "--force");
        assertThat(run("--force")).as("a second run while the first holds the folder").isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(f.messages()).singleElement().asString().contains("another Catchment run is writing its outputs"
                + " into this folder (process " + holding.process().pid() + ", started ", "; analysis "
                + f.file("analysis.yml") + ")");
        stop(holding, "INT");
        assertThat(Fixture.listing(out)).as("SIGINT before the moves: the set as it was, staging removed").isEqualTo(newSet);

        assertThat(run("--force")).as(f.err.toString()).isEqualTo(Main.OK);
        assertThat(withoutTimes(Fixture.listing(out))).as("a re-run: the same set again").isEqualTo(withoutTimes(newSet));
    }

    @Test
    void aKilledCacheBuildLeavesNothingAndALeasedCacheIsKept() throws Exception {
        Path networks = cache.resolve("networks");
        stop(start("network-build"), "TERM");
        assertThat(hidden(networks)).as("SIGTERM: the folder being built is removed").isEmpty();
        assertThat(items(networks)).isEmpty();

        stop(start("network-build"), "KILL");
        assertThat(hidden(networks)).as("SIGKILL runs no hook").hasSize(1);

        assertThat(run()).as(f.err.toString()).isEqualTo(Main.OK);
        assertThat(hidden(networks)).as("the next run removes what the dead one left").isEmpty();
        assertThat(items(networks)).hasSize(1);
        assertThat(Fixture.staging(f.file("out"))).isEmpty();

        Child loaded = start("network-loaded", "--out", dir.resolve("out2").toString());
        java.io.StringWriter out = new java.io.StringWriter();
        Main.execute(new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true),
                "cache", "--clear");
        assertThat(out.toString()).contains("Removed 0 networks", "1 in use by a running analysis was kept");
        assertThat(items(networks)).hasSize(1);
        stop(loaded, "TERM");
    }

    /** Runs {@code catchment run} in this JVM; {@code f.messages()} then holds its messages alone. */
    private int run(String... extra) {
        f.err.getBuffer().setLength(0);
        return f.run(extra);
    }

    /** Starts {@code catchment run} on the town in a child JVM and waits until it is held at the point. */
    private Child start(String point, String... extra) throws IOException, InterruptedException {
        Files.deleteIfExists(pauses.resolve(point + ".paused"));
        Files.deleteIfExists(pauses.resolve(point + ".resume"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-Dcatchment.cache.dir=" + cache,
                "-Dcatchment.pause=" + point, "-Dcatchment.pause.dir=" + pauses, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", f.file("analysis.yml").toString()));
        command.addAll(1, Fixture.childJvmOptions(dir.resolve("child-tmp")));
        command.addAll(List.of(extra));
        Path err = Files.createTempFile(dir, "child", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Child child = new Child(p, err);
        long end = System.currentTimeMillis() + 120_000;
        while (!Files.exists(pauses.resolve(point + ".paused"))) {
            assertThat(p.isAlive()).as("the child reached " + point + ": " + child.stderr()).isTrue();
            assertThat(System.currentTimeMillis()).as("waiting for " + point).isLessThan(end);
            Thread.sleep(20);
        }
        return child;
    }

    /** Sends the signal and waits for the child to end. */
    private static void stop(Child child, String signal) throws IOException, InterruptedException {
        signal(child, signal);
        assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).as(child.stderr()).isTrue();
        assertThat(child.process().exitValue()).as(child.stderr()).isNotZero();
    }

    private static void signal(Child child, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.process().pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    /** The listing with the GeoPackage's bytes replaced by its size (it holds the time each table was written). */
    private static Map<String, String> withoutTimes(Map<String, String> listing) {
        Map<String, String> out = new TreeMap<>(listing);
        out.computeIfPresent("catchment.gpkg", (k, v) -> v.length() + " bytes");
        return out;
    }

    private static List<Path> hidden(Path networks) throws IOException {
        if (!Files.isDirectory(networks)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(networks)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals(".locks"))
                    .toList();
        }
    }

    private static List<Path> items(Path networks) throws IOException {
        if (!Files.isDirectory(networks)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(networks)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
