package org.catchment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's table and arguments (no figures are checked: timings are not unit-tested). */
class BenchmarksTest {

    @Test
    void printsOneRowPerStepOfEachCaseThroughTheGivenStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Benchmarks.run(List.of(), List.of(400), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(1)).startsWith("case").contains("best_s", "cpu_s");
        assertThat(lines).filteredOn(l -> l.startsWith("network ")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.startsWith("catchment ")).extracting(l -> l.substring(42, 62).trim())
                .containsExactly("snap facilities", "search 20 min", "reachable pieces", "polygon 10 min",
                        "polygon 20 min", "disks both bands", "engine total");
        assertThat(lines).anyMatch(l -> l.contains("30 starts, 0 failures"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("# completed");
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
