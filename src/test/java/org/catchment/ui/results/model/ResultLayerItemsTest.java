package org.catchment.ui.results.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.layer.GeometryKind;
import org.catchment.ui.layers.model.LayerItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result layers of the sample town's run include its accessibility indicators, hidden until
 * ticked: the postcodes' minutes as points and one polygon per LSOA, with the columns to style by.
 * A tiled run's result (no network) has the same layers as the run in one piece.
 */
class ResultLayerItemsTest {

    @Test
    void theAccessibilityIndicatorsAreLayersToStyle() {
        try (AnalysisResult result = AnalysisRunner.run(AnalysisFiles.read(Path.of("data", "sample",
                "analysis.yml")))) {
            AtomicLong ids = new AtomicLong();
            List<LayerItem> items = ResultLayerItems.of(result, ids::incrementAndGet);
            LayerItem postcodes = items.stream().filter(i -> i.name().equals("Access: postcodes")).findFirst().orElseThrow();
            LayerItem lsoa = items.stream().filter(i -> i.name().equals("Access: lsoa")).findFirst().orElseThrow();
            assertThat(postcodes.visible()).isFalse();
            assertThat(lsoa.visible()).isFalse();
            assertThat(postcodes.source().kind()).isEqualTo(GeometryKind.POINT);
            assertThat(postcodes.source().size()).isEqualTo(result.accessibility().postcodes().postcodes().size())
                    .isEqualTo(1290);
            assertThat(lsoa.source().kind()).isEqualTo(GeometryKind.POLYGON);
            assertThat(lsoa.source().size()).isEqualTo(result.overlayInputs().zoneSets().get(0).size());
            assertThat(lsoa.source().featureType().getDescriptor("libraries_within_10")).isNotNull();
            assertThat(postcodes.source().featureType().getDescriptor("gp_min")).isNotNull();
        }
    }

    /**
     * The tiny town run in two tiles (one per ward, meeting through the middle of the grid) keeps no
     * network; its layers are the untiled run's, each of the same area (its service areas are the
     * tiles' polygons side by side).
     */
    @Test
    void aTiledResultHasTheLayersOfTheRunInOnePiece(@TempDir Path dir) throws Exception {
        Path whole = org.catchment.ui.TinyTown.write(Files.createDirectories(dir.resolve("whole")));
        Path tiled = org.catchment.ui.TinyTown.write(Files.createDirectories(dir.resolve("tiled")));
        Files.writeString(tiled, "tiles: {by: WD_NAME}\n", java.nio.file.StandardOpenOption.APPEND);
        try (AnalysisResult w = AnalysisRunner.run(AnalysisFiles.read(whole));
             AnalysisResult t = AnalysisRunner.run(AnalysisFiles.read(tiled))) {
            assertThat(t.tiled()).isTrue();
            assertThat(t.network()).isNull();
            AtomicLong ids = new AtomicLong();
            List<LayerItem> fromTiles = ResultLayerItems.of(t, ids::incrementAndGet);
            List<LayerItem> inOnePiece = ResultLayerItems.of(w, ids::incrementAndGet);
            assertThat(fromTiles).extracting(LayerItem::name).isEqualTo(inOnePiece.stream().map(LayerItem::name).toList())
                    .contains("Deserts", "GP surgeries within 5 min", "Parks within 10 min", "Ward coverage");
            for (int i = 0; i < fromTiles.size(); i++) {
                assertThat(area(fromTiles.get(i))).as(fromTiles.get(i).name())
                        .isCloseTo(area(inOnePiece.get(i)), within(1e-6 * Math.max(1, area(inOnePiece.get(i)))));
                assertThat(fromTiles.get(i).visible()).isEqualTo(inOnePiece.get(i).visible());
            }
        }
    }

    private static double area(LayerItem item) {
        return item.source().features().stream().mapToDouble(f -> org.catchment.layer.Layer.geometry(f).getArea()).sum();
    }
}
