package org.catchment.ui.results.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.TileSearches;
import org.catchment.analysis.TilesSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Identify's walking minutes on a tiled result equal the untiled result's: the sample town run in
 * one piece and on a 2 km grid, asked at a 150 m lattice over the study area and at points a metre
 * either side of every grid line (where the nearest street node often lies in the other tile), give
 * the same nearest-node distance, the same minutes to 1e-9 (or "more than" alike) and the same
 * nearest facilities; a point far outside the town is more than every band away on both.
 */
class TiledPlaceTimesTest {

    private static final Path SAMPLE = Path.of("data", "sample", "analysis.yml");
    private static final double GRID = 2000;

    @TempDir
    static Path out;

    static AnalysisResult whole;
    static AnalysisResult tiled;

    @BeforeAll
    static void run() throws Exception {
        String text = Files.readString(SAMPLE).replaceAll("(?s)scenarios:\n.*?output:", "output:")
                .replace("  footpaths: [footpaths.shp]\n", "  footpaths: [footpaths.shp]\n  cache: false\n");
        Analysis a = AnalysisFiles.parse(text, SAMPLE);
        whole = AnalysisRunner.run(a.withOutputDir(out.resolve("whole")));
        tiled = AnalysisRunner.run(new Analysis(a.spec().withTiles(TilesSpec.grid(GRID / 1000)), a.file(), a.baseDir(),
                a.workingCrs()).withOutputDir(out.resolve("tiled")));
    }

    @AfterAll
    static void close() {
        whole.close();
        tiled.close();
    }

    private static PlaceTimes untiled() {
        return new PlaceTimes(whole.network(), whole.types().stream().map(t -> PlaceTimes.TypeSearch.of(
                t.spec().label(), t.spec().servedBand(), t.catchment())).toList(),
                whole.analysis().spec().network().walkingSpeedKmh());
    }

    @Test
    void theMinutesAtEveryPointOfTheTownAndBesideEverySeamAreTheUntiledResults() {
        Geometry area = whole.studyArea().area();
        PreparedGeometry in = PreparedGeometryFactory.prepare(area);
        GeometryFactory gf = area.getFactory();
        Envelope e = area.getEnvelopeInternal();
        List<Coordinate> points = new ArrayList<>();
        for (double x = e.getMinX() + 75; x < e.getMaxX(); x += 150) {
            for (double y = e.getMinY() + 75; y < e.getMaxY(); y += 150) {
                points.add(new Coordinate(x, y));
            }
        }
        for (double line = Math.ceil(e.getMinX() / GRID) * GRID; line < e.getMaxX(); line += GRID) {
            for (double y = e.getMinY(); y < e.getMaxY(); y += 40) {
                points.add(new Coordinate(line - 1, y));
                points.add(new Coordinate(line + 1, y));
            }
        }
        for (double line = Math.ceil(e.getMinY() / GRID) * GRID; line < e.getMaxY(); line += GRID) {
            for (double x = e.getMinX(); x < e.getMaxX(); x += 40) {
                points.add(new Coordinate(x, line - 1));
                points.add(new Coordinate(x, line + 1));
            }
        }
        points.removeIf(p -> !in.covers(gf.createPoint(p)));
        TileSearches tiles = TileSearches.of(tiled);
        // tile by tile, as a user clicks around, so that the test opens each tile a few times only
        points.sort(Comparator.comparingInt(tiles::tileAt));
        PlaceTimes one = untiled();
        int numbers = 0;
        int beyond = 0;
        int across = 0;
        try (TiledPlaceTimes times = new TiledPlaceTimes(tiled)) {
            for (Coordinate p : points) {
                PlaceTimes.Place u = one.at(p);
                PlaceTimes.Place t = times.at(p, () -> false);
                String as = "at " + p;
                assertThat(t.offsetM()).as(as).isCloseTo(u.offsetM(), within(1e-9));
                assertThat(t.types()).hasSameSizeAs(u.types());
                for (int k = 0; k < u.types().size(); k++) {
                    PlaceTimes.TypeTime a = t.types().get(k);
                    PlaceTimes.TypeTime b = u.types().get(k);
                    String type = as + " " + b.label();
                    assertThat(a.text()).as(type).isEqualTo(b.text());
                    assertThat(a.facility()).as(type).isEqualTo(b.facility());
                    if (Double.isNaN(b.minutes())) {
                        assertThat(a.minutes()).as(type).isNaN();
                        beyond++;
                    } else {
                        assertThat(a.minutes()).as(type).isCloseTo(b.minutes(), within(1e-9));
                        numbers++;
                    }
                }
                if (tiles.tileAt(p) != tiles.tileAt(one.coordinate(new PlaceTimes.Nearest(u.node(), u.offsetM())))) {
                    across++;
                }
            }
        }
        assertThat(points).as("points of the town, a tenth of them across a seam from their street node")
                .hasSizeGreaterThan(900);
        assertThat(numbers).isGreaterThan(4000);
        assertThat(beyond).as("types more than their largest band away somewhere").isGreaterThan(100);
        assertThat(across).as("points whose nearest street node is in the next tile").isGreaterThan(100);
    }

    @Test
    void aPointFarFromTheTownIsMoreThanEveryBandAway() {
        Coordinate far = new Coordinate(whole.studyArea().area().getEnvelopeInternal().getMaxX() + 20_000,
                whole.studyArea().area().getEnvelopeInternal().centre().y);
        PlaceTimes.Place u = untiled().at(far);
        try (TiledPlaceTimes times = new TiledPlaceTimes(tiled)) {
            PlaceTimes.Place t = times.at(far, () -> false);
            assertThat(t.types()).extracting(PlaceTimes.TypeTime::text)
                    .isEqualTo(u.types().stream().map(PlaceTimes.TypeTime::text).toList())
                    .allMatch(s -> s.startsWith("more than "));
        }
    }

    @Test
    void aResultInOnePieceIsRefusedAndAClosedOneAnswersNoMore() {
        assertThatThrownBy(() -> new TiledPlaceTimes(whole)).isInstanceOf(IllegalArgumentException.class);
        TiledPlaceTimes times = new TiledPlaceTimes(tiled);
        assertThat(times.isFor(tiled)).isTrue();
        assertThat(times.isFor(tiled.withDesertRule(tiled.analysis().spec().deserts()))).isTrue();
        assertThat(times.isFor(whole)).isFalse();
        times.close();
        assertThatThrownBy(() -> times.at(new Coordinate(0, 0), () -> false)).isInstanceOf(IllegalStateException.class);
    }
}
