package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.tiling.TilePart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Seam tests on the sample town: the analysis of data/sample (seven types, wards, LSOAs, the IMD
 * indicator, the postcodes' minutes and the minutes per LSOA) run in one piece, on a 2 km grid whose lines cut through
 * the town's catchments (tiled without being asked: the town's 30 km² are above the 10 km² this
 * test sets for {@link AutoTiles}), and by ward (the {@code tiles} key naming a field of the ward
 * layer), give the same coverage, deserts,
 * node times and postcode minutes ({@link TiledEquality}); a desert crosses a grid line. (The
 * town's deserts each lie in one ward; the generated network's cross ward seams,
 * {@code bench.TiledSyntheticTest}.)
 */
public class TiledSampleTest {

    @TempDir
    static Path out;

    static AnalysisResult whole;
    static AnalysisResult grid;
    static AnalysisResult byWard;

    @BeforeAll
    static void run() throws Exception {
        String text = Files.readString(SamplePipelineTest.SAMPLE).replaceAll("(?s)scenarios:\n.*?output:", "output:")
                .replace("  footpaths: [footpaths.shp]\n", "  footpaths: [footpaths.shp]\n  cache: false\n");
        assertThat(text).doesNotContain("scenarios:").contains("cache: false");
        Analysis a = AnalysisFiles.parse(text, SamplePipelineTest.SAMPLE);
        AnalysisSpec spec = a.spec().withAccessibility(new AccessibilitySpec("postcodes.csv", List.of("lsoa")));
        whole = run(a, spec, "whole");
        grid = AnalysisRunner.run(new Analysis(spec, a.file(), a.baseDir(), a.workingCrs())
                .withOutputDir(out.resolve("grid")), ProgressListener.NONE, () -> false,
                new RunOptions(false, new AutoTiles(10, 2)));
        byWard = run(a, spec.withTiles(TilesSpec.byField("WD_CODE")), "ward");
    }

    private static AnalysisResult run(Analysis a, AnalysisSpec spec, String folder) {
        return AnalysisRunner.run(new Analysis(spec, a.file(), a.baseDir(), a.workingCrs()).withOutputDir(out.resolve(folder)));
    }

    @AfterAll
    static void close() {
        whole.close();
        grid.close();
        byWard.close();
    }

    @Test
    void aGridTiledRunEqualsTheUntiledRun() {
        assertThat(TiledEquality.assertSame(grid, whole)).isGreaterThan(1000);
        assertThat(grid.network()).isNull();
        assertThat(grid.notes()).contains("The study area's envelope covers 33 km² (more than 10 km²), so it was run in tiles on"
                + " a 2 km grid, as tiles: {grid_km: 2} would: the outputs equal a run in one piece. Give tiles in the"
                + " analysis file to choose the tiles.");
        assertThat(whole.notes()).noneMatch(n -> n.contains("run in tiles"));
        assertThat(grid.tiles().parts()).extracting(TilePart::id).contains("E352_N390", "E354_N390");
    }

    @Test
    void aRunTiledByWardEqualsTheUntiledRun() {
        assertThat(TiledEquality.assertSame(byWard, whole)).isGreaterThan(1000);
        assertThat(byWard.tiles().parts()).extracting(TilePart::id)
                .isSortedAccordingTo(String::compareTo).hasSize(whole.studyArea().zones().size());
    }

    /** A desert lying in two 2 km squares (more than 1 m² in each) is one desert, as in the untiled run. */
    @Test
    void aDesertCrossingAGridLineIsOneDesert() {
        assertThat(grid.deserts().deserts()).anyMatch(d -> squares(d.geometry(), 2000) > 1);
    }

    /**
     * The maps of a tiled run draw the road network under the results as the untiled run's do (read
     * back from the road files: the tiled result has no network): the deserts map and an atlas page
     * of a ward (drawn finer than the maps, so read again within the page) differ from the untiled
     * run's in at most 1 pixel in 2,000 by more than a trace (where a footpath joins a road, its
     * split and dash pattern differ), while leaving the roads out would change tens of thousands.
     */
    @Test
    void theMapsOfATiledRunDrawTheRoadNetworkAsTheUntiledRun() {
        org.catchment.export.MapExport tiled = new org.catchment.export.MapExport(grid, null);
        org.catchment.export.MapExport untiled = new org.catchment.export.MapExport(whole, null);
        assertThat(tiled.desertMap().layers()).extracting(org.catchment.render.MapLayer::legendLabel)
                .isEqualTo(untiled.desertMap().layers().stream().map(org.catchment.render.MapLayer::legendLabel).toList())
                .contains("Roads and streets", "Footpaths");
        int[] map = differing(tiled.desertMap(), untiled.desertMap());
        assertThat(map[0]).as("pixels differing by more than a trace").isLessThan(map[1] / 2000);
        org.catchment.overlay.Zone ward = whole.studyArea().zones().get(0);
        List<org.catchment.export.Atlas.Place> place = List.of(new org.catchment.export.Atlas.Place(ward.name(),
                ward.geometry(), null));
        int[] page = differing(org.catchment.export.Atlas.pages(tiled.desertMap(), "t", "ward", place).get(0).document(),
                org.catchment.export.Atlas.pages(untiled.desertMap(), "t", "ward", place).get(0).document());
        assertThat(page[0]).as("pixels differing by more than a trace").isLessThan(page[1] / 2000);
        org.catchment.render.MapDocument noRoads = tiled.desertMap().toBuilder().layers(tiled.desertMap().layers()
                .stream().filter(l -> l.lines() == null).toList()).build();
        assertThat(differing(noRoads, untiled.desertMap())[0]).as("the roads' own pixels").isGreaterThan(20_000);
    }

    /** @return the pixels of two pages (1600 x 1100 at 150 dpi) whose colours differ by more than 30 in all, and all pixels */
    private static int[] differing(org.catchment.render.MapDocument a, org.catchment.render.MapDocument b) {
        java.awt.image.BufferedImage x = org.catchment.render.MapRenderer.renderPage(a, 1600, 1100, 150);
        java.awt.image.BufferedImage y = org.catchment.render.MapRenderer.renderPage(b, 1600, 1100, 150);
        int n = 0;
        for (int j = 0; j < x.getHeight(); j++) {
            for (int i = 0; i < x.getWidth(); i++) {
                int p = x.getRGB(i, j);
                int q = y.getRGB(i, j);
                int d = Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255))
                        + Math.abs((p & 255) - (q & 255));
                n += d > 30 ? 1 : 0;
            }
        }
        return new int[] {n, x.getWidth() * x.getHeight()};
    }

    /** @return the number of grid squares of a side holding more than 1 m² of a polygon */
    public static int squares(Geometry g, double side) {
        Envelope e = g.getEnvelopeInternal();
        int n = 0;
        for (double x = Math.floor(e.getMinX() / side) * side; x < e.getMaxX(); x += side) {
            for (double y = Math.floor(e.getMinY() / side) * side; y < e.getMaxY(); y += side) {
                Geometry square = g.getFactory().toGeometry(new Envelope(x, x + side, y, y + side));
                n += g.intersection(square).getArea() > 1 ? 1 : 0;
            }
        }
        return n;
    }
}
