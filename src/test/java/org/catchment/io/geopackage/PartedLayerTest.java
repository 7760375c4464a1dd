package org.catchment.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.catchment.CatchmentException;
import org.catchment.io.TestLayers;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/**
 * A layer written part by part ({@link PartedLayer}) gives the same GeoPackage as the parts'
 * features written as one layer: the same bytes (once the times SQLite stamps are set alike), rows,
 * fids, geometry type and extent.
 */
class PartedLayerTest {

    @TempDir
    Path dir;

    private static final List<String> WKTS = List.of(
            "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
            "POLYGON ((20 5, 30 5, 30 15, 20 15, 20 5))",
            "MULTIPOLYGON (((40 -5, 50 -5, 50 0, 40 0, 40 -5)), ((60 0, 61 0, 61 1, 60 0)))",
            "POLYGON EMPTY",
            "POLYGON ((5 30, 15 30, 15 42, 5 30))",
            "POLYGON ((100 100, 101 100, 101 101, 100 100))",
            "POLYGON ((-7 2, -3 2, -3 6, -7 2))",
            "POLYGON ((70 70, 80 70, 80 80, 70 70))",
            "POLYGON ((1 1, 2 1, 2 2, 1 1))",
            "POLYGON ((90 -20, 95 -20, 95 -10, 90 -20))");

    @Test
    void aLayerWrittenPartByPartIsTheSameFileAsTheWholeLayer() throws Exception {
        Layer whole = layer("Access areas", Geometry.class, WKTS);
        Layer before = layer("Wards", Geometry.class, WKTS.subList(0, 2));
        Layer after = layer("Deserts", Geometry.class, WKTS.subList(4, 5));
        List<Layer> parts = split(whole, 3, 3, 7);
        assertThat(parts.get(1).size()).as("an empty part").isZero();
        Map<String, String> styles = Map.of("access_areas", "<qgis>access</qgis>", "wards", "<qgis>wards</qgis>");

        Path once = dir.resolve("once.gpkg");
        GeoPackageWriter.write(once, List.of(before, whole, after), styles);
        Path parted = dir.resolve("parted.gpkg");
        List<Integer> made = new ArrayList<>();
        GeoPackageWriter.writeTables(parted, List.of(new GeoPackageWriter.Deferred("Wards", () -> before),
                new PartedLayer("Access areas", whole.featureType(), parts.size(), i -> {
                    made.add(i);
                    return parts.get(i);
                }), new GeoPackageWriter.Deferred("Deserts", () -> after)), styles);
        assertThat(made).as("each part made once per pass, in order").containsExactly(0, 1, 2, 3, 0, 1, 2, 3);

        assertThat(rows(parted, "SELECT fid, hex(geom), name, minutes, count, open FROM access_areas ORDER BY fid"))
                .isEqualTo(rows(once, "SELECT fid, hex(geom), name, minutes, count, open FROM access_areas ORDER BY fid"))
                .hasSize(10).startsWith("1|" + hexOf(once, 1) + "|f0|0.0|0|1").contains("4||f3|null|3|1");
        assertThat(rows(parted, "SELECT table_name, min_x, min_y, max_x, max_y FROM gpkg_contents"))
                .isEqualTo(rows(once, "SELECT table_name, min_x, min_y, max_x, max_y FROM gpkg_contents"))
                .contains("access_areas|-7.0|-20.0|101.0|101.0");
        assertThat(rows(parted, "SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
                .containsExactly("wards|POLYGON", "access_areas|GEOMETRY", "deserts|POLYGON");
        stampAlike(once);
        stampAlike(parted);
        assertThat(Arrays.equals(Files.readAllBytes(parted), Files.readAllBytes(once))).as("byte for byte").isTrue();
    }

    @Test
    void withItsExtentKnownEachPartIsMadeOnceAndTheFileIsTheSame() throws Exception {
        List<String> polygons = List.of(WKTS.get(3), WKTS.get(4), WKTS.get(5), WKTS.get(6), WKTS.get(7));
        Layer whole = layer("Areas", org.locationtech.jts.geom.Polygon.class, polygons);
        List<Layer> parts = split(whole, 2, 2);
        Path once = dir.resolve("once-known.gpkg");
        Map<String, String> styles = Map.of("areas", "<qgis>areas</qgis>");
        GeoPackageWriter.write(once, List.of(whole), styles);
        Path parted = dir.resolve("parted-known.gpkg");
        List<Integer> made = new ArrayList<>();
        GeoPackageWriter.writeTables(parted, List.of(new PartedLayer("Areas", whole.featureType(), parts.size(), i -> {
            made.add(i);
            return parts.get(i);
        }, whole.envelope())), styles);
        assertThat(made).as("each part made once, in order").containsExactly(0, 1, 2);
        assertThat(rows(parted, "SELECT table_name, min_x, min_y, max_x, max_y FROM gpkg_contents"))
                .contains("areas|-7.0|2.0|101.0|101.0");
        stampAlike(once);
        stampAlike(parted);
        assertThat(Arrays.equals(Files.readAllBytes(parted), Files.readAllBytes(once))).as("byte for byte").isTrue();
    }

    @Test
    void theGeometryTypeIsTakenOverAllParts() throws Exception {
        Layer polygons = layer("Areas", Geometry.class, List.of(WKTS.get(0), WKTS.get(1), WKTS.get(4), WKTS.get(5)));
        Path out = dir.resolve("polygons.gpkg");
        GeoPackageWriter.writeTables(out, List.of(new PartedLayer("Areas", polygons.featureType(), 2,
                split(polygons, 2)::get)), Map.of());
        assertThat(rows(out, "SELECT geometry_type_name FROM gpkg_geometry_columns")).containsExactly("POLYGON");

        Layer mixed = layer("Areas", Geometry.class, List.of(WKTS.get(0), WKTS.get(2)));
        GeoPackageWriter.writeTables(out, List.of(new PartedLayer("Areas", mixed.featureType(), 2,
                split(mixed, 1)::get)), Map.of());
        assertThat(rows(out, "SELECT geometry_type_name FROM gpkg_geometry_columns"))
                .as("a polygon in one part, a multipolygon in the other").containsExactly("GEOMETRY");
    }

    @Test
    void aPartOfAnotherSchemaIsRefusedAndNoFileIsLeft() {
        Layer whole = layer("Areas", Geometry.class, WKTS.subList(0, 2));
        Layer other = TestLayers.layer("Areas", Geometry.class, List.of(WKTS.get(0)),
                List.of(new TestLayers.Attr("name", String.class)), List.of(List.of("x")));
        Path out = dir.resolve("bad.gpkg");
        assertThatThrownBy(() -> GeoPackageWriter.writeTables(out, List.of(new PartedLayer("Areas", whole.featureType(),
                2, i -> i == 0 ? whole : other)), Map.of())).isInstanceOf(CatchmentException.class)
                .hasMessageContaining("part 1 of layer 'Areas' has the attributes");
        assertThat(out).doesNotExist();
    }

    private static Layer layer(String name, Class<? extends Geometry> binding, List<String> wkts) {
        List<List<Object>> values = new ArrayList<>();
        for (int i = 0; i < wkts.size(); i++) {
            values.add(Arrays.asList("f" + i, i == 3 ? null : i * 2.5, i, i % 3 != 1));
        }
        return TestLayers.layer(name, binding, wkts, List.of(new TestLayers.Attr("name", String.class),
                new TestLayers.Attr("minutes", Double.class), new TestLayers.Attr("count", Integer.class),
                new TestLayers.Attr("open", Boolean.class)), values);
    }

    /** @return the layer's features cut at these indexes, as layers of its type */
    private static List<Layer> split(Layer layer, int... cuts) {
        List<Layer> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(Layer.of(layer.name(), layer.featureType(), layer.features().subList(from, cut)));
            from = cut;
        }
        parts.add(Layer.of(layer.name(), layer.featureType(), layer.features().subList(from, layer.size())));
        return parts;
    }

    private static String hexOf(Path gpkg, int fid) throws Exception {
        return rows(gpkg, "SELECT hex(geom) FROM access_areas WHERE fid = " + fid).get(0);
    }

    /** @return the query's rows, each its columns joined by | (SQL NULL as "null") */
    static List<String> rows(Path gpkg, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    /** Sets the times SQLite stamped as each table was written to one value, the only bytes two writes differ in. */
    static void stampAlike(Path gpkg) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement()) {
            s.execute("UPDATE gpkg_contents SET last_change = '2026-12-07T05:00:00.000Z'");
            s.execute("UPDATE layer_styles SET update_time = '2026-12-07T05:00:00.000Z'");
        }
    }
}
