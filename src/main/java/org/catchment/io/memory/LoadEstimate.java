package org.catchment.io.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.CatchmentException;
import org.catchment.io.geopackage.GeoPackageSql;
import org.catchment.io.shapefile.ShapefileParts;

/**
 * How much heap reading a layer file into memory needs, estimated from its size before it is read,
 * so that a file too large for the heap is refused with advice instead of ending in an
 * {@code OutOfMemoryError} minutes later. Headless: the command line checks it before a run, and
 * the desktop app can check it before adding a layer.
 *
 * <p>The estimate is made of figures per input byte and per record, measured by reading real and
 * synthetic files, the heap they retained and the smallest {@code -Xmx} that read them (see
 * docs/reliability.md, "Large inputs"), times a {@link #MARGIN}. Input bytes: a shapefile's
 * {@code .shp} plus {@code .dbf} (records from the {@code .shx}; a layer whose {@code .prj} is not
 * a projected grid, taken to be the working CRS, also pays for its reprojected copy); a GeoPackage table's geometry blobs
 * plus the lengths of its other values (all feature tables when no table is named; the whole file
 * when the tables cannot be read); a CSV's size and lines; a GeoJSON file's size.
 * A file that does not exist, or of a format not read into a layer (OpenStreetMap PBF, imported by
 * GraphHopper), has an estimate of 0: its reader reports what is wrong.
 */
public final class LoadEstimate {

    /** Heap bytes per byte of {@code .shp} + {@code .dbf} (measured: 2.9 retained, about 3.3 needed by a read). */
    static final double SHAPEFILE_PER_BYTE = 2.7;
    /** Heap bytes per shapefile record, for the feature itself (measured: small point files need about 5 bytes a byte). */
    static final double SHAPEFILE_PER_RECORD = 150;
    /** Extra heap bytes per byte of {@code .shp} when the layer is reprojected into the working CRS (both copies live at once). */
    static final double REPROJECTED_PER_SHP_BYTE = 6;
    /** Heap bytes per byte of a GeoPackage table's blobs and values (measured: 4.4 retained, 4.9 needed). */
    static final double GEOPACKAGE_PER_BYTE = 5;
    /** Heap bytes per byte of CSV (wide rows of text: 4.9 retained). */
    static final double CSV_PER_BYTE = 4;
    /** Heap bytes per CSV row (measured: 440 retained, up to 750 needed, for rows of four short values). */
    static final double CSV_PER_ROW = 600;
    /**
     * Heap bytes per byte of GeoJSON, streamed feature by feature (measured on 300,000 points,
     * 43 MB: 3.4 retained, 5.0 needed; it was 11 while the file was read as one JSON tree).
     */
    static final double GEOJSON_PER_BYTE = 6;
    /** The margin over the measured figures, for what the measurements did not cover. */
    static final double MARGIN = 1.2;

    private static final double GB = 1024.0 * 1024 * 1024;
    private static final double MB = 1024.0 * 1024;

    private final Path file;
    private final String table;
    private final long inputBytes;
    private final long heapBytes;

    private LoadEstimate(Path file, String table, long inputBytes, double heapBytes) {
        this.file = file;
        this.table = table;
        this.inputBytes = inputBytes;
        this.heapBytes = (long) Math.ceil(heapBytes * MARGIN);
    }

    /** As {@link #of(Path, String)} with no table named (a GeoPackage: all its feature tables). */
    public static LoadEstimate of(Path file) {
        return of(file, null);
    }

    /**
     * @param file  a layer file (shapefile {@code .shp}, GeoPackage, CSV, GeoJSON)
     * @param table the GeoPackage table, or null
     * @return the estimate; never throws for a missing or damaged file (the estimate is then 0 or
     *     based on the file size)
     */
    public static LoadEstimate of(Path file, String table) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            return new LoadEstimate(file, table, 0, 0);
        }
        if (name.endsWith(".shp")) {
            return shapefile(file);
        }
        if (name.endsWith(".gpkg")) {
            long bytes = geoPackageBytes(file, table);
            return new LoadEstimate(file, table, bytes, GEOPACKAGE_PER_BYTE * bytes);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            long bytes = size(file);
            return new LoadEstimate(file, table, bytes, CSV_PER_BYTE * bytes + CSV_PER_ROW * lines(file));
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            long bytes = size(file);
            return new LoadEstimate(file, table, bytes, GEOJSON_PER_BYTE * bytes);
        }
        return new LoadEstimate(file, table, 0, 0);
    }

    private static LoadEstimate shapefile(Path shp) {
        ShapefileParts parts = ShapefileParts.of(shp);
        long shpBytes = size(shp);
        long bytes = shpBytes + size(parts.dbf());
        long records = Math.max(0, (size(parts.shx()) - 100) / 8);
        double heap = SHAPEFILE_PER_BYTE * bytes + SHAPEFILE_PER_RECORD * records;
        if (!isProjected(parts.prj())) {
            heap += REPROJECTED_PER_SHP_BYTE * shpBytes;
        }
        return new LoadEstimate(shp, null, bytes, heap);
    }

    /**
     * @return true when the .prj describes a projected grid, taken to be the working CRS (the layer
     *     is then not reprojected: an analysis's layers are usually in the grid it works in)
     */
    private static boolean isProjected(Path prj) {
        try {
            String wkt = prj == null ? "" : Files.readString(prj, java.nio.charset.StandardCharsets.ISO_8859_1);
            return wkt.strip().toUpperCase(Locale.ROOT).startsWith("PROJ");
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the number of line ends in a file (the rows of a CSV, plus its header) */
    private static long lines(Path file) {
        long n = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        n++;
                    }
                }
            }
        } catch (IOException e) {
            return n;
        }
        return n;
    }

    /** @return the file estimated */
    public Path file() {
        return file;
    }

    /** @return the bytes the estimate is based on (see the class comment) */
    public long inputBytes() {
        return inputBytes;
    }

    /** @return the estimated heap needed to read the layer and hold it, in bytes */
    public long heapBytes() {
        return heapBytes;
    }

    /** @return true when the layer should fit in that much free heap */
    public boolean fits(long freeHeapBytes) {
        return heapBytes <= freeHeapBytes;
    }

    /**
     * @param freeHeapBytes the free heap, as {@link #freeHeapBytes()} gives it
     * @return what to tell the user when the layer does not fit: "RoadLink.shp needs about 3.1 GB
     *     of memory to load but only 1.2 GB is free. Start Catchment with more memory (java -Xmx6g
     *     -jar target/catchment.jar ...) or clip the layer to your area first."
     */
    public String message(long freeHeapBytes) {
        String what = file.getFileName() + (table == null ? "" : "#" + table);
        return what + " needs about " + size(heapBytes) + " of memory to load but only " + size(Math.max(0, freeHeapBytes))
                + " is free. " + advice(heapBytes - freeHeapBytes) + " or clip the layer to your area first.";
    }

    /**
     * @return "Start Catchment with more memory (java -Xmx6g -jar target/catchment.jar ...)" for a heap short by
     *     that much; from an installer's launcher (which sets {@code jpackage.app-version}), where there is no
     *     java command to give it to, the environment variable every Java runtime reads instead
     */
    public static String advice(long shortBytes) {
        long gb = (long) Math.ceil((Runtime.getRuntime().maxMemory() + Math.max(0, shortBytes)) * 1.25 / GB);
        String heap = "-Xmx" + Math.max(2, gb) + "g";
        if (System.getProperty("jpackage.app-version") != null) {
            return "Start Catchment with more memory (set the environment variable JAVA_TOOL_OPTIONS=" + heap + " first)";
        }
        return "Start Catchment with more memory (java " + heap + " -jar target/catchment.jar ...)";
    }

    /** @return the heap the JVM may still take: its maximum (-Xmx) less what is in use now */
    public static long freeHeapBytes() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** @return "3.1 GB", "420 MB" */
    public static String size(long bytes) {
        return bytes >= GB ? String.format(Locale.ROOT, "%.1f GB", bytes / GB)
                : String.format(Locale.ROOT, "%.0f MB", Math.max(1, Math.ceil(bytes / MB)));
    }

    @Override
    public String toString() {
        return file.getFileName() + ": " + inputBytes + " input bytes, about " + size(heapBytes) + " of heap";
    }

    private static long size(Path file) {
        try {
            return file == null ? 0 : Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** @return the bytes of the named feature table (or of all of them), or the file's size when they cannot be read */
    private static long geoPackageBytes(Path gpkg, String table) {
        try (Connection c = GeoPackageSql.openReadOnly(gpkg); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            if (table != null) {
                tables.add(table);
            } else {
                try (ResultSet r = s.executeQuery("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")) {
                    while (r.next()) {
                        tables.add(r.getString(1));
                    }
                }
            }
            long bytes = 0;
            for (String t : tables) {
                bytes += tableBytes(s, t);
            }
            return tables.isEmpty() ? size(gpkg) : bytes;
        } catch (SQLException | CatchmentException e) {
            return size(gpkg);
        }
    }

    private static long tableBytes(Statement s, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = s.executeQuery("PRAGMA table_info(" + GeoPackageSql.quote(table) + ")")) {
            while (r.next()) {
                columns.add("coalesce(length(" + GeoPackageSql.quote(r.getString("name")) + "), 0)");
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("no table " + table);
        }
        try (ResultSet r = s.executeQuery("SELECT sum(" + String.join(" + ", columns) + ") FROM " + GeoPackageSql.quote(table))) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
