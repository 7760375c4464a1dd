package org.catchment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import org.catchment.analysis.TileProgress;
import org.junit.jupiter.api.Test;

/** A tiled run's progress line as the command line shows it, on an 100-column terminal and in a log. */
class ProgressTest {

    @Test
    void theTilesDoneAndTheTimeLeftShowOnTheBarAndInTheLog() {
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        StringWriter log = new StringWriter();
        try (Progress bar = new Progress(new PrintWriter(new StringWriter()),
                new ConsoleProgressBarConsumer(new PrintStream(screen, true, StandardCharsets.UTF_8), 100));
             Progress lines = new Progress(new PrintWriter(log, true), false)) {
            TileProgress tiles = new TileProgress((s, f, m) -> {
                bar.progress(s, f, m);
                lines.progress(s, f, m);
            }, "Tiles", 0.1, 0.9, List.of("E06000017", "E07000032", "E07000033"), new long[] {1000, 1000, 1000},
                    clock::get);
            tiles.started(0);
            tiles.started(1);
            clock.addAndGet(240_000_000_000L);
            tiles.finished(0);
            tiles.started(2);
        }
        String drawn = screen.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("Tiles: 1 of 3 tiles done, about 8 min left");
        assertThat(log.toString()).contains("[ 37%] Tiles: 1 of 3 tiles done, about 8 min left; now E07000032,"
                + " E07000033\n");
    }
}
