package org.catchment.io.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.catchment.InputException;
import org.catchment.layer.WorkingCrs;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Coordinate;

/**
 * Postcode to British National Grid point, for facility lists that give only a postcode.
 *
 * <p>Reads the Ordnance Survey Code-Point Open layout: rows without a header, postcode in column
 * 1, positional quality in column 2, easting in column 3 and northing in column 4 (metres of
 * British National Grid, {@link #crs()}). A CSV with a header is accepted too when it names a postcode column and
 * easting/northing columns. Postcodes are matched upper case with all spaces removed, so
 * "WA9 1AB", "wa91ab" and "WA9  1AB" are the same. Rows at 0,0 (Code-Point's "no coordinates",
 * quality 90) are left out.
 */
public final class PostcodeLookup {

    /** A postcode as the file writes it (trimmed) and its point, in the lookup's CRS. */
    public record Entry(String postcode, Coordinate point) {
    }

    private final Path file;
    private final Map<String, Coordinate> points;
    private final List<Entry> entries;

    private PostcodeLookup(Path file, Map<String, Coordinate> points, List<Entry> entries) {
        this.file = file;
        this.points = points;
        this.entries = List.copyOf(entries);
    }

    /**
     * @param csv a Code-Point Open area file (e.g. {@code wa.csv}) or a headed postcode CSV
     * @return the lookup
     * @throws InputException if the file is missing, empty or a row has no usable easting/northing
     */
    public static PostcodeLookup read(Path csv) {
        Map<String, Coordinate> points = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        int[] columns = new int[3];
        boolean[] started = new boolean[1];
        CsvSource.read(csv, null, row -> {
            if (!started[0]) {
                started[0] = true;
                int[] headed = headedColumns(csv, row);
                if (headed != null) {
                    System.arraycopy(headed, 0, columns, 0, 3);
                    return;
                }
                columns[0] = 0;
                columns[1] = 2;
                columns[2] = 3;
            }
            add(csv, row, columns, points, entries);
        });
        return new PostcodeLookup(csv, points, entries);
    }

    /** @return the CRS of the lookup's points: British National Grid, as Code-Point Open is published */
    public static CoordinateReferenceSystem crs() {
        return WorkingCrs.britishNationalGrid();
    }

    /** @return the point of a postcode (any case and spacing), or empty if the file does not list it */
    public Optional<Coordinate> find(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        Coordinate c = points.get(normalise(postcode));
        return c == null ? Optional.empty() : Optional.of(new Coordinate(c));
    }

    /** @return the number of postcodes with a location */
    public int size() {
        return points.size();
    }

    /** @return every postcode with a location, each once (its first row), in the order of the file */
    public List<Entry> entries() {
        return entries;
    }

    /** @return the file read */
    public Path file() {
        return file;
    }

    /** @return the postcode upper case with all white space removed, the form used for matching */
    public static String normalise(String postcode) {
        return postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static void add(Path csv, CsvSource.Row row, int[] columns, Map<String, Coordinate> points,
                            List<Entry> entries) {
        List<String> v = row.values();
        int needed = Math.max(columns[0], Math.max(columns[1], columns[2])) + 1;
        if (v.size() < needed) {
            throw new InputException(csv, "row " + row.number(), "the row has " + v.size()
                    + " fields; a postcode lookup needs postcode, easting and northing",
                    "Use a Code-Point Open file (postcode, quality, easting, northing, ...)");
        }
        String postcode = normalise(v.get(columns[0]));
        Double e = CsvNumbers.parse(v.get(columns[1]));
        Double n = CsvNumbers.parse(v.get(columns[2]));
        if (postcode.isEmpty() || e == null || n == null) {
            throw new InputException(csv, "row " + row.number(), "expected a postcode, an easting and a northing but found '"
                    + v.get(columns[0]) + "', '" + v.get(columns[1]) + "', '" + v.get(columns[2]) + "'",
                    "Use a Code-Point Open file (postcode, quality, easting, northing, ...) or a CSV with"
                            + " postcode, easting and northing columns");
        }
        if (e == 0 && n == 0) {
            return;
        }
        Coordinate c = new Coordinate(e, n);
        if (points.putIfAbsent(postcode, c) == null) {
            entries.add(new Entry(v.get(columns[0]).trim(), c));
        }
    }

    /** @return postcode, easting, northing indexes when the row is a header naming them, else null */
    private static int[] headedColumns(Path csv, CsvSource.Row row) {
        List<String> names = row.values().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        int pc = names.indexOf("pc") >= 0 ? names.indexOf("pc") : CsvPointReader.postcodeColumn(names);
        if (pc < 0) {
            return null;
        }
        List<String> header = CsvSource.header(csv, row);
        int e = firstOf(header, "easting", "eastings", "ea", "x", "oseast1m");
        int n = firstOf(header, "northing", "northings", "no", "y", "osnrth1m");
        if (e < 0 || n < 0) {
            throw new InputException(csv, "row 1", "the header names a postcode column but no easting/northing columns (found: "
                    + String.join(", ", header) + ")", "Name them easting and northing, or use a Code-Point Open file");
        }
        return new int[] {pc, e, n};
    }

    private static int firstOf(List<String> header, String... names) {
        for (String name : names) {
            int i = CsvSource.indexOf(header, name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }
}
