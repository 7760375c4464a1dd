package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.catchment.bench.Benchmarks;
import org.catchment.bench.NationalDataset;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * The estimate of a tile's heap on a small generated country (a RoadLink square of 21,000 links,
 * towns and countryside): the links counted from the files' record heads against the links
 * actually there, for the whole country and for a town's part of a square, where spreading a
 * file's links evenly over its extent would be several times wrong.
 */
class TileMemoryTest {

    @TempDir
    static Path dir;

    static Analysis analysis;
    static List<Envelope> links;

    @BeforeAll
    static void write() {
        NationalDataset.write(20_000, Benchmarks.SEED, dir, "lad_code");
        analysis = AnalysisFiles.read(dir.resolve(NationalDataset.ANALYSIS_FILE));
        links = analysis.roads().stream().flatMap(r -> LayerReader.read(r.file(), ReadOptions.defaults()).features()
                .stream().map(f -> Layer.geometry(f).getEnvelopeInternal())).toList();
    }

    @Test
    void theLinksOfTheWholeCountryAreEveryRecord() {
        Envelope all = new Envelope();
        links.forEach(all::expandToInclude);
        assertThat(TileMemory.of(analysis).links(all)).isEqualTo(links.size());
    }

    @Test
    void aTownsLinksAreCountedWhereTheyLieNotSpreadOverTheirFile() {
        TileMemory memory = TileMemory.of(analysis);
        Envelope all = new Envelope();
        links.forEach(all::expandToInclude);
        // the 4 km square around the densest place: the links whose centre lies in it, counted here
        Envelope town = densest(all, 4_000);
        long truth = links.stream().filter(e -> town.contains(e.centre())).count();
        double even = (double) links.size() * town.getArea() / all.getArea();
        assertThat(truth).as("a town: far denser than the country on average").isGreaterThan((long) (3 * even));
        assertThat((double) memory.links(town)).as("within a grid cell's width of the truth")
                .isCloseTo(truth, within(0.1 * truth));
        // a tile's estimate is its links within walking reach, times the heap per link
        Envelope read = new Envelope(town);
        read.expandBy(ClipArea.networkReachM(analysis.spec()));
        assertThat(memory.tileBytes(town)).isEqualTo(memory.links(read) * TileMemory.BYTES_PER_LINK);
    }

    @Test
    void theHeapLimitsTheTilesAtOnceOnlyWhenTheLargestDoNotFitAndSaysWhatToDo() {
        TileMemory memory = TileMemory.of(analysis);
        Envelope all = new Envelope();
        links.forEach(all::expandToInclude);
        Envelope town = densest(all, 4_000);
        Envelope corner = new Envelope(all.getMinX(), all.getMinX() + 1_000, all.getMinY(), all.getMinY() + 1_000);
        long largest = memory.tileBytes(town);
        long[] costs = {largest, memory.tileBytes(corner)};
        assertThat(costs[1]).isPositive().isLessThan(largest);
        long kept = memory.links(all) * TileMemory.KEPT_PER_LINK;
        long roomy = (long) ((2 * largest) / TileMemory.MARGIN) + kept + 1;
        TileMemory.Plan enough = memory.plan(costs, all, 2, roomy, "tiles: {grid_km: 10}");
        assertThat(enough.note()).isNull();
        assertThat(enough.budget()).isGreaterThanOrEqualTo(2 * largest);
        TileMemory.Plan tight = memory.plan(costs, all, 2, kept + largest, "tiles: {grid_km: 10}");
        assertThat(tight.budget()).isLessThan(2 * largest);
        assertThat(tight.note()).startsWith("Tiles: the largest ran 1 at a time, not 2: each needs about ")
                .contains("-Xmx").endsWith("or use smaller tiles (tiles: {grid_km: 10}), to run more at once.");
        // the large tile kept by an earlier run (cost 0): the one left runs alone, as the processors allow
        assertThat(memory.plan(new long[] {0, costs[1]}, all, 2, kept + largest, "tiles: {grid_km: 10}").note()).isNull();
    }

    /** @return the square of that side, on a grid of them, holding the most link centres */
    private static Envelope densest(Envelope all, double side) {
        int cols = (int) Math.ceil(all.getWidth() / side);
        int rows = (int) Math.ceil(all.getHeight() / side);
        int[] counts = new int[cols * rows];
        for (Envelope e : links) {
            int c = (int) Math.min(cols - 1, (e.centre().x - all.getMinX()) / side);
            int r = (int) Math.min(rows - 1, (e.centre().y - all.getMinY()) / side);
            counts[r * cols + c]++;
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        double x = all.getMinX() + (best % cols) * side;
        double y = all.getMinY() + (best / cols) * side;
        return new Envelope(x, x + side, y, y + side);
    }
}
