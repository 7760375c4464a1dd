package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catchment.CatchmentException;
import org.catchment.network.SearchResult;
import org.catchment.network.WalkingNetwork;
import org.catchment.tiling.TilePart;
import org.catchment.tiling.TileParts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A tile of the sample town's run on a 2 km grid, opened again after the run: its network and
 * searches give every node of its cell the minutes and nearest facility the run kept for it (its
 * node times rows, which the seam tests show equal the untiled run's), the tiles are those of the
 * run, and every node of a cell is found in that cell.
 */
class TileSearchesTest {

    @TempDir
    static Path out;

    static AnalysisResult tiled;

    @BeforeAll
    static void run() throws Exception {
        String text = Files.readString(SamplePipelineTest.SAMPLE).replaceAll("(?s)scenarios:\n.*?output:", "output:")
                .replace("  footpaths: [footpaths.shp]\n", "  footpaths: [footpaths.shp]\n  cache: false\n");
        Analysis a = AnalysisFiles.parse(text, SamplePipelineTest.SAMPLE);
        tiled = AnalysisRunner.run(new Analysis(a.spec().withTiles(TilesSpec.grid(2)), a.file(), a.baseDir(),
                a.workingCrs()).withOutputDir(out));
    }

    @AfterAll
    static void close() {
        tiled.close();
    }

    @Test
    void anOpenedTileGivesItsNodesTheMinutesAndFacilitiesTheRunKept() {
        TileSearches searches = TileSearches.of(tiled);
        assertThat(searches.size()).isEqualTo(tiled.tiles().size()).isGreaterThan(4);
        int compared = 0;
        for (int i = 0; i < searches.size(); i++) {
            TilePart part = tiled.tiles().whole(i);
            try (TileSearches.Opened tile = searches.open(i, () -> false)) {
                assertThat(tile.tile()).isEqualTo(i);
                assertThat(tile.id()).isEqualTo(part.id());
                WalkingNetwork net = tile.network();
                Map<Coordinate, Integer> nodes = new HashMap<>();
                for (int n = 0; n < net.nodeCount(); n++) {
                    nodes.putIfAbsent(new Coordinate(net.nodeX(n), net.nodeY(n)), n);
                }
                TilePart.NodeRows rows = part.nodes();
                for (int j = 0; j < rows.size(); j++) {
                    Coordinate c = new Coordinate(rows.x()[j], rows.y()[j]);
                    assertThat(tile.holds(c)).isTrue();
                    assertThat(searches.tileAt(c)).isEqualTo(i);
                    int n = nodes.get(c);
                    for (int k = 0; k < tile.types().size(); k++) {
                        TileSearches.TypeSearch type = tile.types().get(k);
                        SearchResult s = type.search();
                        String as = part.id() + " node " + rows.sourceIds()[j] + " type " + k;
                        if (Double.isNaN(rows.minutes()[k][j])) {
                            assertThat(s == null || Double.isInfinite(s.minutes(n))).as(as).isTrue();
                            continue;
                        }
                        assertThat(s.minutes(n)).as(as).isCloseTo(rows.minutes()[k][j], within(1e-9));
                        assertThat(type.facilities().get(s.source(n)).name()).as(as).isEqualTo(tiled.types().get(k)
                                .catchment().facilities().get(rows.facility()[k][j]).name());
                        assertThat(type.limitMin()).isEqualTo(tiled.types().get(k).spec().bandsMin().get(1));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(5000);
    }

    /**
     * Nodes farther inside the envelope the tile's network was read within than the footpath
     * tolerance are complete: at the middle of the tile's envelope at least half its width and the
     * walking reach R less the tolerance, far beyond the envelope nothing.
     */
    @Test
    void theNetworkIsCompleteWithinTheHaloLessTheFootpathTolerance() {
        TileSearches searches = TileSearches.of(tiled);
        double tolerance = tiled.analysis().spec().network().footpathToleranceM();
        for (int i = 0; i < searches.size(); i++) {
            try (TileSearches.Opened tile = searches.open(i, () -> false)) {
                Envelope cell = searches.envelope(i);
                Coordinate middle = cell.centre();
                double expected = Math.min(cell.getWidth(), cell.getHeight()) / 2 + searches.reachM() - tolerance;
                assertThat(tile.completeWithinM(middle)).isGreaterThanOrEqualTo(expected - 1e-6);
                assertThat(tile.completeWithinM(new Coordinate(middle.x + 1e6, middle.y))).isNegative();
            }
        }
    }

    /** A tile whose roads are not the run's (the files changed since) is refused in one line naming them. */
    @Test
    void aTileWhoseNetworkIsNotTheRunsIsRefused() {
        List<TilePart> parts = new java.util.ArrayList<>(tiled.tiles().parts());
        TilePart p = parts.get(1);
        parts.set(1, new TilePart(p.tile(), p.id(), "RoadLink network: 3 nodes, 2 edges", p.warnings(), p.notes(),
                p.types(), p.nodes(), p.postcodes(), p.residents(), p.overlay()));
        AnalysisResult changed = tiled.withTiles(new TileParts(parts, tiled.tiles().reader(), tiled.tiles().nodes(),
                tiled.tiles().reach()));
        TileSearches searches = TileSearches.of(changed);
        searches.open(0, () -> false).close();
        assertThatThrownBy(() -> searches.open(1, () -> false)).isInstanceOf(CatchmentException.class)
                .hasMessageStartingWith("RoadLink.shp: the roads of tile " + p.id() + " are not those of the run"
                        + " (its network had RoadLink network: 3 nodes, 2 edges, it now has ")
                .hasMessageEndingWith("the road files changed since. Run the analysis again to identify walking times.")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aResultInOnePieceHasNoTiles() {
        AnalysisResult whole = new AnalysisResult(tiled.analysis(), null, null, tiled.studyArea(), tiled.types(),
                tiled.surface(), tiled.deserts(), tiled.wardCoverage(), tiled.zoneCoverage(), tiled.indicators(),
                tiled.inputs(), tiled.overlayInputs(), List.of(), List.of(), null);
        assertThatThrownBy(() -> TileSearches.of(whole)).isInstanceOf(IllegalArgumentException.class);
    }
}
