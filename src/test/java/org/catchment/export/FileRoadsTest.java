package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.Layers;
import org.catchment.analysis.WorkingCrsChoice;
import org.catchment.layer.Layer;
import org.catchment.network.Walkability;
import org.catchment.render.MapLayer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The road network a tiled run's maps read back from the files ({@link FileRoads}), on the sample
 * town: every road link, closed link and footpath whose envelope meets the view within R of the
 * study area is kept once, sorted as the walkability rule sorts it, whether each file is read
 * whole or in 64 strips of the view (the way a file too large to read at once is read).
 */
class FileRoadsTest {

    static Analysis analysis;
    static Envelope study;
    static Envelope view;

    @BeforeAll
    static void sample() {
        WorkingCrsChoice.Chosen chosen = Layers.studyArea(AnalysisFiles.read(Path.of("data", "sample", "analysis.yml")));
        analysis = chosen.analysis();
        study = chosen.studyLayer().envelope();
        view = new Envelope(study);
        view.expandBy(Math.max(study.getWidth(), study.getHeight()) * 0.03);
    }

    /** @return the lines of each kind the files hold within the view: roads, closed links, footpaths */
    private static int[] expected() {
        int[] out = new int[3];
        Layer roads = Layers.read(analysis.roads().get(0), analysis.readOptions().withExtent(view));
        var open = Walkability.of(analysis.spec().network().walkable(), roads).on(roads);
        for (SimpleFeature f : roads.features()) {
            out[open.test(f) ? 0 : 1] += Layer.geometry(f).getNumGeometries();
        }
        for (String p : analysis.spec().network().footpaths()) {
            for (SimpleFeature f : Layers.read(analysis.layer(p), analysis.readOptions().withExtent(view)).features()) {
                out[2] += Layer.geometry(f).getNumGeometries();
            }
        }
        return out;
    }

    @Test
    void everyLinkInViewIsKeptOnceSortedAsTheWalkabilityRuleSortsIt() {
        int[] expected = expected();
        assertThat(expected[0]).isGreaterThan(1000);
        assertThat(expected[1]).as("motorways").isPositive();
        assertThat(expected[2]).as("footpaths").isPositive();
        FileRoads whole = new FileRoads(analysis, study, view, 2);
        assertThat(whole.counts()).containsExactly(expected);
        assertThat(whole.layers()).extracting(MapLayer::legendLabel)
                .containsExactly(BaseLayers.ROADS, "Motorway (not walkable)", BaseLayers.FOOTPATHS);
    }

    @Test
    void readInStripsEachLinkIsKeptOnceAndDrawnAlike() {
        FileRoads whole = new FileRoads(analysis, study, view, 2);
        FileRoads strips = new FileRoads(analysis, study, view, 2, 1);
        assertThat(strips.counts()).containsExactly(expected());
        for (int k = 0; k < 3; k++) {
            assertThat(lines(strips.layers().get(k))).as(strips.layers().get(k).legendLabel())
                    .containsExactlyInAnyOrderElementsOf(lines(whole.layers().get(k)));
        }
    }

    /**
     * Kept for maps of 400 m pixels (vertices within 100 m of the last dropped), the lines are handed
     * over at that detail to such a map, and read again with every vertex (bar those within 2.5 cm
     * of the last) for a page of 5 cm pixels.
     */
    @Test
    void aFinerPageReadsItsOwnWindowAtItsOwnDetail() {
        FileRoads roads = new FileRoads(analysis, study, view, 400);
        List<String> coarse = lines(roads.layers().get(0), view, 200);
        List<String> fine = lines(roads.layers().get(0), view, 0.05);
        assertThat(fine).hasSameSizeAs(coarse).hasSize(expected()[0]);
        Layer read = Layers.read(analysis.roads().get(0), analysis.readOptions().withExtent(view));
        var open = Walkability.of(analysis.spec().network().walkable(), read).on(read);
        long vertices = read.features().stream().filter(open).map(Layer::geometry).mapToLong(Geometry::getNumPoints).sum();
        long fineVertices = vertices(fine);
        assertThat(fineVertices).as("every vertex at 5 cm").isLessThanOrEqualTo(vertices)
                .isGreaterThan(vertices * 99 / 100).isGreaterThan(vertices(coarse) * 2);
    }

    private static long vertices(List<String> lines) {
        return lines.stream().mapToLong(l -> l.split(" ").length / 2).sum();
    }

    private static List<String> lines(MapLayer layer) {
        return lines(layer, view, 1);
    }

    /** @return the lines the layer hands over for the window at the tolerance, as text */
    private static List<String> lines(MapLayer layer, Envelope window, double toleranceM) {
        List<String> out = new ArrayList<>();
        layer.lines().lines(window, toleranceM, (xy, n) -> {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 2 * n; i++) {
                s.append(Math.round(xy[i] * 10) / 10.0).append(' ');
            }
            out.add(s.toString().strip());
        });
        return out;
    }
}
