package org.catchment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.InputException;
import org.catchment.io.csv.CsvTable;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

/** Joining a CSV table to a layer by key. */
class AttributeJoinTest {

    @TempDir
    Path dir;

    static Layer lsoas(Object... keys) throws Exception {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("lsoa");
        tb.setCRS(Crs.epsg(27700));
        tb.add("geom", Polygon.class);
        tb.add("LSOA11CD", keys[0] instanceof Long ? Long.class : String.class);
        tb.add("name", String.class);
        SimpleFeatureType type = tb.buildFeatureType();
        List<SimpleFeature> features = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            features.add(SimpleFeatureBuilder.build(type, new Object[] {
                new WKTReader().read("POLYGON((0 0, 1 0, 1 1, 0 0))"), keys[i], "area " + i}, "lsoa." + (i + 1)));
        }
        return Layer.of("lsoa", type, features).withSource(Path.of("lsoa.gpkg")).withWarning("earlier warning");
    }

    CsvTable table(String text) throws Exception {
        return CsvTable.read(Files.writeString(dir.resolve("imd.csv"), text));
    }

    @Test
    void matchesTrimmedAndIgnoringCaseAndReportsBothWays() throws Exception {
        Layer layer = lsoas("E01006350", " e01006351", "E01006352", null);
        CsvTable table = table("code,population,IMD decile,name\n"
                + "e01006350 ,1650,3,Thatto Heath\nE01006351,1702,,Parr\nE01009999,1500,7,Elsewhere\n");

        AttributeJoin.Result r = AttributeJoin.join(layer, "lsoa11cd", table, "CODE");

        assertThat(r.unmatchedLayerKeys()).containsExactly("E01006352");
        assertThat(r.unmatchedTableKeys()).containsExactly("E01009999");
        Layer joined = r.layer();
        assertThat(joined.size()).isEqualTo(4);
        assertThat(joined.source()).contains(Path.of("lsoa.gpkg"));
        assertThat(joined.warnings()).containsExactly("earlier warning");
        assertThat(joined.featureType().getDescriptor("population").getType().getBinding()).isEqualTo(Double.class);
        assertThat(joined.featureType().getDescriptor("name_2").getType().getBinding()).isEqualTo(String.class);
        SimpleFeature first = joined.features().get(0);
        assertThat(first.getID()).isEqualTo("lsoa.1");
        assertThat(first.getAttribute("population")).isEqualTo(1650.0);
        assertThat(first.getAttribute("IMD decile")).isEqualTo(3.0);
        assertThat(first.getAttribute("name")).isEqualTo("area 0");
        assertThat(first.getAttribute("name_2")).isEqualTo("Thatto Heath");
        assertThat(joined.features().get(1).getAttribute("IMD decile")).isNull();
        assertThat(joined.features().get(2).getAttribute("population")).isNull();
        assertThat(joined.hasAttribute("code")).isFalse();
    }

    @Test
    void numericLayerKeysMatchTheirText() throws Exception {
        AttributeJoin.Result r = AttributeJoin.join(lsoas(42L, 7L), "LSOA11CD", table("id,pop\n42,10\n8,3\n"), "id");
        assertThat(r.layer().features().get(0).getAttribute("pop")).isEqualTo(10.0);
        assertThat(r.unmatchedLayerKeys()).containsExactly("7");
        assertThat(r.unmatchedTableKeys()).containsExactly("8");
    }

    @Test
    void aMissingLayerKeyListsTheAttributes() throws Exception {
        assertThatThrownBy(() -> AttributeJoin.join(lsoas("A"), "LSOA21CD", table("code,pop\nA,1\n"), "code"))
                .isInstanceOf(InputException.class)
                .hasMessage("lsoa.gpkg: the layer lsoa has no attribute 'LSOA21CD' to join on (attributes: geom,"
                        + " LSOA11CD, name). Give one of the attributes listed as the layer key.");
    }

    @Test
    void aMissingTableKeyListsTheColumns() throws Exception {
        CsvTable t = table("code,pop\nA,1\n");
        assertThatThrownBy(() -> AttributeJoin.join(lsoas("A"), "LSOA11CD", t, "LSOA11CD"))
                .isInstanceOf(InputException.class)
                .hasMessage(t.file() + ": the table has no column 'LSOA11CD' to join on (columns: code, pop)."
                        + " Give one of the columns listed as the table key.");
    }

    @Test
    void aRepeatedTableKeyNamesTheKeyAndBothRows() throws Exception {
        CsvTable t = table("code,pop\nA,1\nB,2\n\na ,3\n");
        assertThatThrownBy(() -> AttributeJoin.join(lsoas("A"), "LSOA11CD", t, "code"))
                .isInstanceOf(InputException.class)
                .hasMessage(t.file() + ": rows 2 and 5: the key 'a' appears twice in the column code."
                        + " Each key may appear once in the table: remove or merge the repeated rows.");
    }
}
