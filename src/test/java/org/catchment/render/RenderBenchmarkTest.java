package org.catchment.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link RenderBenchmark} (a 200,000-link network and the Millbrook town drawn again and again,
 * a minute or more) in the {@code benchmark} group, outside {@code mvn verify}: see docs/benchmarks.md.
 * Its figures go to standard output; only that every step ran is checked.
 */
@Tag("benchmark")
class RenderBenchmarkTest {

    @Test
    void everyViewIsDrawnAndTimed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RenderBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(table);
        List<String> timed = table.lines().filter(l -> l.contains(" median "))
                .map(l -> l.substring(0, l.indexOf(" first ")).trim()).toList();
        assertThat(timed).containsExactly("200k network, full view", "200k network, zoomed 2 km x 1.25 km",
                "Millbrook (2,000 streets + bands, desert, wards, points), full view", "Millbrook, zoomed 2 km x 1.25 km",
                "Millbrook A4 page, 3508 x 2480 px at 300 dpi", "PNG encode of the A4 page");
        assertThat(table).containsPattern("PNG size [0-9,]+ bytes");
    }
}
