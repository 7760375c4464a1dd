package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.layers.model.AddedLayer;
import org.junit.jupiter.api.Test;

/** A layer added to the map becomes a facility type of the analysis, read as it was read on the map. */
class LayerAsFacilityTest {

    private final Path dir = Path.of("/data/town");
    private final AnalysisForm form = new AnalysisForm(AnalysisSpec.named("Town")
            .withFacilities(List.of(FacilitySpec.builder("gp").layer("gp.shp").build())));

    @Test
    void aGeoPackageTableIsWrittenWithItsTableRelativeToTheAnalysis() {
        AddedLayer parks = AddedLayer.table(dir.resolve("data/facilities.gpkg"), "parks");
        FacilitySpec f = form.addLayerAsType(parks, "Parks", "Parks and gardens", "5, 10,20", dir);
        assertThat(f).isEqualTo(FacilitySpec.builder("parks").label("Parks and gardens")
                .layer("data/facilities.gpkg#parks").bands(5, 10, 20).build());
        assertThat(form.spec().facilities()).extracting(FacilitySpec::type).containsExactly("gp", "parks");
        assertThat(AnalysisFiles.toYaml(form.spec())).contains("layer: data/facilities.gpkg#parks")
                .contains("bands_min:");
    }

    @Test
    void aCsvKeepsItsColumnsCrsAndPostcodeLookup() {
        AddedLayer coords = new AddedLayer(dir.resolve("libs.csv"), null, "lon", "lat", "EPSG:4326", null, null, false);
        FacilitySpec lib = form.addLayerAsType(coords, "libraries", "", "15", dir);
        assertThat(lib).isEqualTo(FacilitySpec.builder("libraries").layer("libs.csv").bands(15).xField("lon")
                .yField("lat").crs("EPSG:4326").build());
        AddedLayer postcodes = new AddedLayer(dir.resolve("dentists.csv"), null, null, null, null, "pcd",
                dir.resolve("codepo/codepo.csv"), false);
        FacilitySpec dent = form.addLayerAsType(postcodes, "dentists", "Dentists", "10, 20", dir);
        assertThat(dent).isEqualTo(FacilitySpec.builder("dentists").label("Dentists").layer("dentists.csv")
                .bands(10, 20).postcodeLookup("codepo/codepo.csv").postcodeField("pcd").build());
    }

    @Test
    void theIdentifierAndBandsAreCheckedAsTheAnalysisFileIs() {
        AddedLayer shp = AddedLayer.of(dir.resolve("GP Surgeries.shp"));
        assertThat(shp.suggestedType()).isEqualTo("gp_surgeries");
        assertThatThrownBy(() -> form.addLayerAsType(shp, "2gp", null, "10", dir)).hasMessageContaining("The type '2gp' is not a short identifier")
                .hasMessageContaining("lower-case letters, digits and _");
        assertThatThrownBy(() -> form.addLayerAsType(shp, "gp2", null, "20, 10", dir)).hasMessageContaining("ascending");
        assertThatThrownBy(() -> form.addLayerAsType(shp, "gp2", null, "ten", dir)).hasMessageContaining("'ten'");
        assertThatThrownBy(() -> form.addLayerAsType(shp, "gp2", null, " ", dir)).hasMessageStartingWith("No time bands are given.");
        assertThat(form.spec().facilities()).hasSize(1);
        assertThat(form.addLayerAsType(shp, "gp2", null, "10", null).layer()).isEqualTo(dir.resolve("GP Surgeries.shp").toAbsolutePath().toString());
    }

    @Test
    void anExistingIdentifierAddsTheLayerToThatType() {
        AddedLayer sites = AddedLayer.table(dir.resolve("osm.gpkg"), "doctors_polygons");
        FacilitySpec gp = form.addLayerAsType(sites, " GP ", "ignored", "5", dir);
        assertThat(gp.layers()).containsExactly("gp.shp", "osm.gpkg#doctors_polygons");
        assertThat(gp.bandsMin()).as("the type's own bands").containsExactly(10.0, 20.0);
        assertThat(form.spec().facilities()).hasSize(1);
        assertThat(AnalysisFiles.toYaml(form.spec())).contains("layer:\n  - gp.shp\n  - osm.gpkg#doctors_polygons");
        assertThatThrownBy(() -> form.addLayerAsType(sites, "gp", null, "10", dir)).hasMessageContaining("already reads");

        AddedLayer lonLat = new AddedLayer(dir.resolve("gp.csv"), null, "lon", "lat", "EPSG:4326", null, null, false);
        form.addLayerAsType(lonLat, "gp", null, "10", dir);
        AddedLayer bng = new AddedLayer(dir.resolve("more_gp.csv"), null, "x", "y", "EPSG:27700", null, null, false);
        assertThatThrownBy(() -> form.addLayerAsType(bng, "gp", null, "10", dir))
                .hasMessageContaining("reads its CSV columns or CRS differently").hasMessageContaining("a type of its own");
        assertThat(form.spec().facilities().get(0).xField()).isEqualTo("lon");
    }
}
