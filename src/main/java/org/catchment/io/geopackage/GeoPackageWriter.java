package org.catchment.io.geopackage;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.io.AtomicOutput;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes layers into one new GeoPackage (version 1.3), one feature table per layer, that opens
 * in QGIS and GDAL without warnings.
 *
 * <p>The file is built with plain SQL over SQLite, geometry blobs encoded with JTS's
 * {@link WKBWriter} (2D) behind the GeoPackage header ({@link GeometryBlob}). Each table has an integer
 * primary key {@code fid}, a geometry column {@code geom} typed after the layer's geometries
 * (POINT, ..., MULTIPOLYGON, or GEOMETRY when they are mixed) and one column per attribute:
 * String to TEXT; Byte, Short, Integer to MEDIUMINT; Long, BigInteger to INTEGER; Float, Double,
 * BigDecimal to REAL; Boolean to BOOLEAN; java.sql.Date and LocalDate to DATE; other dates to
 * DATETIME (UTC, milliseconds); byte[] to BLOB; anything else to TEXT. Spatial reference rows are
 * written by hand with GeoTools' WKT (any EPSG CRS, e.g. a UTM zone or British National Grid; a CRS without an EPSG
 * code gets a row of its own). QGIS styles go into a {@code layer_styles} table with QGIS's own
 * columns, marked as the default style, so QGIS opens the layers styled.
 *
 * <p>The file is written to a temporary file and moved into place ({@link AtomicOutput}); an
 * existing target is replaced. A {@link Session} writes it in steps (a tiled run's first tables
 * while its overlay is still being merged).
 */
public final class GeoPackageWriter {

    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
            + "298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";
    /** srs_id given to the first CRS that has no EPSG code (then 100001, ...). */
    private static final int CUSTOM_SRS_ID = 100_000;
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private GeoPackageWriter() {
    }

    /**
     * @param target     the file to write (replaced if it exists)
     * @param layers     the layers, each written as a table named {@link #tableName(String)} of its name
     *                   (a repeated name gets {@code _2}, {@code _3}, ...)
     * @param qgisStyles QGIS QML documents by table name; empty: no {@code layer_styles} table
     * @throws IllegalArgumentException if a style names no table being written
     * @throws CatchmentException if the file cannot be written
     */
    public static void write(Path target, List<Layer> layers, Map<String, String> qgisStyles) {
        writeDeferred(target, layers.stream().map(l -> new Deferred(l.name(), () -> l)).toList(), qgisStyles);
    }

    /**
     * A layer written under a name given beforehand, made only when its table is written: a
     * writer of large layers (a million facilities, their access points) then holds one at a time.
     *
     * @param name  the layer's name, as {@link Layer#name()} will give it
     * @param layer makes the layer
     */
    public record Deferred(String name, Supplier<Layer> layer) implements Table {
    }

    /** A table to write: a layer made when its table is written ({@link Deferred}) or one made of parts ({@link PartedLayer}). */
    public sealed interface Table permits Deferred, PartedLayer {
        /** @return the layer's name */
        String name();
    }

    /** As {@link #write}, each layer made when its table is written and released after. */
    public static void writeDeferred(Path target, List<Deferred> layers, Map<String, String> qgisStyles) {
        writeTables(target, layers, qgisStyles);
    }

    /**
     * As {@link #writeDeferred}, a layer made of parts ({@link PartedLayer}) written one part at a
     * time: the same file as if its parts had been one layer.
     */
    public static void writeTables(Path target, List<? extends Table> layers, Map<String, String> qgisStyles) {
        try (Session session = Session.open(target)) {
            session.write(layers);
            session.finish(qgisStyles);
        }
    }

    /**
     * A GeoPackage written in steps: opened, its tables written in one call or several, one after
     * the other (as if in one list: a repeated name in a later call gets {@code _2} too), then
     * finished with its styles. The file is the same as {@link #writeTables} writes from all the
     * tables at once: one transaction, into a temporary file moved into place when finished. A
     * session closed unfinished leaves nothing behind. One thread at a time may use it: a session
     * begun on one thread may be finished on another once the first is done with it.
     */
    public static final class Session implements AutoCloseable {

        private final Path target;
        private final Path temp;
        private final Connection connection;
        private final Map<String, Table> tables = new LinkedHashMap<>();
        private final Map<String, String> geometryColumns = new LinkedHashMap<>();
        private final int[] nextCustom = {CUSTOM_SRS_ID};
        private boolean open = true;

        private Session(Path target, Path temp, Connection connection) {
            this.target = target;
            this.temp = temp;
            this.connection = connection;
        }

        /**
         * @param target the file to write (replaced, when finished, if it exists)
         * @throws CatchmentException if the file cannot be begun
         */
        public static Session open(Path target) {
            Path temp = null;
            Connection c = null;
            try {
                temp = AtomicOutput.temporary(target);
                c = GeoPackageSql.openForWriting(temp);
                c.setAutoCommit(false);
                GeoPackageSchema.create(c, WGS84_WKT);
                return new Session(target, temp, c);
            } catch (IOException | SQLException | RuntimeException e) {
                closeQuietly(c);
                AtomicOutput.deleteQuietly(temp);
                throw AtomicOutput.failure(target, e instanceof SQLException ? sqlite(e) : e);
            }
        }

        /** @return the tables written so far, by table name, in order */
        public List<String> tableNames() {
            return List.copyOf(tables.keySet());
        }

        /**
         * Writes tables after those written so far.
         *
         * @throws CatchmentException if they cannot be written; the session is then closed
         */
        public void write(List<? extends Table> layers) {
            check();
            try {
                for (Table t : layers) {
                    String name = unique(tableName(t.name()), tables.keySet());
                    tables.put(name, t);
                    writeOne(name, t);
                }
            } catch (IOException | SQLException | RuntimeException e) {
                throw fail(e);
            }
        }

        /**
         * Writes the styles, commits and moves the file into place.
         *
         * @param qgisStyles QGIS QML documents by table name; empty: no {@code layer_styles} table
         * @throws IllegalArgumentException if a style names no table written
         * @throws CatchmentException if the file cannot be finished; the session is then closed
         */
        public void finish(Map<String, String> qgisStyles) {
            check();
            for (String styled : qgisStyles.keySet()) {
                if (!tables.containsKey(styled)) {
                    close();
                    throw new IllegalArgumentException("style for table '" + styled + "', which is not written;"
                            + " tables: " + String.join(", ", tables.keySet()));
                }
            }
            try {
                if (!qgisStyles.isEmpty()) {
                    GeoPackageSchema.writeStyles(connection, qgisStyles, geometryColumns);
                }
                connection.commit();
                connection.close();
                open = false;
                AtomicOutput.move(temp, target);
            } catch (IOException | SQLException | RuntimeException e) {
                throw fail(e);
            }
        }

        /** Closes the session; unfinished, its temporary file is deleted. */
        @Override
        public void close() {
            if (open) {
                open = false;
                closeQuietly(connection);
            }
            AtomicOutput.deleteQuietly(temp);
        }

        private void writeOne(String name, Table table) throws SQLException, IOException {
            if (table instanceof PartedLayer parted) {
                long srsId = srs(connection, parted.type().getCoordinateReferenceSystem(), nextCustom);
                PartedLayer.Scan scan = parted.scan();
                geometryColumns.put(name, writeTable(connection, name, parted.type(), scan.geometryType(),
                        scan.extent(), parted.parts(), srsId));
                return;
            }
            Layer layer = ((Deferred) table).layer().get();
            if (!layer.name().equals(table.name())) {
                throw new IllegalStateException("deferred layer '" + table.name() + "' made '" + layer.name() + "'");
            }
            long srsId = srs(connection, layer.crs(), nextCustom);
            geometryColumns.put(name, writeTable(connection, name, layer.featureType(),
                    GeoPackageSchema.geometryType(layer), layer.envelope(), List.of(layer), srsId));
        }

        private void check() {
            if (!open) {
                throw new IllegalStateException("the GeoPackage " + target + " is no longer being written");
            }
        }

        private RuntimeException fail(Exception e) {
            close();
            if (e instanceof CancelledException c) {
                return c;
            }
            return AtomicOutput.failure(target, e instanceof SQLException ? sqlite(e) : e);
        }

        private static Exception sqlite(Exception e) {
            return new IOException("SQLite: " + e.getMessage(), e);
        }

        private static void closeQuietly(Connection c) {
            if (c == null) {
                return;
            }
            try {
                c.close();
            } catch (SQLException ignored) {
                // an error path: the first failure is the one the user needs to see
            }
        }
    }

    /**
     * @param layerName a layer name such as "Service areas (10 min)"
     * @return the table name used for it: lower case, only a-z, 0-9 and _ ("service_areas_10_min_")
     */
    public static String tableName(String layerName) {
        String t = layerName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (t.isEmpty()) {
            return "layer";
        }
        if (Character.isDigit(t.charAt(0)) || t.startsWith("gpkg_") || t.startsWith("sqlite_")
                || t.startsWith("rtree_") || t.equals("layer_styles")) {
            return "t_" + t;
        }
        return t;
    }

    /** @return the table each layer is written as by {@link #writeDeferred}, in the layers' order */
    public static List<String> tableNames(List<? extends Table> layers) {
        return List.copyOf(tables(layers).keySet());
    }

    private static Map<String, Table> tables(List<? extends Table> layers) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table layer : layers) {
            tables.put(unique(tableName(layer.name()), tables.keySet()), layer);
        }
        return tables;
    }

    /** @return the table name, or the name with {@code _2}, {@code _3}, ... when it is taken */
    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    private static long srs(Connection c, CoordinateReferenceSystem crs, int[] nextCustom) throws SQLException {
        if (crs == null) {
            return -1;
        }
        Integer code = Crs.epsgCode(crs);
        if (code != null && code == Crs.WGS84) {
            return Crs.WGS84;
        }
        CoordinateReferenceSystem canonical = code != null ? Crs.epsg(code) : crs;
        long id = code != null ? code : nextCustom[0]++;
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO gpkg_spatial_ref_sys"
                + " (srs_name, srs_id, organization, organization_coordsys_id, definition, description)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, canonical.getName().getCode());
            ps.setLong(2, id);
            ps.setString(3, code != null ? "EPSG" : "NONE");
            ps.setLong(4, id);
            ps.setString(5, Crs.wkt(canonical));
            ps.setString(6, code != null ? "EPSG:" + code : "written by Catchment");
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * @param parts the layer's features, part after part (one part for a whole layer)
     * @return the geometry column's name
     */
    private static String writeTable(Connection c, String table, SimpleFeatureType type, String geometryType,
                                     Envelope extent, Iterable<Layer> parts, long srsId)
            throws SQLException, IOException {
        List<AttributeDescriptor> attributes = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (AttributeDescriptor d : type.getAttributeDescriptors()) {
            if (d != type.getGeometryDescriptor()) {
                attributes.add(d);
                taken.add(d.getLocalName().toLowerCase(Locale.ROOT));
            }
        }
        String fid = free("fid", taken);
        String geom = free("geom", taken);
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(GeoPackageSql.quote(table)).append(" (")
                .append(GeoPackageSql.quote(fid)).append(" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ")
                .append(GeoPackageSql.quote(geom)).append(' ').append(geometryType);
        for (AttributeDescriptor d : attributes) {
            ddl.append(", ").append(GeoPackageSql.quote(d.getLocalName())).append(' ').append(sqlType(d.getType().getBinding()));
        }
        try (Statement s = c.createStatement()) {
            s.execute(ddl.append(')').toString());
        }
        GeoPackageSchema.register(c, table, geom, geometryType, srsId, extent);
        insertFeatures(c, table, parts, attributes, geom, srsId);
        return geom;
    }

    private static void insertFeatures(Connection c, String table, Iterable<Layer> parts,
                                       List<AttributeDescriptor> attributes, String geom, long srsId)
            throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(GeoPackageSql.quote(table)).append(" (")
                .append(GeoPackageSql.quote(geom));
        for (AttributeDescriptor d : attributes) {
            sql.append(", ").append(GeoPackageSql.quote(d.getLocalName()));
        }
        sql.append(") VALUES (?").append(", ?".repeat(attributes.size())).append(')');
        try (PreparedStatement ps = c.prepareStatement(sql.toString());
             RowFeed feed = new RowFeed(parts, attributes, srsId, GeoPackageWriter::sqlValue)) {
            for (List<Object[]> batch = feed.next(); !batch.isEmpty(); batch = feed.next()) {
                for (Object[] row : batch) {
                    if (row[0] == null) {
                        ps.setNull(1, java.sql.Types.BLOB);
                    } else {
                        ps.setBytes(1, (byte[]) row[0]);
                    }
                    for (int i = 1; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static String free(String name, Set<String> taken) {
        String n = name;
        for (int i = 1; taken.contains(n); i++) {
            n = name + "_" + i;
        }
        return n;
    }

    static String sqlType(Class<?> binding) {
        if (binding == Byte.class || binding == Short.class || binding == Integer.class) {
            return "MEDIUMINT";
        }
        if (binding == Long.class || binding == BigInteger.class) {
            return "INTEGER";
        }
        if (binding == Double.class || binding == Float.class || binding == BigDecimal.class) {
            return "REAL";
        }
        if (binding == Boolean.class) {
            return "BOOLEAN";
        }
        if (binding == java.sql.Date.class || binding == LocalDate.class) {
            return "DATE";
        }
        if (java.util.Date.class.isAssignableFrom(binding) || binding == Instant.class
                || binding == LocalDateTime.class) {
            return "DATETIME";
        }
        return binding == byte[].class ? "BLOB" : "TEXT";
    }

    private static Object sqlValue(Object v) {
        if (v == null || v instanceof String || v instanceof Long || v instanceof Integer || v instanceof Double
                || v instanceof byte[]) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Byte || v instanceof Short || v instanceof BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float || v instanceof BigDecimal) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof java.util.Date d) {
            return DATETIME.format(d.toInstant());
        }
        if (v instanceof Instant i) {
            return DATETIME.format(i);
        }
        if (v instanceof LocalDateTime t) {
            return DATETIME.format(t.toInstant(ZoneOffset.UTC));
        }
        return v.toString();
    }
}
