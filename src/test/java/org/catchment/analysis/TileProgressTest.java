package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Tile progress on a fake clock: counts, the tiles under way, the time left from the work done. */
class TileProgressTest {

    private static final long S = 1_000_000_000L;

    private record Call(String stage, double fraction, String message) {
    }

    @Test
    void theTimeLeftIsTheRemainingWorkAtTheRateOfTheWorkDone() {
        AtomicLong clock = new AtomicLong(1000 * S);
        List<Call> calls = new ArrayList<>();
        TileProgress p = new TileProgress((s, f, m) -> calls.add(new Call(s, f, m)), "Tiles", 0.3, 0.8,
                List.of("E06000017", "E07000032", "E07000033", "E07000034"), new long[] {100, 100, 200, 600}, clock::get);
        p.started(0);
        p.started(1);
        assertThat(calls.get(1)).isEqualTo(new Call("Tiles", 0.3,
                "0 of 4 tiles done, estimating the time left; now E06000017, E07000032"));
        clock.addAndGet(10 * S);
        p.finished(0);
        // 100 of 1000 units in 10 s: 900 units left, 90 s
        assertThat(calls.get(2).message()).isEqualTo("1 of 4 tiles done, about 2 min left; now E07000032");
        assertThat(calls.get(2).fraction()).isCloseTo(0.35, within(1e-12));
        p.started(3);
        clock.addAndGet(10 * S);
        p.finished(1);
        // 200 units in 20 s: 800 left, 80 s
        assertThat(p.message()).isEqualTo("2 of 4 tiles done, about 1 min left; now E07000034");
        p.started(2);
        clock.addAndGet(580 * S);
        p.finished(3);
        // 800 units in 600 s: 200 left, 150 s
        assertThat(p.message()).isEqualTo("3 of 4 tiles done, about 3 min left; now E07000033");
        assertThat(p.fraction()).isCloseTo(0.3 + 0.5 * 0.8, within(1e-12));
        clock.addAndGet(S);
        p.finished(2);
        assertThat(calls.get(calls.size() - 1)).isEqualTo(new Call("Tiles", 0.8, "4 of 4 tiles done"));
    }

    @Test
    void resumedTilesCountAsDoneButNotTowardsTheRate() {
        AtomicLong clock = new AtomicLong();
        TileProgress p = new TileProgress((s, f, m) -> { }, "Tiles", 0, 1, List.of("a", "b", "c"),
                new long[] {5000, 1000, 1000}, clock::get);
        clock.addAndGet(3600 * S);
        p.resumed(0);
        p.started(1);
        assertThat(p.message()).isEqualTo("1 of 3 tiles done, estimating the time left (1 resumed); now b");
        assertThat(p.fraction()).isCloseTo(5000.0 / 7000, within(1e-12));
        clock.addAndGet(4000 * S);
        p.finished(1);
        // the hour before the resumption does not count: 1000 units in 4000 s, 1000 left
        assertThat(p.message()).isEqualTo("2 of 3 tiles done, about 1 h 07 min left (1 resumed)");
    }

    @Test
    void durationsInWords() {
        assertThat(TileProgress.duration(59)).isEqualTo("less than a minute");
        assertThat(TileProgress.duration(61)).isEqualTo("1 min");
        assertThat(TileProgress.duration(14 * 60 + 10)).isEqualTo("14 min");
        assertThat(TileProgress.duration(2 * 3600 + 5 * 60)).isEqualTo("2 h 05 min");
    }
}
