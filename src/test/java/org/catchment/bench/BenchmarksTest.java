package org.catchment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The runner's table and arguments (no figures are checked: timings are not unit-tested). The run of
 * every case is in the {@code benchmark} group, outside {@code mvn verify} (docs/benchmarks.md).
 */
class BenchmarksTest {

    /** The network and catchment cases at the smallest size: the table's layout, quick enough for every build. */
    @Test
    void printsOneRowPerStepOfTheChosenCasesThroughTheGivenStream() {
        List<String> lines = run(List.of("network", "catchment"));
        assertThat(lines.get(0)).startsWith("# Java ").contains("seed 20261201");
        assertThat(lines.get(1)).startsWith("case").contains("best_s", "cpu_s");
        assertThat(lines).filteredOn(l -> l.startsWith("network ")).hasSize(1);
        assertThat(steps(lines, "catchment")).containsExactly("snap facilities", "search 20 min", "reachable pieces",
                "polygon 10 min", "polygon 20 min", "disks both bands", "engine total");
        assertThat(lines).anyMatch(l -> l.contains("30 starts, 0 failures"));
        assertThat(lines).noneMatch(l -> l.startsWith("overlay ") || l.startsWith("analysis ") || l.startsWith("whatif ")
                || l.startsWith("clip "));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("# completed");
    }

    /** Every case at the smallest size, as {@code catchment bench --sizes 400} runs them (about half a minute). */
    @Test
    @Tag("benchmark")
    void everyCaseRunsAtTheSmallestSize() {
        List<String> lines = run(List.of());
        assertThat(steps(lines, "network")).containsExactly("build");
        assertThat(steps(lines, "catchment")).hasSize(7);
        assertThat(steps(lines, "overlay")).startsWith("served surface", "deserts", "ward coverage", "overlay total");
        assertThat(steps(lines, "analysis")).containsExactly("run (7 types)", "export");
        assertThat(steps(lines, "whatif")).containsExactly("rule: threshold 2", "rule: type0 out", "rule: as the file",
                "scenario: close 1", "rank type5 closures");
        assertThat(steps(lines, "clip")).containsExactly("run, clipped", "run, all tiles");
        assertThat(lines).anyMatch(l -> l.startsWith("analysis ") && l.contains("export") && l.contains("12 files"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("# completed");
    }

    private static List<String> run(List<String> cases) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Benchmarks.run(cases, List.of(400), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** @return the step column of a case's rows, in order */
    private static List<String> steps(List<String> lines, String benchCase) {
        return lines.stream().filter(l -> l.startsWith(benchCase + " ")).map(l -> l.substring(42, 62).trim()).toList();
    }

    @Test
    void argumentsAreCommaSeparatedListsAndUnknownCasesAreRefused() {
        Benchmarks.Arguments a = Benchmarks.Arguments.parse("--sizes", "20000,200_000", "--cases", "catchment");
        assertThat(a.sizes()).containsExactly(20_000, 200_000);
        assertThat(a.cases()).containsExactly("catchment");
        assertThatThrownBy(() -> Benchmarks.Arguments.parse("--size", "1")).hasMessageContaining("--size");
        assertThatThrownBy(() -> Benchmarks.run(List.of("routing"), List.of(400), new PrintStream(new ByteArrayOutputStream())))
                .hasMessageContaining("unknown benchmark case 'routing'");
    }
}
