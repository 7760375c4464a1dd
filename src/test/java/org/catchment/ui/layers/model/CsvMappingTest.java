package org.catchment.ui.layers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.catchment.layer.Crs;
import org.junit.jupiter.api.Test;

class CsvMappingTest {

    private final Path csv = Path.of("/data/gps.csv");

    @Test
    void eastingAndNorthingArePreselectedInBritishNationalGrid() {
        CsvMapping m = new CsvMapping(List.of("name", "Easting", "NORTHING", "postcode"), null);
        assertThat(m.mode()).isEqualTo(CsvMapping.Mode.COORDINATES);
        assertThat(m.xField()).isEqualTo("Easting");
        assertThat(m.yField()).isEqualTo("NORTHING");
        assertThat(m.crs()).isEqualTo("EPSG:27700");
        assertThat(m.postcodeField()).isEqualTo("postcode");
        AddedLayer layer = m.layer(csv);
        assertThat(layer).isEqualTo(new AddedLayer(csv, null, "Easting", "NORTHING", "EPSG:27700", null, null, false));
        assertThat(layer.csvOptions(null).xField()).isEqualTo("Easting");
        assertThat(Crs.epsgCode(layer.csvOptions(null).read().crs())).isEqualTo(27700);
    }

    @Test
    void longitudeAndLatitudeArePreselectedInWgs84() {
        CsvMapping m = new CsvMapping(List.of("Longitude", "Latitude", "name"), null);
        assertThat(m.xField()).isEqualTo("Longitude");
        assertThat(m.yField()).isEqualTo("Latitude");
        assertThat(m.crs()).isEqualTo("EPSG:4326");
        assertThat(Crs.epsgCode(m.layer(csv).csvOptions(null).read().crs())).isEqualTo(4326);
    }

    @Test
    void aFileWithOnlyPostcodesStartsInPostcodeModeAndNeedsALookup() {
        CsvMapping m = new CsvMapping(List.of("name", "Post Code"), null);
        assertThat(m.mode()).isEqualTo(CsvMapping.Mode.POSTCODES);
        assertThat(m.postcodeField()).isEqualTo("Post Code");
        assertThatThrownBy(() -> m.layer(csv)).hasMessage("Choose a postcode lookup file (Code-Point Open)");
        Path lookup = Path.of("/data/codepo.csv");
        m.setPostcodeLookup(lookup);
        AddedLayer layer = m.layer(csv);
        assertThat(layer.csvOptions(null).postcodeField()).isEqualTo("Post Code");
        assertThat(layer.csvOptions(null).postcodeLookup()).isEqualTo(lookup);
        assertThat(layer.csvOptions(null).xField()).isNull();
        assertThat(layer.csvOptions(null).read().crs()).isNull();
    }

    @Test
    void undetectedColumnsMustBeChosenAndDiffer() {
        CsvMapping m = new CsvMapping(List.of("e", "n"), null);
        assertThat(m.xField()).isNull();
        assertThatThrownBy(() -> m.layer(csv)).hasMessage("Choose the easting (x) column");
        m.setXField("e");
        m.setYField("e");
        assertThatThrownBy(() -> m.layer(csv)).hasMessageContaining("different columns");
        m.setYField("n");
        m.setCrs("British grid");
        assertThatThrownBy(() -> m.layer(csv)).hasMessageContaining("EPSG:27700 or EPSG:4326, or type an EPSG code");
        m.setCrs("EPSG:27700");
        assertThat(m.layer(csv).xField()).isEqualTo("e");
    }

    @Test
    void metresAreOfferedInTheMapsCrs() {
        CsvMapping m = new CsvMapping(List.of("name", "x", "y"), Crs.epsg(32632));
        assertThat(m.crsChoices()).containsExactly("EPSG:32632", "EPSG:4326");
        assertThat(m.crs()).isEqualTo("EPSG:32632");
        assertThat(new CsvMapping(List.of("lon", "lat"), Crs.epsg(32632)).crs()).isEqualTo("EPSG:4326");
        m.setCrs("EPSG:25832");
        assertThat(m.layer(csv).crs()).as("another EPSG code typed").isEqualTo("EPSG:25832");
    }
}
