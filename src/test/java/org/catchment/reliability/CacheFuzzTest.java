package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.io.FileOps;
import org.catchment.io.cache.CacheStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random byte changes in every file of a cached network (fixed seed 20261207; each change one of:
 * 1-8 bit flips, a run of inverted bytes, a truncation, 1-16 random bytes inserted, a 32-bit value
 * written over four bytes, the file emptied) never change a result and never fail a run: each run
 * after a change notes the damage, rebuilds the network and computes exactly what the first run
 * computed (deserts to the last bit, every coverage row), and the run after it reloads the
 * rebuilt cache. Two changes per file, every file (the checksum file too).
 */
class CacheFuzzTest {

    private static final int CHANGES_PER_FILE = 2;

    @Test
    void randomByteChangesInEveryCacheFileNeverChangeAResultNorFailARun(@TempDir Path dir) throws IOException {
        Fixture f = new Fixture(Files.createDirectories(dir.resolve("town")));
        f.edit("  - {type: foodbanks, label: Foodbanks, layer: foodbanks.csv, name_field: name, postcode_lookup:"
                + " postcodes.csv, postcode_field: postcode, bands_min: [10]}\n", "");
        f.save();
        Analysis analysis = AnalysisFiles.read(f.file("analysis.yml"));
        CacheStore store = new CacheStore(dir.resolve("cache"), 2L << 30, FileOps.SYSTEM);

        RunOutcome first = RunOutcome.of(analysis, store);
        assertThat(first.results()).isNotEmpty();
        assertThat(first.damageNote()).isNull();
        Path folder = only(store.root());
        List<String> files = names(folder);
        assertThat(files).contains("manifest.crc32c", "catchment-network.bin", "edges", "nodes", "geometry",
                "location_index");

        Random random = new Random(20261207);
        List<String> tried = new ArrayList<>();
        for (String name : files) {
            for (int k = 0; k < CHANGES_PER_FILE; k++) {
                Path file = folder.resolve(name);
                String change = change(file, random);
                tried.add(name + ": " + change);
                RunOutcome damaged = RunOutcome.of(analysis, store);
                assertThat(damaged.damageNote()).as(name + ": " + change).isNotNull()
                        .startsWith("The network cache " + folder + " was damaged (");
                assertThat(damaged.results()).as(name + ": " + change).isEqualTo(first.results());
            }
        }
        RunOutcome after = RunOutcome.of(analysis, store);
        assertThat(after.notes()).contains("Network reloaded from the cache " + folder + ".");
        assertThat(after.results()).isEqualTo(first.results());
        assertThat(tried).hasSize(files.size() * CHANGES_PER_FILE);
    }

    /** Changes the file's bytes in one random way. @return what was done */
    private static String change(Path file, Random random) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int kind = b.length == 0 ? 3 : random.nextInt(6);
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        String done;
        switch (kind) {
            case 0 -> {
                int bits = 1 + random.nextInt(8);
                for (int i = 0; i < bits; i++) {
                    int bit = random.nextInt(b.length * 8);
                    b[bit / 8] ^= (byte) (1 << (bit % 8));
                }
                done = bits + " bit flips";
            }
            case 1 -> {
                int n = Math.min(1 + random.nextInt(64), b.length - at);
                for (int i = at; i < at + n; i++) {
                    b[i] = (byte) ~b[i];
                }
                done = n + " bytes inverted at " + at;
            }
            case 2 -> {
                b = Arrays.copyOf(b, at);
                done = "truncated to " + at;
            }
            case 3 -> {
                byte[] extra = new byte[1 + random.nextInt(16)];
                random.nextBytes(extra);
                byte[] out = new byte[b.length + extra.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(extra, 0, out, at, extra.length);
                System.arraycopy(b, at, out, at + extra.length, b.length - at);
                b = out;
                done = extra.length + " bytes inserted at " + at;
            }
            case 4 -> {
                int pos = Math.max(0, Math.min(at, b.length - 4));
                byte[] before = Arrays.copyOfRange(b, pos, Math.min(b.length, pos + 4));
                ByteBuffer.wrap(b).putInt(pos, Arrays.equals(before, new byte[] {0x7f, -1, -1, -1}) ? 0 : Integer.MAX_VALUE);
                done = "a 32-bit value written at " + pos;
            }
            default -> {
                b = new byte[0];
                done = "emptied";
            }
        }
        Files.write(file, b);
        return done;
    }

    private static Path only(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            List<Path> items = s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            assertThat(items).hasSize(1);
            return items.get(0);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
