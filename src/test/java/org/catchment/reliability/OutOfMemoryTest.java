package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.catchment.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catchment run} in a child JVM of 48 MB given a 7.7 MB CSV of 300,000 facilities, which
 * needs about 200 MB to read: with the memory check it is refused before anything is read, naming
 * the file; with the check told there is plenty of memory, the read runs out of heap and the user
 * still gets one line (not a stack trace), and no output is left.
 */
class OutOfMemoryTest {

    private static final int ROWS = 300_000;

    private static Fixture bigFacilities(Path dir) throws IOException {
        Fixture f = new Fixture(dir);
        try (Writer w = Files.newBufferedWriter(f.file("big.csv"), StandardCharsets.UTF_8)) {
            w.write("name,x,y\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("Site " + i + "," + (350_000 + i % 5_000) + "," + (390_000 + i / 100) + "\n");
            }
        }
        f.edit("layer: libraries.shp, name_field: name", "layer: big.csv, name_field: name, x_field: x, y_field: y, crs: EPSG:27700");
        f.save();
        return f;
    }

    /** The child's exit code and what it wrote to standard error, bar the progress lines. */
    private record Child(int exit, List<String> err) {
    }

    private static Child run(Fixture f, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", f.file("analysis.yml").toString()));
        command.addAll(1, Fixture.childJvmOptions(f.dir.resolveSibling(f.dir.getFileName() + ".tmp")));
        command.addAll(List.of(extra));
        Path err = f.dir.resolveSibling(f.dir.getFileName() + ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        List<String> lines = Files.readAllLines(err).stream().filter(l -> !l.startsWith("[")).toList();
        return new Child(p.exitValue(), lines);
    }

    @Test
    void aLayerTooLargeForTheHeapIsRefusedFirstAndRunningOutOfHeapIsOneLine(@TempDir Path root) throws Exception {
        Fixture f = bigFacilities(Files.createDirectories(root.resolve("town")));
        Map<String, String> before = f.snapshot();

        Child checked = run(f);
        assertThat(checked.exit()).as(checked.err().toString()).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(checked.err()).singleElement().asString().startsWith("catchment: big.csv needs about ")
                .contains("MB of memory to load but only", "java -Xmx2g -jar", "clip the layer to your area first");

        Child unchecked = run(f, "--assume-free-memory-mb", "100000");
        assertThat(unchecked.exit()).as(unchecked.err().toString()).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(unchecked.err()).singleElement().asString().isEqualTo("catchment: the run ran out of memory (Java may"
                + " use at most 48 MB here); no output is left half-written. Start Catchment with more memory (java -Xmx2g"
                + " -jar target/catchment.jar ...) or clip the layers to your area first.");

        assertThat(f.snapshot()).as("inputs unchanged").isEqualTo(before);
        assertThat(f.staging()).isEmpty();
        if (Files.isDirectory(f.file("out"))) {
            try (Stream<Path> left = Files.list(f.file("out"))) {
                assertThat(left.toList()).isEmpty();
            }
        }
    }
}
