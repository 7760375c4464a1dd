package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnalysisPanelPathTest {

    @Test
    void layersInsideTheAnalysisFolderAreWrittenRelativeWithSlashes() {
        Path base = Path.of("/data/town");
        assertThat(AnalysisPanel.layerPath(Path.of("/data/town/layers/pools.shp"), base)).isEqualTo("layers/pools.shp");
        assertThat(AnalysisPanel.layerPath(Path.of("/other/pools.shp"), base)).isEqualTo("/other/pools.shp");
        assertThat(AnalysisPanel.layerPath(Path.of("/other/pools.shp"), null)).isEqualTo("/other/pools.shp");
    }
}
