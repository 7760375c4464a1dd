package org.catchment.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.catchment.CatchmentException;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Crs;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

/** Layers written by {@link GeoPackageWriter} and read back by {@link GeoPackageReader} are unchanged. */
class GeoPackageRoundTripTest {

    @TempDir
    Path dir;

    /** A layer with one attribute of every supported type; {@code rows} are WKT, name, count. */
    static Layer layer(String name, Class<? extends Geometry> binding, CoordinateReferenceSystem crs, String... wkts)
            throws Exception {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName(name);
        tb.setCRS(crs);
        tb.add("geom", binding);
        tb.add("name", String.class);
        tb.add("count", Integer.class);
        tb.add("population", Long.class);
        tb.add("area_m2", Double.class);
        tb.add("served", Boolean.class);
        tb.add("opened", java.sql.Date.class);
        tb.add("surveyed", Timestamp.class);
        SimpleFeatureType type = tb.buildFeatureType();
        List<SimpleFeature> features = new ArrayList<>();
        for (int i = 0; i < wkts.length; i++) {
            boolean blank = i == 1;
            features.add(SimpleFeatureBuilder.build(type, new Object[] {
                new WKTReader().read(wkts[i]),
                blank ? null : "Feature \"" + i + "\", café",
                blank ? null : i * 7 - 3,
                blank ? null : 5_000_000_000L + i,
                blank ? null : 1234.5678 + i,
                blank ? null : i % 2 == 0,
                blank ? null : java.sql.Date.valueOf(LocalDate.of(2023, 1 + i, 28)),
                blank ? null : Timestamp.from(Instant.parse("2024-03-0" + (i + 1) + "T10:15:30.123Z"))}, null));
        }
        return Layer.of(name, type, features);
    }

    static final String HOLED = "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 20 40, 40 40, 40 20, 20 20))";

    @Test
    void everyGeometryTypeAndAttributeTypeComesBackIdentical() throws Exception {
        List<Layer> layers = List.of(
                layer("facilities", Point.class, Crs.epsg(27700), "POINT(351294 395518)", "POINT(353228.25 400545.5)"),
                layer("network reachable", LineString.class, Crs.epsg(27700),
                        "LINESTRING(351000 395000, 351100 395050, 351180.125 395200)", "LINESTRING(0 0, 10 10)"),
                layer("wards", Polygon.class, Crs.epsg(27700), HOLED, "POLYGON((200 200, 300 200, 250 300, 200 200))"),
                layer("deserts", MultiPolygon.class, Crs.epsg(27700),
                        "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 20, 30 20, 30 30, 20 20)))",
                        "MULTIPOLYGON(((" + HOLED.substring(9, HOLED.length() - 1) + ")))"));
        Path out = dir.resolve("out.gpkg");
        GeoPackageWriter.write(out, layers, Map.of());

        assertThat(GeoPackageReader.featureTables(out))
                .containsExactly("facilities", "network_reachable", "wards", "deserts");
        for (Layer written : layers) {
            String table = GeoPackageWriter.tableName(written.name());
            Layer read = GeoPackageReader.read(out, ReadOptions.defaults().withTable(table));
            assertThat(read.name()).isEqualTo(table);
            assertThat(read.source()).contains(out);
            assertThat(Crs.epsgCode(read.crs())).isEqualTo(27700);
            assertThat(read.kind()).isEqualTo(written.kind());
            assertThat(read.featureType().getGeometryDescriptor().getType().getBinding())
                    .isEqualTo(written.featureType().getGeometryDescriptor().getType().getBinding());
            assertSameFeatures(written, read);
        }
    }

    static void assertSameFeatures(Layer written, Layer read) {
        assertThat(read.size()).isEqualTo(written.size());
        for (int i = 0; i < written.size(); i++) {
            SimpleFeature w = written.features().get(i);
            SimpleFeature r = read.features().get(i);
            assertThat(Layer.geometry(r).equalsExact(Layer.geometry(w)))
                    .as("geometry %s of %s: %s", i, written.name(), Layer.geometry(r)).isTrue();
            for (var d : written.featureType().getAttributeDescriptors()) {
                if (d == written.featureType().getGeometryDescriptor()) {
                    continue;
                }
                Object expected = w.getAttribute(d.getLocalName());
                Object actual = r.getAttribute(d.getLocalName());
                assertThat(actual).as("%s of feature %s", d.getLocalName(), i).isEqualTo(expected);
                if (expected != null) {
                    assertThat(actual).isExactlyInstanceOf(expected.getClass());
                }
            }
        }
    }

    @Test
    void twoLayersInDifferentCrsKeepTheirOwnSrs() throws Exception {
        Layer bng = layer("Wards 2023", Polygon.class, Crs.epsg(27700), HOLED);
        Layer wgs = layer("libraries", Point.class, Crs.wgs84(), "POINT(-2.734931 53.454154)");
        Path out = dir.resolve("two.gpkg");
        GeoPackageWriter.write(out, List.of(bng, wgs), Map.of());

        assertThat(GeoPackageReader.featureTables(out)).containsExactly("wards_2023", "libraries");
        Layer w = GeoPackageReader.read(out, ReadOptions.defaults().withTable("wards_2023"));
        Layer l = GeoPackageReader.read(out, ReadOptions.defaults().withTable("LIBRARIES"));
        assertThat(Crs.epsgCode(w.crs())).isEqualTo(27700);
        assertThat(l.crs()).isSameAs(Crs.wgs84());
        assertSameFeatures(wgs, l);
        assertThat(query(out, "SELECT min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE table_name = 'wards_2023'"))
                .isEqualTo("0.0|0.0|100.0|100.0|27700");
        assertThat(query(out, "SELECT organization || ':' || organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 27700"))
                .isEqualTo("EPSG:27700");
        assertThat(query(out, "PRAGMA application_id")).isEqualTo(String.valueOf(0x47504B47));
        assertThat(query(out, "PRAGMA user_version")).isEqualTo("10300");
    }

    @Test
    void mixedGeometriesGetTheGenericGeometryType() throws Exception {
        Layer mixed = layer("mixed", Geometry.class, Crs.epsg(27700), HOLED,
                "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))");
        Layer points = layer("points", Geometry.class, Crs.epsg(27700), "POINT(1 2)", "POINT(3 4)");
        Layer declared = layer("declared", MultiPolygon.class, Crs.epsg(27700), "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 0)))");
        Path out = dir.resolve("mixed.gpkg");
        GeoPackageWriter.write(out, List.of(mixed, points, declared), Map.of());

        assertThat(query(out, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'mixed'"))
                .isEqualTo("GEOMETRY");
        assertThat(query(out, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'points'"))
                .isEqualTo("POINT");
        assertThat(query(out, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'declared'"))
                .isEqualTo("MULTIPOLYGON");
        Layer read = GeoPackageReader.read(out, ReadOptions.defaults().withTable("mixed"));
        assertThat(read.kind()).isEqualTo(GeometryKind.POLYGON);
        assertSameFeatures(mixed, read);
    }

    @Test
    void stylesGoIntoQgisLayerStylesTable() throws Exception {
        String qml = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'><qgis version=\"3.34\"/>";
        Path out = dir.resolve("styled.gpkg");
        GeoPackageWriter.write(out, List.of(layer("Deserts", Polygon.class, Crs.epsg(27700), HOLED),
                layer("wards", Polygon.class, Crs.epsg(27700), HOLED)), Map.of("deserts", qml));

        assertThat(query(out, "SELECT f_table_name || '|' || f_geometry_column || '|' || styleName || '|' || useAsDefault"
                + " FROM layer_styles")).isEqualTo("deserts|geom|deserts|1");
        assertThat(query(out, "SELECT styleQML FROM layer_styles")).isEqualTo(qml);
        assertThat(query(out, "SELECT group_concat(name, ',') FROM pragma_table_info('layer_styles')"))
                .isEqualTo("id,f_table_catalog,f_table_schema,f_table_name,f_geometry_column,styleName,styleQML,"
                        + "styleSLD,useAsDefault,description,owner,ui,update_time");
        assertThat(query(out, "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'")).isEqualTo("attributes");
        assertThat(GeoPackageReader.featureTables(out)).containsExactly("deserts", "wards");
    }

    @Test
    void noStylesNoLayerStylesTable() throws Exception {
        Path out = dir.resolve("plain.gpkg");
        GeoPackageWriter.write(out, List.of(layer("wards", Polygon.class, Crs.epsg(27700), HOLED)), Map.of());
        assertThat(query(out, "SELECT count(*) FROM sqlite_master WHERE name = 'layer_styles'")).isEqualTo("0");
    }

    @Test
    void overwritesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("again.gpkg");
        Files.writeString(out, "old content");
        GeoPackageWriter.write(out, List.of(layer("wards", Polygon.class, Crs.epsg(27700), HOLED)), Map.of());
        assertThat(GeoPackageReader.read(out, ReadOptions.defaults()).size()).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("again.gpkg");
        }
    }

    @Test
    void aFailedWriteLeavesNoFile() throws Exception {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("clash");
        tb.setCRS(Crs.epsg(27700));
        tb.add("geom", Point.class);
        tb.add("Name", String.class);
        tb.add("name", String.class);
        SimpleFeatureType type = tb.buildFeatureType();
        Layer clash = Layer.of("clash", type, List.of(SimpleFeatureBuilder.build(type,
                new Object[] {new WKTReader().read("POINT(1 2)"), "a", "b"}, null)));
        Path out = dir.resolve("failed.gpkg");
        assertThatThrownBy(() -> GeoPackageWriter.write(out, List.of(layer("ok", Point.class, Crs.epsg(27700), "POINT(0 0)"),
                clash), Map.of()))
                .isInstanceOf(CatchmentException.class)
                .hasMessageStartingWith(out + ": cannot write the file (SQLite:")
                .hasMessageContaining("duplicate column name");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aStyleForATableNotWrittenIsRefusedBeforeWriting() throws Exception {
        Path out = dir.resolve("styled.gpkg");
        assertThatThrownBy(() -> GeoPackageWriter.write(out, List.of(layer("Wards", Polygon.class, Crs.epsg(27700), HOLED)),
                Map.of("Wards", "<qgis/>")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("style for table 'Wards', which is not written; tables: wards");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aLayerWithoutCrsIsWrittenWithTheUndefinedSrsAndReadBackWithAWarning() throws Exception {
        Path out = dir.resolve("nocrs.gpkg");
        GeoPackageWriter.write(out, List.of(layer("plan", Point.class, null, "POINT(5 5)")), Map.of());
        assertThat(query(out, "SELECT srs_id FROM gpkg_geometry_columns")).isEqualTo("-1");
        Layer read = GeoPackageReader.read(out, ReadOptions.defaults());
        assertThat(read.crs()).isNull();
        assertThat(read.warnings()).containsExactly(out + ": the table has no coordinate reference system (srs_id -1);"
                + " give the layer's CRS.");
    }

    @Test
    void tableNamesAreSanitised() {
        assertThat(GeoPackageWriter.tableName("Service areas (10 min)")).isEqualTo("service_areas__10_min_");
        assertThat(GeoPackageWriter.tableName("2023 wards")).isEqualTo("t_2023_wards");
        assertThat(GeoPackageWriter.tableName("gpkg_contents")).isEqualTo("t_gpkg_contents");
        assertThat(GeoPackageWriter.tableName("Ward-Coverage")).isEqualTo("ward_coverage");
    }

    static String query(Path gpkg, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                b.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            return b.toString();
        }
    }
}
