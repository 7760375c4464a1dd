package org.catchment.io.geopackage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.InputException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The columns of a GeoPackage table and the Java type each declared SQL type is read as (see
 * {@link GeoPackageReader}). Used by the reader only.
 */
final class GeoPackageColumns {

    /** One column from {@code PRAGMA table_info}. */
    record Column(String name, String declared, Class<?> binding, boolean primaryKey) {
    }

    private GeoPackageColumns() {
    }

    /** @return the value of the column in the current row, as the column's Java type */
    static Object value(Path gpkg, String id, ResultSet rs, Column col) throws SQLException {
        Object raw = rs.getObject(col.name());
        if (raw == null) {
            return null;
        }
        Class<?> b = col.binding();
        try {
            if (b == Long.class) {
                return rs.getLong(col.name());
            }
            if (b == Integer.class) {
                return rs.getInt(col.name());
            }
            if (b == Double.class) {
                return rs.getDouble(col.name());
            }
            if (b == Boolean.class) {
                return rs.getInt(col.name()) != 0;
            }
            if (b == java.sql.Date.class) {
                String t = rs.getString(col.name()).trim();
                return java.sql.Date.valueOf(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
            }
            if (b == Timestamp.class) {
                return Timestamp.from(instant(rs.getString(col.name()).trim()));
            }
            if (b == byte[].class) {
                return rs.getBytes(col.name());
            }
            return rs.getString(col.name());
        } catch (DateTimeParseException e) {
            throw new InputException(gpkg, "feature " + id + ", column " + col.name(), "the value '" + raw
                    + "' is not a valid " + col.declared(), "Correct the value in QGIS", e);
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        }
    }

    /** @return the columns of a table, in table order */
    static List<Column> of(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(" + GeoPackageSql.quote(table) + ")")) {
            while (rs.next()) {
                String declared = rs.getString("type") == null ? "" : rs.getString("type");
                columns.add(new Column(rs.getString("name"), declared, binding(declared), rs.getInt("pk") == 1));
            }
        }
        return columns;
    }

    private static Class<?> binding(String declared) {
        String t = declared.toUpperCase(Locale.ROOT);
        int paren = t.indexOf('(');
        t = (paren >= 0 ? t.substring(0, paren) : t).trim();
        return switch (t) {
            case "INTEGER", "INT", "BIGINT" -> Long.class;
            case "MEDIUMINT", "SMALLINT", "TINYINT" -> Integer.class;
            case "REAL", "DOUBLE", "FLOAT", "NUMERIC" -> Double.class;
            case "BOOLEAN" -> Boolean.class;
            case "DATE" -> java.sql.Date.class;
            case "DATETIME" -> Timestamp.class;
            case "BLOB" -> byte[].class;
            default -> String.class;
        };
    }

    /** @return the JTS class of a {@code gpkg_geometry_columns.geometry_type_name} */
    static Class<? extends Geometry> geometryBinding(String typeName) {
        return switch (typeName == null ? "" : typeName.toUpperCase(Locale.ROOT)) {
            case "POINT" -> Point.class;
            case "LINESTRING" -> LineString.class;
            case "POLYGON" -> Polygon.class;
            case "MULTIPOINT" -> MultiPoint.class;
            case "MULTILINESTRING" -> MultiLineString.class;
            case "MULTIPOLYGON" -> MultiPolygon.class;
            default -> Geometry.class;
        };
    }
}
