package org.catchment.ui.results.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.layer.GeometryKind;
import org.catchment.ui.layers.model.LayerItem;
import org.junit.jupiter.api.Test;

/**
 * The result layers of the sample town's run include its accessibility indicators, hidden until
 * ticked: the postcodes' minutes as points and one polygon per LSOA, with the columns to style by.
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
}
