package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code catchment run} in its own JVM, started by {@link Main#main} as a user starts it, on
 * an OpenStreetMap file with a footway that repeats a node (src/test/resources/osm/loop.osm):
 * GraphHopper's reader warns through slf4j ("Loop in OSM way: 106"). The warning is in the run log
 * and not on the terminal, where Catchment's own messages are as they always are.
 */
class QuietLibrariesTest {

    private static final String STUDY_AREA = """
            {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Loop ward"},
              "geometry": {"type": "Polygon", "coordinates": [[[-2.741, 53.4488], [-2.729, 53.4488], [-2.729, 53.4522],
                [-2.741, 53.4522], [-2.741, 53.4488]]]}}]}
            """;

    private static final String ANALYSIS = """
            name: A footway with a repeated node
            network:
              roads: [loop.osm]
            study_area: {layer: area.geojson, name_field: name}
            facilities:
              - {type: gp, label: GP surgeries, layer: loop.osm, osm_tags: gp}
            deserts: {min_missing: 1}
            output:
              dir: out
            """;

    @TempDir
    Path dir;

    @Test
    void graphHoppersWarningGoesToTheRunLogAndNotTheTerminal() throws IOException, InterruptedException {
        Files.copy(Path.of("src/test/resources/osm/loop.osm"), dir.resolve("loop.osm"));
        Files.writeString(dir.resolve("area.geojson"), STUDY_AREA);
        Files.writeString(dir.resolve("analysis.yml"), ANALYSIS);
        Path state = dir.resolve("state");
        Path err = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp"))));
        String epsg = System.getProperty("EPSG-HSQL.directory");
        if (epsg != null) {
            command.add("-DEPSG-HSQL.directory=" + epsg);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                dir.resolve("analysis.yml").toString()));
        ProcessBuilder child = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        child.environment().put("XDG_STATE_HOME", state.toString());
        child.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        child.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Process p = child.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String terminal = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(terminal).isZero();

        assertThat(Files.readString(state.resolve("catchment").resolve("catchment.log"), StandardCharsets.UTF_8))
                .contains("WARNING [com.graphhopper.reader.osm.WaySegmentParser] Loop in OSM way: 106, will be ignored,"
                        + " duplicate node: 7");
        assertThat(terminal).doesNotContain("Loop in OSM way", "WaySegmentParser", "WARN", "com.graphhopper")
                .contains("Working CRS: EPSG:27700 (OSGB36 / British National Grid), the study area lies in Great"
                        + " Britain.")
                .contains("[100%] Export: Wrote 6 files to " + dir.resolve("out"));
    }
}
