package org.catchment.io.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk cache keeps each tile with its validators and expiry, reads a damaged file as absent
 * (and deletes it), and never grows past its size: the tiles used longest ago go first.
 */
class TileCacheTest {

    @TempDir
    Path dir;

    private final TileSource source = TileSource.custom("https://tiles.example.org/{z}/{x}/{y}.png", "Example", 18);

    @Test
    void aTileIsReadBackWithItsExpiryAndValidators() {
        TileCache cache = new TileCache(dir, 1 << 20);
        TileId t = new TileId(3, 4, 2);
        cache.put(source, t, new TileCache.Entry(new byte[] {1, 2, 3}, 1234L, "\"e1\"", "Tue, 01 Jul 2025 10:00:00 GMT"));
        TileCache.Entry e = cache.get(source, t).orElseThrow();
        assertThat(e.image()).containsExactly(1, 2, 3);
        assertThat(e.expiresMs()).isEqualTo(1234L);
        assertThat(e.etag()).isEqualTo("\"e1\"");
        assertThat(e.lastModified()).isEqualTo("Tue, 01 Jul 2025 10:00:00 GMT");
        assertThat(e.fresh(1000)).isTrue();
        assertThat(e.fresh(1234)).isFalse();
        assertThat(cache.get(source, new TileId(3, 4, 3))).isEmpty();
    }

    @Test
    void aDamagedFileIsReadAsAbsentAndRemoved() throws Exception {
        TileCache cache = new TileCache(dir, 1 << 20);
        TileId t = new TileId(1, 1, 1);
        cache.put(source, t, new TileCache.Entry(new byte[10], 1L, "", ""));
        Path file;
        try (var files = Files.walk(dir)) {
            file = files.filter(p -> p.toString().endsWith(".tile")).findFirst().orElseThrow();
        }
        Files.write(file, new byte[] {9, 9});
        assertThat(cache.get(source, t)).isEqualTo(Optional.empty());
        assertThat(file).doesNotExist();
    }

    @Test
    void theCacheStaysWithinItsSizeDroppingTheTilesUsedLongestAgo() throws Exception {
        long max = 40_000;
        TileCache cache = new TileCache(dir, max);
        TileId first = new TileId(10, 0, 0);
        cache.put(source, first, new TileCache.Entry(new byte[5_000], Long.MAX_VALUE, "", ""));
        for (int i = 1; i < 20; i++) {
            Thread.sleep(5);
            if (i % 3 == 0) {
                assertThat(cache.get(source, first)).as("the first tile, read again and again").isPresent();
            }
            cache.put(source, new TileId(10, i, 0), new TileCache.Entry(new byte[5_000], Long.MAX_VALUE, "", ""));
            assertThat(cache.sizeBytes()).isLessThanOrEqualTo(max);
        }
        assertThat(cache.get(source, first)).as("used recently, so kept").isPresent();
        assertThat(cache.get(source, new TileId(10, 1, 0))).as("used longest ago, so dropped").isEmpty();
    }
}
