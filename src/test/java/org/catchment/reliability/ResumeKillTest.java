package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * the parts finished before are not computed again, no half part is ever kept, and the table
 * assembled at the end is byte-identical to an uninterrupted run's.
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
    void aRunKilledBetweenPartsResumesWithTheSameTable() throws Exception {
        Path whole = dir.resolve("whole");
        assertThat(computed(run(whole, null))).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        byte[] expected = Files.readAllBytes(whole.resolve("table.csv"));
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
        assertThat(out.resolve(ResumeFolder.NAME)).doesNotExist();
        assertThat(new String(expected, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("tile,node,minutes\n0,0,0.000\n0,1,0.143\n").endsWith("9,2,13.786\n");
    }

    private Process run(Path out, String pause) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1"));
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

    /** The resume folder's entries, a temporary part shown as its prefix. */
    private static List<String> parts(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve(ResumeFolder.NAME))) {
            return s.map(p -> p.getFileName().toString()).map(n -> n.startsWith(".tmp-") ? ".tmp-" : n).sorted().toList();
        }
    }
}
