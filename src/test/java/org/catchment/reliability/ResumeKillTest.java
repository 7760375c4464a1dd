package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.catchment.io.ResumeFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of parts ({@link ResumeChild}) in a child JVM, killed between parts by SIGKILL and by
 * SIGTERM ({@code -Dcatchment.pause=resume-part-N}: part N written, not yet in place), then resumed:
 * the parts finished before are not computed again, no half part is ever kept, and the CSV table
 * and the GeoPackage layer assembled from the parts at the end are byte-identical to an
 * uninterrupted run's (the GeoPackage once the times it stores are set alike).
 */
class ResumeKillTest {

    private static final int PARTS = 10;

    @TempDir
    Path dir;
    private Path pauses;
    private final Map<Process, Path> logs = new HashMap<>();

    @BeforeEach
    void folders() throws IOException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "signals are sent with kill(1)");
        pauses = Files.createDirectories(dir.resolve("pauses"));
    }

    @Test
    void aRunKilledBetweenPartsResumesWithTheSameOutputs() throws Exception {
        Path whole = dir.resolve("whole");
        assertThat(computed(run(whole, null))).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        byte[] expected = Files.readAllBytes(whole.resolve("table.csv"));
        List<String> expectedNodes = nodes(whole);
        assertThat(whole.resolve(ResumeFolder.NAME)).as("removed once the table is in place").doesNotExist();

        Path out = dir.resolve("out");
        Process killed = run(out, "resume-part-4");
        waitPaused(killed, "resume-part-4");
        signal(killed, "KILL");
        assertThat(parts(out)).as("parts 0-3 whole, part 4 only as a temporary folder")
                .containsExactly(".tmp-", "fingerprint", "part-000000", "part-000001", "part-000002", "part-000003");
        assertThat(out.resolve("table.csv")).doesNotExist();

        Process terminated = run(out, "resume-part-7");
        waitPaused(terminated, "resume-part-7");
        signal(terminated, "TERM");
        assertThat(computed(terminated)).as("resumed: parts 0-3 not computed again").containsExactly(4, 5, 6);
        assertThat(parts(out)).as("SIGTERM removes the part being written, keeps the finished ones")
                .containsExactly("fingerprint", "part-000000", "part-000001", "part-000002", "part-000003",
                        "part-000004", "part-000005", "part-000006");

        Process last = run(out, null);
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertThat(computed(last)).containsExactly(7, 8, 9);
        assertThat(Files.readAllBytes(out.resolve("table.csv"))).isEqualTo(expected);
        assertThat(nodes(out)).isEqualTo(expectedNodes).hasSize(30 + 1).startsWith("30|POINT|0.0|0.0|902.0|13.786")
                .anyMatch(r -> r.startsWith("30|9|13.786|"));
        stampAlike(whole.resolve("nodes.gpkg"));
        stampAlike(out.resolve("nodes.gpkg"));
        assertThat(Files.readAllBytes(out.resolve("nodes.gpkg"))).as("the GeoPackage too, but for its times")
                .isEqualTo(Files.readAllBytes(whole.resolve("nodes.gpkg")));
        assertThat(out.resolve(ResumeFolder.NAME)).doesNotExist();
        assertThat(new String(expected, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("tile,node,minutes\n0,0,0\n0,1,0.143\n").endsWith("9,2,13.786\n");
    }

    private Process run(Path out, String pause) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1"));
        command.addAll(Fixture.childJvmOptions(dir.resolve("child-tmp")));
        if (pause != null) {
            command.addAll(List.of("-Dcatchment.pause=" + pause, "-Dcatchment.pause.dir=" + pauses));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ResumeChild.class.getName(), out.toString(),
                Integer.toString(PARTS)));
        Path log = Files.createTempFile(dir, "child", ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        logs.put(p, log);
        return p;
    }

    private List<Integer> computed(Process p) throws IOException, InterruptedException {
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readAllLines(logs.get(p)).stream().filter(l -> l.matches("\\d+")).map(Integer::valueOf).toList();
    }

    private void waitPaused(Process p, String point) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (!Files.exists(pauses.resolve(point + ".paused"))) {
            assertThat(p.isAlive()).as("the child reached " + point + ": " + Files.readString(logs.get(p))).isTrue();
            assertThat(System.currentTimeMillis()).isLessThan(end);
            Thread.sleep(20);
        }
        Files.delete(pauses.resolve(point + ".paused"));
    }

    private static void signal(Process p, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
    }

    /** @return the GeoPackage's row count, geometry type and extent, then each node's fid, tile, minutes and geometry */
    private static List<String> nodes(Path out) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("nodes.gpkg"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM nodes), g.geometry_type_name, min_x, min_y,"
                    + " max_x, max_y FROM gpkg_contents JOIN gpkg_geometry_columns g USING (table_name)")) {
                rs.next();
                rows.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3) + "|" + rs.getDouble(4) + "|"
                        + rs.getDouble(5) + "|" + rs.getDouble(6));
            }
            try (ResultSet rs = s.executeQuery("SELECT fid, tile, minutes, hex(geom) FROM nodes ORDER BY fid")) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
                }
            }
        }
        return rows;
    }

    private static void stampAlike(Path gpkg) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement()) {
            s.execute("UPDATE gpkg_contents SET last_change = '2026-12-07T05:00:00.000Z'");
        }
    }

    /** The resume folder's entries, a temporary part shown as its prefix. */
    private static List<String> parts(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve(ResumeFolder.NAME))) {
            return s.map(p -> p.getFileName().toString()).map(n -> n.startsWith(".tmp-") ? ".tmp-" : n).sorted().toList();
        }
    }
}
