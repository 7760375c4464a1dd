package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.catchment.cli.Main;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network cache is checked and kept out of the data folders (#18 item 3), seen from the command
 * line: the two damages of the issue (inverted bytes in {@code edges}, three bit flips in
 * {@code catchment-network.bin}) are a note and a rebuild with the same results; a failed run
 * leaves no cache; the cache lives in the per-user folder and {@code catchment cache} lists and
 * clears it. Random damage to every file: {@link CacheFuzzTest}; a cache that cannot be written:
 * {@link CacheWriteFaultsTest}.
 */
class NetworkCacheDamageTest {

    @TempDir
    Path dir;
    private Fixture f;
    private Path cache;
    private CacheDir cacheDir;

    @BeforeEach
    void town() throws IOException {
        f = new Fixture(Files.createDirectories(dir.resolve("town")));
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS);
        cache = dir.resolve("cache");
        cacheDir = new CacheDir(cache);
    }

    @AfterEach
    void restore() {
        cacheDir.close();
    }

    @Test
    void bitFlipsInTheSideFileAreANoteAndARebuildWithTheSameResults() throws IOException {
        f.save();
        assertThat(f.run()).as(f.err.toString()).isEqualTo(Main.OK);
        String coverage = f.text("out/ward_coverage.csv");
        Path side = onlyCacheFolder().resolve("catchment-network.bin");
        byte[] b = Files.readAllBytes(side);
        for (int bit : new int[] {8 * 1000 + 3, 8 * 20_000 + 6, 8 * (b.length - 500) + 1}) {
            b[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        Files.write(side, b);

        assertThat(f.run("--force")).as(f.err.toString()).isEqualTo(Main.OK);
        assertThat(f.messages()).contains("The network cache " + onlyCacheFolder() + " was damaged"
                + " (catchment-network.bin: its checksum does not match), so the network was built again.");
        assertThat(f.text("out/ward_coverage.csv")).isEqualTo(coverage);
        assertThat(f.run("--force")).isEqualTo(Main.OK);
        assertThat(f.messages()).contains("Network reloaded from the cache " + onlyCacheFolder() + ".");
        assertThat(f.text("out/ward_coverage.csv")).isEqualTo(coverage);
    }

    @Test
    void invertedBytesInTheEdgesAreANoteAndARebuild() throws IOException {
        f.save();
        assertThat(f.run()).isEqualTo(Main.OK);
        String coverage = f.text("out/ward_coverage.csv");
        Path edges = onlyCacheFolder().resolve("edges");
        byte[] b = Files.readAllBytes(edges);
        for (int i = 100; i < 400; i++) {
            b[i] = (byte) ~b[i];
        }
        Files.write(edges, b);

        assertThat(f.run("--force")).as(f.err.toString()).isEqualTo(Main.OK);
        assertThat(String.join("\n", f.messages())).contains("(edges: its checksum does not match), so the network was"
                + " built again.").doesNotContain("Exception", "unexpected error");
        assertThat(f.text("out/ward_coverage.csv")).isEqualTo(coverage);
    }

    @Test
    void theCacheIsInTheUsersCacheFolderAndCatchmentCacheListsAndClearsIt() throws IOException {
        f.save();
        assertThat(f.run()).isEqualTo(Main.OK);
        assertThat(graphCachesBeside()).as("nothing beside the data").isEmpty();
        Path folder = onlyCacheFolder();
        assertThat(folder.getParent()).isEqualTo(cache.resolve("networks"));

        String list = cli("cache", "--list");
        assertThat(list).contains("Network cache: " + cache.resolve("networks"), "Limit:         2.0 GB",
                "Networks:      1, ", folder.getFileName().toString(), f.file("RoadLink.shp").toString(),
                "(analysis.yml)");
        assertThat(cli("cache", "--clear")).startsWith("Removed 1 network (").endsWith(" from " + cache.resolve("networks") + ".\n");
        assertThat(cacheFolders()).isEmpty();
        assertThat(cli("cache", "--list")).contains("Networks:      0, 0 kB in all");
    }

    @Test
    void aFailedRunLeavesNoCacheBehind() throws IOException {
        f.edit("  footpaths: [footpaths.shp]\n", "");
        f.features("RoadLink.shp", fs -> {
            for (SimpleFeature s : fs) {
                s.setAttribute("function", "Motorway");
            }
            return fs;
        });
        f.save();
        assertThat(f.run()).isEqualTo(Main.ANALYSIS_ERROR);
        assertThat(String.join("\n", f.messages())).contains("no walkable link");
        assertThat(graphCachesBeside()).isEmpty();
        assertThat(cacheFolders()).isEmpty();
        assertThat(hidden(cache.resolve("networks"))).as("no folder being built is left").isEmpty();
    }

    private String cli(String... args) {
        StringWriter out = new StringWriter();
        assertThat(Main.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args)).isZero();
        return out.toString();
    }

    private Path onlyCacheFolder() throws IOException {
        List<Path> all = cacheFolders();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** @return the cached networks, wherever they are: the per-user folder, or beside the analysis as before #18 */
    private List<Path> cacheFolders() throws IOException {
        List<Path> all = new java.util.ArrayList<>(visible(cache.resolve("networks")));
        for (Path beside : graphCachesBeside()) {
            all.addAll(visible(beside));
        }
        return all;
    }

    private List<Path> graphCachesBeside() throws IOException {
        try (Stream<Path> s = Files.list(f.dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".graph-cache")).toList();
        }
    }

    private static List<Path> visible(Path folder) throws IOException {
        return Files.isDirectory(folder) ? list(folder).stream().filter(p -> !p.getFileName().toString().startsWith("."))
                .toList() : List.of();
    }

    private static List<Path> hidden(Path folder) throws IOException {
        return Files.isDirectory(folder) ? list(folder).stream().filter(p -> p.getFileName().toString().startsWith(".")
                && !p.getFileName().toString().equals(".locks")).toList() : List.of();
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
