package org.catchment.io.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.catchment.CatchmentException;
import org.catchment.InputException;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads one feature table of a GeoPackage into a {@link Layer}, in the file's own CRS.
 *
 * <p>The file is opened read-only through SQLite and never changed. Geometries are decoded from
 * the GeoPackage blob with NGA's {@link GeoPackageGeometryData} and JTS's {@link WKBReader}
 * (Z and M values are dropped). Column types map as: TEXT to String; INTEGER and INT to Long;
 * MEDIUMINT, SMALLINT and TINYINT to Integer; REAL, DOUBLE and FLOAT to Double; BOOLEAN to
 * Boolean; DATE to {@link java.sql.Date}; DATETIME to {@link java.sql.Timestamp}; BLOB to byte[]. The
 * primary key becomes the feature id ({@code table.fid}), not an attribute. The CRS is the
 * EPSG code of the table's spatial reference system row, else its WKT definition parsed.
 *
 * <p>Extent ({@link ReadOptions#extent()}): in a table in the working CRS only the rows whose
 * geometry's envelope meets it are kept, and the others' attributes are never read. With the
 * table's R-tree index ({@code rtree_<table>_<geometry>}, as GDAL and QGIS write it) the rows are
 * first selected through it; without one every geometry is decoded and tested. Both keep the same
 * rows: the R-tree's boxes (rounded outwards to 32-bit floats) only preselect, and each geometry's
 * own envelope decides. In another CRS the table is read whole and
 * {@link org.catchment.io.LayerReader} filters it.
 */
public final class GeoPackageReader {

    private GeoPackageReader() {
    }

    /**
     * @param gpkg the GeoPackage
     * @return the names of its feature tables, in the order of gpkg_contents
     * @throws InputException if the file is not a readable GeoPackage
     */
    public static List<String> featureTables(Path gpkg) {
        try (Connection c = GeoPackageSql.openReadOnly(gpkg)) {
            return featureTables(gpkg, c);
        } catch (SQLException e) {
            throw GeoPackageSql.failure(gpkg, null, e);
        }
    }

    /**
     * @param gpkg    the GeoPackage
     * @param options {@link ReadOptions#table()} names the table (null: the only feature table)
     * @return the table as a layer named after it, with the file as its source
     * @throws InputException if the file is not a GeoPackage, is locked, has no feature table,
     *     lacks the table named, has several when none is named, or holds an unreadable geometry
     */
    public static Layer read(Path gpkg, ReadOptions options) {
        try (Connection c = GeoPackageSql.openReadOnly(gpkg)) {
            List<String> tables = featureTables(gpkg, c);
            String table = chooseTable(gpkg, tables, options.table());
            return readTable(gpkg, c, table, options);
        } catch (SQLException e) {
            throw GeoPackageSql.failure(gpkg, null, e);
        }
    }

    /**
     * The extent of a feature table without reading its rows: from its R-tree index when it has
     * one, else from its gpkg_contents row.
     *
     * @param gpkg  the GeoPackage
     * @param table the table (null: the only feature table)
     * @return the extent in the table's CRS, or null when neither says (the table must be read)
     * @throws InputException as {@link #read}
     */
    public static ReferencedEnvelope extent(Path gpkg, String table) {
        try (Connection c = GeoPackageSql.openReadOnly(gpkg)) {
            String t = chooseTable(gpkg, featureTables(gpkg, c), table);
            String geomColumn = null;
            long srsId = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        geomColumn = rs.getString(1);
                        srsId = rs.getLong(2);
                    }
                }
            }
            String rtree = geomColumn == null ? null : rtree(c, t, geomColumn);
            String sql = rtree != null ? "SELECT min(minx), max(maxx), min(miny), max(maxy), count(*) FROM "
                    + GeoPackageSql.quote(rtree) : "SELECT min_x, max_x, min_y, max_y, 1 FROM gpkg_contents WHERE table_name = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (rtree == null) {
                    ps.setString(1, t);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getObject(1) == null) {
                        return rtree != null && rs.getLong(5) == 0
                                ? new ReferencedEnvelope(crs(gpkg, c, srsId, new ArrayList<>())) : null;
                    }
                    Envelope e = new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
                    return new ReferencedEnvelope(e, crs(gpkg, c, srsId, new ArrayList<>()));
                }
            }
        } catch (SQLException e) {
            throw GeoPackageSql.failure(gpkg, null, e);
        }
    }

    private static List<String> featureTables(Path gpkg, Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    throw new InputException(gpkg, null, "the file is an SQLite database but not a GeoPackage"
                            + " (it has no gpkg_contents table)", "Export the data to GeoPackage from QGIS or GDAL");
                }
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT table_name FROM gpkg_contents WHERE lower(data_type) = 'features' ORDER BY rowid")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        }
    }

    private static String chooseTable(Path gpkg, List<String> tables, String wanted) {
        if (tables.isEmpty()) {
            throw new InputException(gpkg, null, "the GeoPackage has no feature tables (no table of points, lines or polygons)",
                    "Choose a GeoPackage that holds vector layers");
        }
        if (wanted == null) {
            if (tables.size() > 1) {
                throw new InputException(gpkg, null, "the GeoPackage has " + tables.size()
                        + " feature tables: " + String.join(", ", tables), "Say which table to read");
            }
            return tables.get(0);
        }
        for (String t : tables) {
            if (t.equals(wanted)) {
                return t;
            }
        }
        for (String t : tables) {
            if (t.equalsIgnoreCase(wanted)) {
                return t;
            }
        }
        throw new InputException(gpkg, null, "the GeoPackage has no feature table '" + wanted
                + "'; its feature tables are: " + String.join(", ", tables), "Use one of the tables listed");
    }

    private static Layer readTable(Path gpkg, Connection c, String table, ReadOptions options) throws SQLException {
        Envelope extent = options.extent();
        String geomColumn;
        String geomType;
        long srsId;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new InputException(gpkg, "table " + table, "the table has no entry in gpkg_geometry_columns",
                            "Repair the GeoPackage, e.g. by exporting it again from QGIS");
                }
                geomColumn = rs.getString(1);
                geomType = rs.getString(2);
                srsId = rs.getLong(3);
            }
        }
        List<String> warnings = new ArrayList<>();
        CoordinateReferenceSystem crs = crs(gpkg, c, srsId, warnings);
        List<GeoPackageColumns.Column> columns = GeoPackageColumns.of(c, table);
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName(table);
        tb.setCRS(crs);
        String pk = null;
        for (GeoPackageColumns.Column col : columns) {
            if (col.name().equalsIgnoreCase(geomColumn)) {
                tb.add(col.name(), GeoPackageColumns.geometryBinding(geomType));
            } else if (col.primaryKey() && pk == null) {
                pk = col.name();
            } else {
                tb.add(col.name(), col.binding());
            }
        }
        tb.setDefaultGeometry(columns.stream().filter(x -> x.name().equalsIgnoreCase(geomColumn))
                .findFirst().map(GeoPackageColumns.Column::name).orElse(geomColumn));
        SimpleFeatureType type = tb.buildFeatureType();
        Envelope within = extent != null && crs != null && Crs.sameAs(crs, options.workingCrs()) ? extent : null;
        Selection selection = new Selection(within, within == null ? null : rtree(c, table, geomColumn));
        Rows rows = new Rows(gpkg, table, pk, options.badRows());
        List<SimpleFeature> features = features(c, type, columns, geomColumn, selection, rows);
        rows.warning().ifPresent(warnings::add);
        Layer layer = Layer.of(table, type, features).withSource(gpkg);
        for (String w : warnings) {
            layer = layer.withWarning(w);
        }
        return layer;
    }

    /** The rows to read: all (no extent), or those within an extent, preselected through an R-tree when there is one. */
    private record Selection(Envelope within, String rtree) {
        String where() {
            return rtree == null ? "" : " WHERE rowid IN (SELECT id FROM " + GeoPackageSql.quote(rtree)
                    + " WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)";
        }

        void bind(PreparedStatement ps) throws SQLException {
            if (rtree != null) {
                ps.setDouble(1, within.getMaxX());
                ps.setDouble(2, within.getMinX());
                ps.setDouble(3, within.getMaxY());
                ps.setDouble(4, within.getMinY());
            }
        }
    }

    /** @return the name of the table's R-tree index, or null when it has none */
    private static String rtree(Connection c, String table, String geomColumn) throws SQLException {
        String name = "rtree_" + table + "_" + geomColumn;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static List<SimpleFeature> features(Connection c, SimpleFeatureType type,
                                                List<GeoPackageColumns.Column> columns, String geomColumn,
                                                Selection selection, Rows rows) throws SQLException {
        Path gpkg = rows.gpkg();
        String table = rows.table();
        String pk = rows.pk();
        List<SimpleFeature> features = new ArrayList<>();
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        WKBReader wkb = new WKBReader();
        String order = pk == null ? "" : " ORDER BY " + GeoPackageSql.quote(pk);
        String geomName = columns.stream().map(GeoPackageColumns.Column::name).filter(n -> n.equalsIgnoreCase(geomColumn))
                .findFirst().orElse(geomColumn);
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + GeoPackageSql.quote(table) + selection.where()
                + order)) {
            selection.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    String id = table + "." + (pk == null ? n : rs.getLong(pk));
                    Geometry g = rows.geometry(id, rs.getBytes(geomName), wkb);
                    if (g == null || selection.within() != null && !g.getEnvelopeInternal().intersects(selection.within())) {
                        continue;
                    }
                    fb.set(geomName, g);
                    for (GeoPackageColumns.Column col : columns) {
                        if (!col.name().equalsIgnoreCase(geomColumn) && !col.name().equals(pk)) {
                            fb.set(col.name(), GeoPackageColumns.value(gpkg, id, rs, col));
                        }
                    }
                    features.add(fb.buildFeature(id));
                }
            }
        }
        if (selection.rtree() != null) {
            rows.nullGeometries(c, geomName);
        }
        return features;
    }


    private static CoordinateReferenceSystem crs(Path gpkg, Connection c, long srsId, List<String> warnings)
            throws SQLException {
        String org = null;
        long code = 0;
        String definition = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT organization, organization_coordsys_id, definition"
                + " FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            ps.setLong(1, srsId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    org = rs.getString(1);
                    code = rs.getLong(2);
                    definition = rs.getString(3);
                }
            }
        }
        if (org != null && org.equalsIgnoreCase("EPSG") && code > 0) {
            try {
                return Crs.epsg((int) code);
            } catch (CatchmentException e) {
                // an EPSG code GeoTools does not know: the WKT may still describe it
            }
        }
        if (definition != null && !definition.isBlank() && !definition.trim().equalsIgnoreCase("undefined")) {
            try {
                return Crs.fromWkt(definition);
            } catch (FactoryException | RuntimeException e) {
                warnings.add(gpkg + ": the coordinate reference system (srs_id " + srsId
                        + ") cannot be understood; give the layer's CRS.");
                return null;
            }
        }
        warnings.add(gpkg + ": the table has no coordinate reference system (srs_id " + srsId + "); give the layer's CRS.");
        return null;
    }
}
