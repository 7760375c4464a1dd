package org.catchment.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.catchment.InputException;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Crs;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;

/** Reading real and broken GeoPackages. */
class GeoPackageReaderTest {

    static final Path ST_HELENS = Path.of("src/test/resources/real/st-helens/st_helens_boundaries.gpkg");

    @TempDir
    Path dir;

    @Test
    void listsTheFeatureTablesOfTheStHelensBoundaries() {
        assertThat(GeoPackageReader.featureTables(ST_HELENS)).containsExactly("wards", "lsoa", "output_areas");
    }

    @Test
    void readsEachStHelensTableInWgs84() {
        Layer wards = GeoPackageReader.read(ST_HELENS, ReadOptions.defaults().withTable("wards"));
        Layer lsoa = GeoPackageReader.read(ST_HELENS, ReadOptions.defaults().withTable("lsoa"));
        Layer oas = GeoPackageReader.read(ST_HELENS, ReadOptions.defaults().withTable("output_areas"));

        assertThat(wards.size()).isEqualTo(16);
        assertThat(lsoa.size()).isEqualTo(119);
        assertThat(oas.size()).isEqualTo(601);
        assertThat(lsoa.name()).isEqualTo("lsoa");
        assertThat(lsoa.source()).contains(ST_HELENS);
        assertThat(lsoa.crs()).isSameAs(Crs.wgs84());
        assertThat(lsoa.kind()).isEqualTo(GeometryKind.POLYGON);
        assertThat(lsoa.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(Polygon.class);
        assertThat(lsoa.hasAttribute("LSOA11CD")).isTrue();
        assertThat(lsoa.hasAttribute("fid")).isFalse();
        assertThat(lsoa.features()).allSatisfy(f -> assertThat((String) f.getAttribute("LSOA11CD")).startsWith("E01"));
        // gpkg_contents says -2.82496488 to -2.57674319 by 53.38537207 to 53.53140191
        assertThat(lsoa.envelope().getMinX()).isBetween(-2.8250, -2.8249);
        assertThat(lsoa.envelope().getMaxY()).isBetween(53.5313, 53.5315);
        assertThat(lsoa.warnings()).isEmpty();
    }

    @Test
    void readingLeavesTheFileUntouched() throws Exception {
        Path copy = dir.resolve("boundaries.gpkg");
        Files.copy(ST_HELENS, copy);
        FileTime old = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(copy, old);
        byte[] before = Files.readAllBytes(copy);

        GeoPackageReader.featureTables(copy);
        GeoPackageReader.read(copy, ReadOptions.defaults().withTable("wards"));

        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(old);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("boundaries.gpkg");
        }
    }

    @Test
    void severalTablesAndNoneNamedListsThem() {
        assertThatThrownBy(() -> GeoPackageReader.read(ST_HELENS, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(ST_HELENS + ": the GeoPackage has 3 feature tables: wards, lsoa, output_areas."
                        + " Say which table to read.");
    }

    @Test
    void aMissingTableListsTheTablesThere() {
        assertThatThrownBy(() -> GeoPackageReader.read(ST_HELENS, ReadOptions.defaults().withTable("parishes")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no feature table 'parishes'")
                .hasMessageContaining("its feature tables are: wards, lsoa, output_areas");
    }

    @Test
    void theOnlyTableIsReadWhenNoneIsNamed() throws Exception {
        Path out = dir.resolve("one.gpkg");
        GeoPackageWriter.write(out, List.of(GeoPackageRoundTripTest.layer("wards", Polygon.class, Crs.epsg(27700),
                GeoPackageRoundTripTest.HOLED)), Map.of());
        assertThat(GeoPackageReader.read(out, ReadOptions.defaults()).name()).isEqualTo("wards");
    }

    @Test
    void aTextFileRenamedGpkgIsNotAGeoPackage() throws Exception {
        Path fake = dir.resolve("wards.gpkg");
        Files.writeString(fake, "name,easting,northing\nA,1,2\n");
        assertThatThrownBy(() -> GeoPackageReader.read(fake, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(fake + ": the file is not a GeoPackage (it is not an SQLite database).");
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.gpkg"));
        assertThatThrownBy(() -> GeoPackageReader.featureTables(empty))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(empty + ": the file is empty (0 bytes), not a GeoPackage.");
    }

    @Test
    void aMissingFileIsReported() {
        Path missing = dir.resolve("nowhere.gpkg");
        assertThatThrownBy(() -> GeoPackageReader.featureTables(missing))
                .isInstanceOf(InputException.class).hasMessage(missing + ": the file does not exist. Check the path and the file name.");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void anSqliteDatabaseWithoutGeoPackageTablesIsRefused() throws Exception {
        Path db = dir.resolve("plain.gpkg");
        sql(db, "CREATE TABLE t (a INTEGER)");
        assertThatThrownBy(() -> GeoPackageReader.featureTables(db))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("an SQLite database but not a GeoPackage (it has no gpkg_contents table)");
    }

    @Test
    void aGeoPackageWithoutFeatureTablesIsRefused() throws Exception {
        Path db = dir.resolve("tiles.gpkg");
        sql(db, "CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL)",
                "INSERT INTO gpkg_contents VALUES ('imagery', 'tiles')");
        assertThat(GeoPackageReader.featureTables(db)).isEmpty();
        assertThatThrownBy(() -> GeoPackageReader.read(db, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the GeoPackage has no feature tables");
    }

    @Test
    void aFileLockedByAnotherProgramIsReported() throws Exception {
        Path copy = dir.resolve("locked.gpkg");
        Files.copy(ST_HELENS, copy);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> GeoPackageReader.read(copy, ReadOptions.defaults().withTable("wards")))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("the file is locked by another program");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void anSrsRowWithoutAnEpsgCodeIsRecognisedFromItsWkt() throws Exception {
        Path out = dir.resolve("wkt.gpkg");
        GeoPackageWriter.write(out, List.of(GeoPackageRoundTripTest.layer("wards", Polygon.class, Crs.epsg(27700),
                GeoPackageRoundTripTest.HOLED)), Map.of());
        sql(out, "UPDATE gpkg_spatial_ref_sys SET organization = 'NONE', organization_coordsys_id = 27700"
                + " WHERE srs_id = 27700");
        assertThat(GeoPackageReader.read(out, ReadOptions.defaults()).crs()).isSameAs(Crs.epsg(27700));
    }

    @Test
    void declaredTypesAsOtherToolsWriteThemAreMapped() throws Exception {
        Path out = dir.resolve("types.gpkg");
        GeoPackageWriter.write(out, List.of(GeoPackageRoundTripTest.layer("wards", Polygon.class, Crs.epsg(27700),
                GeoPackageRoundTripTest.HOLED)), Map.of());
        sql(out, "CREATE TABLE other (id INTEGER PRIMARY KEY, shape POLYGON, code TEXT(80), n INT, s SMALLINT,"
                        + " f FLOAT, ok BOOLEAN, at DATETIME, day DATE, raw BLOB)",
                "INSERT INTO other SELECT 7, geom, 'E05000929', 42, 3, 0.5, 1, '2024-03-01 10:15:30', '2023-01-28',"
                        + " x'00ff' FROM wards",
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('other', 'features', 'other', 27700)",
                "INSERT INTO gpkg_geometry_columns VALUES ('other', 'shape', 'POLYGON', 27700, 0, 0)");

        Layer other = GeoPackageReader.read(out, ReadOptions.defaults().withTable("other"));

        var f = other.features().get(0);
        assertThat(f.getID()).isEqualTo("other.7");
        assertThat(other.geometryName()).isEqualTo("shape");
        assertThat(other.hasAttribute("id")).isFalse();
        assertThat(f.getAttribute("code")).isEqualTo("E05000929");
        assertThat(f.getAttribute("n")).isEqualTo(42L);
        assertThat(f.getAttribute("s")).isEqualTo(3);
        assertThat(f.getAttribute("f")).isEqualTo(0.5);
        assertThat(f.getAttribute("ok")).isEqualTo(true);
        assertThat(f.getAttribute("at")).isEqualTo(java.sql.Timestamp.from(java.time.Instant.parse("2024-03-01T10:15:30Z")));
        assertThat(f.getAttribute("day")).isEqualTo(java.sql.Date.valueOf("2023-01-28"));
        assertThat((byte[]) f.getAttribute("raw")).containsExactly(0, 255);
        assertThat(Layer.geometry(f).getArea()).isEqualTo(100 * 100 - 20 * 20);
    }

    @Test
    void aMalformedDateNamesTheFeatureAndColumn() throws Exception {
        Path out = dir.resolve("baddate.gpkg");
        GeoPackageWriter.write(out, List.of(GeoPackageRoundTripTest.layer("wards", Polygon.class, Crs.epsg(27700),
                GeoPackageRoundTripTest.HOLED)), Map.of());
        sql(out, "UPDATE wards SET opened = '28/01/2023'");
        assertThatThrownBy(() -> GeoPackageReader.read(out, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(out + ": feature wards.1, column opened: the value '28/01/2023' is not a valid DATE."
                        + " Correct the value in QGIS.");
    }

    static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }
}
