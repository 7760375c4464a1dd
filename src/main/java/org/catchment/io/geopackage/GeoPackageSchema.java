package org.catchment.io.geopackage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The GeoPackage 1.3 metadata tables (OGC 12-128r17, section 1.1) and the QGIS {@code layer_styles}
 * table, as SQL. Used by {@link GeoPackageWriter} only.
 */
final class GeoPackageSchema {

    private GeoPackageSchema() {
    }

    /** Creates the required tables with the three SRS rows every GeoPackage has, and sets the header. */
    static void create(Connection c, String wgs84Wkt) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + GeoPackageSql.APPLICATION_ID);
            s.execute("PRAGMA user_version = " + GeoPackageSql.USER_VERSION);
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    + " definition TEXT NOT NULL, description TEXT)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT UNIQUE, description TEXT DEFAULT '',"
                    + " last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                    + " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
                    + " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
                    + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
                    + " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
                    + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
                    + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id,"
                + " organization, organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)")) {
            srsRow(ps, "Undefined cartesian SRS", -1, "NONE", "undefined", "undefined cartesian coordinate reference system");
            srsRow(ps, "Undefined geographic SRS", 0, "NONE", "undefined", "undefined geographic coordinate reference system");
            srsRow(ps, "WGS 84 geodetic", 4326, "EPSG", wgs84Wkt, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
        }
    }

    private static void srsRow(PreparedStatement ps, String name, int id, String org, String wkt, String description)
            throws SQLException {
        ps.setString(1, name);
        ps.setInt(2, id);
        ps.setString(3, org);
        ps.setInt(4, id);
        ps.setString(5, wkt);
        ps.setString(6, description);
        ps.executeUpdate();
    }

    /** Adds a feature table's rows to gpkg_contents and gpkg_geometry_columns. */
    static void register(Connection c, String table, String geomColumn, String geometryType, long srsId,
                         Envelope extent) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier,"
                + " description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, '', ?, ?, ?, ?, ?)")) {
            ps.setString(1, table);
            ps.setString(2, table);
            Double[] box = extent.isNull() ? new Double[4]
                    : new Double[] {extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY()};
            for (int i = 0; i < 4; i++) {
                ps.setObject(3 + i, box[i]);
            }
            ps.setLong(7, srsId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_geometry_columns (table_name, column_name,"
                + " geometry_type_name, srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)")) {
            ps.setString(1, table);
            ps.setString(2, geomColumn);
            ps.setString(3, geometryType);
            ps.setLong(4, srsId);
            ps.executeUpdate();
        }
    }

    /** Writes QGIS's layer_styles table (the columns QGIS itself creates), each style the table's default. */
    static void writeStyles(Connection c, Map<String, String> qmlByTable, Map<String, String> geometryColumns)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),"
                    + " f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,"
                    + " useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),"
                    + " update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
            s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description)"
                    + " VALUES ('layer_styles', 'attributes', 'layer_styles', '')");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO layer_styles (f_table_catalog, f_table_schema,"
                + " f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui)"
                + " VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL)")) {
            for (Map.Entry<String, String> style : qmlByTable.entrySet()) {
                ps.setString(1, style.getKey());
                ps.setString(2, geometryColumns.get(style.getKey()));
                ps.setString(3, style.getKey());
                ps.setString(4, style.getValue());
                ps.setString(5, "Catchment default style for " + style.getKey());
                ps.executeUpdate();
            }
        }
    }

    /**
     * @return the GeoPackage geometry type name of a layer: its feature type's binding when every
     *     geometry is of that type (or the layer is empty), else the one class all its geometries
     *     share, else GEOMETRY
     */
    static String geometryType(Layer layer) {
        GeometryTypes types = new GeometryTypes(layer.featureType().getGeometryDescriptor().getType().getBinding());
        types.add(layer);
        return types.name();
    }

    /** The geometry type name of a layer read in parts ({@link PartedLayer}): {@link #geometryType(Layer)} of them all. */
    static final class GeometryTypes {
        private final Class<?> declared;
        private final Set<Class<?>> classes = new HashSet<>();
        private boolean allDeclared = true;

        GeometryTypes(Class<?> declared) {
            this.declared = declared;
        }

        void add(Layer part) {
            for (SimpleFeature f : part.features()) {
                Geometry g = Layer.geometry(f);
                if (g != null && !g.isEmpty()) {
                    classes.add(g.getClass());
                    allDeclared &= declared.isInstance(g);
                }
            }
        }

        String name() {
            if (allDeclared && declared != Geometry.class) {
                return GeoPackageSchema.name(declared);
            }
            return GeoPackageSchema.name(classes.size() == 1 ? classes.iterator().next() : Geometry.class);
        }
    }

    private static String name(Class<?> binding) {
        if (binding == Point.class) {
            return "POINT";
        }
        if (binding == MultiPoint.class) {
            return "MULTIPOINT";
        }
        if (LineString.class.isAssignableFrom(binding)) {
            return "LINESTRING";
        }
        if (binding == MultiLineString.class) {
            return "MULTILINESTRING";
        }
        if (binding == Polygon.class) {
            return "POLYGON";
        }
        return binding == MultiPolygon.class ? "MULTIPOLYGON" : "GEOMETRY";
    }
}
