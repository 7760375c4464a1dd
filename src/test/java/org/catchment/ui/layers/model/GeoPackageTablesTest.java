package org.catchment.ui.layers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.catchment.InputException;
import org.junit.jupiter.api.Test;

class GeoPackageTablesTest {

    private final Path gpkg = Path.of("/data/town/facilities.gpkg");

    @Test
    void oneTableIsAddedWithoutAsking() {
        assertThat(GeoPackageTables.needsPicker(List.of("gp"))).isFalse();
        assertThat(GeoPackageTables.layers(gpkg, List.of("gp"), List.of()))
                .containsExactly(AddedLayer.table(gpkg, "gp"));
    }

    @Test
    void severalTablesAddOnlyThoseTickedInFileOrder() {
        List<String> tables = List.of("gp", "libraries", "parks");
        assertThat(GeoPackageTables.needsPicker(tables)).isTrue();
        assertThat(GeoPackageTables.layers(gpkg, tables, List.of("parks", "gp")))
                .extracting(AddedLayer::table).containsExactly("gp", "parks");
        assertThat(GeoPackageTables.layers(gpkg, tables, List.of())).isEmpty();
    }

    @Test
    void noTableIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> GeoPackageTables.layers(gpkg, List.of(), List.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("facilities.gpkg")
                .hasMessageContaining("no feature tables");
    }

    @Test
    void aTableIsWrittenAfterAHashRelativeToTheAnalysisFolder() {
        AddedLayer parks = AddedLayer.table(gpkg, "parks");
        assertThat(parks.layerText(Path.of("/data/town"))).isEqualTo("facilities.gpkg#parks");
        assertThat(parks.layerText(Path.of("/data/town/analyses"))).as("beside the folder: relative with ..")
                .isEqualTo("../facilities.gpkg#parks");
        assertThat(parks.layerText(null)).as("no folder yet: absolute").isEqualTo(gpkg.toAbsolutePath() + "#parks");
        assertThat(parks.readOptions(null).table()).isEqualTo("parks");
        assertThat(parks.displayName()).isEqualTo("facilities.gpkg: parks");
        assertThat(AddedLayer.of(Path.of("/data/town/wards.shp")).layerText(Path.of("/data/town")))
                .isEqualTo("wards.shp");
    }
}
