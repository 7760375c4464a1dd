package org.catchment.ui.table.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The attribute table's rows without a toolkit: sorting, CQL filter, search, CSV and the feature under a point. */
class AttributeTableTest {

    @TempDir
    Path dir;

    /**
     * Five libraries: points except the last, a square park-like site of 100 m around (1000, 1000).
     * <pre>
     *   # Area name   visits  share
     *   0 North End   1200    0.25
     *   1 Millbrook   300     (none)
     *   2 north gate  1200    0.1234567
     *   3 Old Town    45      2.0
     *   4 Riverside   (none)  0.5
     * </pre>
     */
    private static Layer libraries() throws Exception {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("libraries");
        tb.setCRS(Crs.epsg(27700));
        tb.add("geom", Geometry.class);
        tb.nillable(true);
        tb.add("Area name", String.class);
        tb.add("visits", Integer.class);
        tb.add("share", Double.class);
        SimpleFeatureType type = tb.buildFeatureType();
        WKTReader wkt = new WKTReader();
        Object[][] rows = {
            {"POINT (0 0)", "North End", 1200, 0.25},
            {"POINT (100 0)", "Millbrook", 300, null},
            {"POINT (200 0)", "north gate", 1200, 0.1234567},
            {"POINT (1000 1000)", "Old Town", 45, 2.0},
            {"POLYGON ((950 950, 1050 950, 1050 1050, 950 1050, 950 950))", "Riverside", null, 0.5},
        };
        List<SimpleFeature> features = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            features.add(SimpleFeatureBuilder.build(type, new Object[] {wkt.read((String) rows[i][0]), rows[i][1],
                rows[i][2], rows[i][3]}, "libraries." + (i + 1)));
        }
        return Layer.of("libraries", type, features);
    }

    private static List<Integer> rows(AttributeTable t) {
        return IntStream.range(0, t.rowCount()).map(t::featureAt).boxed().toList();
    }

    @Test
    void everyFeatureIsARowAndCellsShowValuesPlainly() throws Exception {
        AttributeTable t = new AttributeTable("Libraries", libraries());
        assertThat(t.columns()).containsExactly("Area name", "visits", "share");
        assertThat(rows(t)).containsExactly(0, 1, 2, 3, 4);
        assertThat(IntStream.range(0, 5).mapToObj(r -> t.text(r, 2)).toList())
                .containsExactly("0.25", "", "0.123457", "2", "0.5");
        assertThat(t.text(0, 1)).isEqualTo("1200");
    }

    @Test
    void sortingPutsEmptyValuesLastAndKeepsTheLayersOrderForEqualOnes() throws Exception {
        AttributeTable t = new AttributeTable("Libraries", libraries());
        t.sortBy(1, true);
        assertThat(rows(t)).containsExactly(3, 1, 0, 2, 4);
        t.sortBy(1, false);
        assertThat(rows(t)).as("1200 twice: layer order; no visits last").containsExactly(0, 2, 1, 3, 4);
        t.sortBy(0, true);
        assertThat(rows(t)).as("alphabetical, ignoring case").containsExactly(1, 0, 2, 3, 4);
        t.sortBy(2, false);
        assertThat(rows(t)).containsExactly(3, 4, 0, 2, 1);
        t.sortBy(-1, true);
        assertThat(rows(t)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void theCqlFilterReadsFieldNamesWithSpacesAndRefusesWhatItCannotRead() throws Exception {
        AttributeTable t = new AttributeTable("Libraries", libraries());
        t.setFilter("\"Area name\" LIKE 'North%' OR visits < 100");
        assertThat(rows(t)).containsExactly(0, 3);
        t.setFilter("share > 0.2");
        assertThat(rows(t)).containsExactly(0, 3, 4);
        assertThat(t.filter()).isEqualTo("share > 0.2");
        assertThatThrownBy(() -> t.setFilter("share >")).hasMessageStartingWith("the filter \"share >\" is not valid CQL (");
        assertThatThrownBy(() -> t.setFilter("population > 10"))
                .hasMessage("Libraries has no field population; its fields are Area name, visits, share");
        assertThat(rows(t)).as("a refused filter leaves the rows").containsExactly(0, 3, 4);
        t.setFilter(" ");
        assertThat(rows(t)).hasSize(5);
    }

    @Test
    void theSearchFindsTextInAnyFieldIgnoringCaseWithinTheFilter() throws Exception {
        AttributeTable t = new AttributeTable("Libraries", libraries());
        t.setSearch("NORTH");
        assertThat(rows(t)).containsExactly(0, 2);
        t.setSearch("1200");
        assertThat(rows(t)).containsExactly(0, 2);
        t.setFilter("share < 0.2");
        assertThat(rows(t)).containsExactly(2);
        assertThat(t.rowOf(2)).isZero();
        assertThat(t.rowOf(0)).isEqualTo(-1);
    }

    @Test
    void theRowsShownAreWrittenAsCsvInTheirOrder() throws Exception {
        AttributeTable t = new AttributeTable("Libraries", libraries());
        t.setFilter("visits >= 300");
        t.sortBy(2, true);
        Path csv = dir.resolve("libraries.csv");
        assertThat(t.writeCsv(csv)).isEqualTo(3);
        assertThat(Files.readString(csv)).isEqualTo("""
                Area name,visits,share
                north gate,1200,0.123457
                North End,1200,0.25
                Millbrook,300,
                """);
    }

    @Test
    void theFeatureUnderAPointIsThePointBeforeThePolygonItLiesOn() throws Exception {
        AttributeTable t = new AttributeTable("Libraries", libraries());
        assertThat(t.featureAt(new Coordinate(1002, 999), 5)).as("the point at (1000, 1000)").isEqualTo(3);
        assertThat(t.featureAt(new Coordinate(1030, 1030), 5)).as("inside the site").isEqualTo(4);
        assertThat(t.featureAt(new Coordinate(104, 0), 5)).isEqualTo(1);
        assertThat(t.featureAt(new Coordinate(500, 500), 5)).isEqualTo(-1);
        assertThat(t.extent(List.of(0, 2), 300)).as("two points 200 m apart, grown to 300 m square")
                .isEqualTo(new Envelope(-50, 250, -150, 150));
        assertThat(t.extent(List.of(4), 50)).isEqualTo(new Envelope(950, 1050, 950, 1050));
        assertThat(t.geometry(List.of(0, 4)).getNumGeometries()).isEqualTo(2);
    }
}
