package org.catchment.io.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.catchment.InputException;
import org.catchment.io.BadRows;
import org.catchment.io.CrsGuess;
import org.catchment.io.Features;
import org.catchment.io.ReadOptions;
import org.catchment.layer.CoordinateCheck;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Reads a CSV of facilities as a point layer, from coordinate columns or from postcodes.
 *
 * <p>Coordinate columns are found by name, ignoring case: easting/northing, eastings/northings,
 * x/y, bng_e/bng_n (metres in the working CRS, {@link ReadOptions#workingCrs()}; without one,
 * British National Grid, see {@link CrsGuess#metres}), then longitude/latitude, lon/lat, lng/lat,
 * long/lat (EPSG:4326, longitude first). A CRS given in the options wins over the one the names
 * imply. With a postcode lookup (and no x/y fields named) each row's postcode is looked up instead
 * and the points are in the lookup's CRS ({@link PostcodeLookup#crs()}). All other columns become attributes: Long when every value in the column is an
 * integer, Double when every value is a number, else String (blank values are null).
 *
 * <p>Rows are numbered as a spreadsheet shows them (header = row 1). With a filter
 * ({@link ReadOptions#filter()}) only the rows whose fields pass it are placed. A row that cannot
 * be placed stops the read with an error naming the row, or is left out and reported in one
 * warning on the layer, as {@link ReadOptions#badRows()} says.
 */
public final class CsvPointReader {

    private static final String[][] METRE_PAIRS = {
        {"easting", "northing"}, {"eastings", "northings"}, {"x", "y"}, {"bng_e", "bng_n"}};
    private static final String[][] LONLAT_PAIRS = {
        {"longitude", "latitude"}, {"lon", "lat"}, {"lng", "lat"}, {"long", "lat"}};
    private static final List<String> POSTCODE_NAMES = List.of("postcode", "post_code", "post code", "pcd", "pcds",
            "pcd2", "postal_code", "postal code", "postalcode");
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private CsvPointReader() {
    }

    /**
     * @param csv     the file
     * @param options columns, postcode lookup, CRS, encoding and bad-row policy
     * @return the points in the CRS of the coordinates (the lookup's for postcodes), named after the file
     * @throws InputException if the file or a row (with {@code FAIL}) cannot be used
     */
    public static Layer read(Path csv, CsvPointOptions options) {
        ReadOptions read = options.read();
        boolean decimalComma = CsvSource.detectDelimiter(csv, read.encoding() == null
                ? StandardCharsets.UTF_8 : read.encoding()) == ';';
        BadRows bad = new BadRows(csv, read.badRows());
        Rows rows = new Rows(csv, options, decimalComma, bad);
        if (read.filter() == null) {
            CsvSource.read(csv, read.encoding(), rows::add);
        } else {
            List<CsvSource.Row> all = CsvSource.readAll(csv, read.encoding());
            rows.add(all.get(0));
            passing(csv, rows.header, rows.locator, all.subList(1, all.size()), read, decimalComma).forEach(rows::add);
        }
        List<String> header = rows.header;
        CsvPointLocator locator = rows.locator;
        List<Row> kept = rows.kept;
        List<Coordinate> points = rows.points;
        CoordinateReferenceSystem crs = locator.crs(points, read.workingCrs());
        if (locator.crsGuessed()) {
            for (int i = 0; i < kept.size(); i++) {
                String outside = locator.rangeProblem(crs, points.get(i));
                if (outside != null) {
                    bad.add(kept.get(i).number(), outside);
                    kept.remove(i);
                    points.remove(i--);
                }
            }
        }
        Layer layer = build(csv, header, locator, crs, kept, points, decimalComma);
        if (!locator.usesPostcodes()) {
            CoordinateCheck.check(csv, layer.envelope(), crs);
        }
        if (locator.crsGuessed()) {
            layer = layer.withWarning(csv + ": the columns " + header.get(locator.x()) + "/" + header.get(locator.y())
                    + " do not say which CRS they are in; assumed " + Crs.label(crs)
                    + " from the values. Give the CRS to be sure.");
        }
        return bad.warning() == null ? layer : layer.withWarning(bad.warning());
    }

    /**
     * The columns a read with {@link CsvPointOptions#defaults()} would use, for a form to pre-select.
     *
     * @param xField        the detected easting or longitude column, or null
     * @param yField        the detected northing or latitude column, or null
     * @param epsg          the CRS the column names imply: 4326 for longitude/latitude names, null for
     *                      metres (easting/northing: the working CRS) or no coordinate columns
     * @param postcodeField the detected postcode column, or null
     */
    public record DetectedColumns(String xField, String yField, Integer epsg, String postcodeField) {
    }

    /** @return the coordinate and postcode columns detected in a header, as {@link #read} detects them */
    public static DetectedColumns detect(List<String> header) {
        int pc = postcodeColumn(header);
        String postcode = pc < 0 ? null : header.get(pc);
        for (String[][] pairs : new String[][][] {METRE_PAIRS, LONLAT_PAIRS}) {
            for (String[] pair : pairs) {
                int x = CsvSource.indexOf(header, pair[0]);
                int y = CsvSource.indexOf(header, pair[1]);
                if (x >= 0 && y >= 0) {
                    return new DetectedColumns(header.get(x), header.get(y),
                            pairs == METRE_PAIRS ? null : Crs.WGS84, postcode);
                }
            }
        }
        return new DetectedColumns(null, null, null, postcode);
    }

    /** @return the index of the first column named like a postcode column (ignoring case), or -1 */
    static int postcodeColumn(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (POSTCODE_NAMES.contains(n) || n.startsWith("postcode")) {
                return i;
            }
        }
        return -1;
    }

    private static CsvPointLocator locator(Path csv, List<String> header, CsvPointOptions options) {
        CoordinateReferenceSystem given = options.read().crs();
        CoordinateReferenceSystem working = options.read().workingCrs();
        if (options.xField() != null || options.yField() != null) {
            if (options.xField() == null || options.yField() == null) {
                throw new InputException(csv, null, "only one of the two coordinate columns was named ("
                        + (options.xField() != null ? "x: " + options.xField() : "y: " + options.yField()) + ")",
                        "Name both the x (easting or longitude) and the y (northing or latitude) column");
            }
            int x = column(csv, header, options.xField(), "x coordinate");
            int y = column(csv, header, options.yField(), "y coordinate");
            CoordinateReferenceSystem implied = impliedCrs(header.get(x), header.get(y), working);
            return CsvPointLocator.coordinates(header, x, y, given != null ? given : implied);
        }
        if (options.postcodeLookup() != null) {
            int pc = options.postcodeField() != null
                    ? column(csv, header, options.postcodeField(), "postcode")
                    : postcodeColumn(header);
            if (pc < 0) {
                throw new InputException(csv, null, "a postcode lookup was given but the file has no postcode column"
                        + " (columns: " + String.join(", ", header) + ")",
                        "Name the column postcode, or say which column holds the postcodes");
            }
            return CsvPointLocator.postcodes(header, pc, PostcodeLookup.read(options.postcodeLookup()));
        }
        for (String[][] pairs : new String[][][] {METRE_PAIRS, LONLAT_PAIRS}) {
            for (String[] pair : pairs) {
                int x = CsvSource.indexOf(header, pair[0]);
                int y = CsvSource.indexOf(header, pair[1]);
                if (x >= 0 && y >= 0) {
                    return CsvPointLocator.coordinates(header, x, y, given != null ? given
                            : pairs == METRE_PAIRS ? CrsGuess.metres(working) : Crs.wgs84());
                }
            }
        }
        boolean hasPostcodes = postcodeColumn(header) >= 0;
        throw new InputException(csv, null, "no coordinate columns found (columns: " + String.join(", ", header) + ")",
                hasPostcodes ? "The file has postcodes: give a postcode lookup file (Code-Point Open) to place them"
                        : "Name the columns easting/northing (metres) or longitude/latitude,"
                        + " or say which columns hold the coordinates");
    }

    private static CoordinateReferenceSystem impliedCrs(String x, String y, CoordinateReferenceSystem working) {
        for (String[] pair : METRE_PAIRS) {
            if (pair[0].equalsIgnoreCase(x) && pair[1].equalsIgnoreCase(y)) {
                return CrsGuess.metres(working);
            }
        }
        for (String[] pair : LONLAT_PAIRS) {
            if (pair[0].equalsIgnoreCase(x) && pair[1].equalsIgnoreCase(y)) {
                return Crs.wgs84();
            }
        }
        return null;
    }

    private static int column(Path csv, List<String> header, String name, String role) {
        int i = CsvSource.indexOf(header, name);
        if (i < 0) {
            throw new InputException(csv, null, "there is no column '" + name + "' for the " + role
                    + " (columns: " + String.join(", ", header) + ")", "Use one of the column names listed");
        }
        return i;
    }

    /** A kept row: its spreadsheet number and the values of its attribute columns (not the coordinates). */
    private record Row(int number, String[] attributes) {
    }

    /** @return the values of a row's attribute columns (not the coordinates) */
    private static Row attributes(CsvSource.Row row, List<String> header, CsvPointLocator locator) {
        String[] attributes = new String[header.size()];
        int a = 0;
        for (int i = 0; i < header.size(); i++) {
            if (!locator.isCoordinateColumn(i)) {
                attributes[a++] = row.values().get(i);
            }
        }
        return new Row(row.number(), a == attributes.length ? attributes : java.util.Arrays.copyOf(attributes, a));
    }

    /**
     * Takes the header, then the rows one by one (streamed from the file, a million rows held only
     * as their attributes and points): each is placed and kept, or given to the bad rows.
     */
    private static final class Rows {
        private final Path csv;
        private final CsvPointOptions options;
        private final boolean decimalComma;
        private final BadRows bad;
        private List<String> header;
        private CsvPointLocator locator;
        private CoordinateReferenceSystem fixedCrs;
        private final List<Row> kept = new ArrayList<>();
        private final List<Coordinate> points = new ArrayList<>();

        Rows(Path csv, CsvPointOptions options, boolean decimalComma, BadRows bad) {
            this.csv = csv;
            this.options = options;
            this.decimalComma = decimalComma;
            this.bad = bad;
        }

        void add(CsvSource.Row row) {
            if (header == null) {
                header = CsvSource.header(csv, row);
                locator = locator(csv, header, options).withDecimalComma(decimalComma);
                fixedCrs = locator.crsGuessed() ? null : locator.crs(List.of(), options.read().workingCrs());
                return;
            }
            String problem = CsvSource.fieldCountProblem(row, header.size());
            Object where = problem == null ? locator.locate(row.values()) : problem;
            if (where instanceof Coordinate c && fixedCrs != null) {
                String outside = locator.rangeProblem(fixedCrs, c);
                where = outside == null ? c : outside;
            }
            if (where instanceof Coordinate c) {
                kept.add(attributes(row, header, locator));
                points.add(c);
            } else {
                bad.add(row.number(), (String) where);
            }
        }
    }

    /**
     * @return the rows whose fields pass the options' filter, before any is
     *     placed, so a row of another area with a blank coordinate is never a bad row; a row with
     *     the wrong number of fields cannot be judged and is kept, to be reported
     */
    private static List<CsvSource.Row> passing(Path csv, List<String> header, CsvPointLocator locator,
                                               List<CsvSource.Row> rows, ReadOptions read, boolean decimalComma) {
        List<CsvSource.Row> whole = rows.stream().filter(r -> CsvSource.fieldCountProblem(r, header.size()) == null)
                .toList();
        Layer fields = build(csv, header, locator, null, whole.stream().map(r -> attributes(r, header, locator)).toList(),
                null, decimalComma);
        Set<String> kept = fields.filter(read.filter()).features().stream().map(SimpleFeature::getID)
                .collect(Collectors.toSet());
        String name = fields.name();
        return rows.stream().filter(r -> CsvSource.fieldCountProblem(r, header.size()) != null
                || kept.contains(name + "." + r.number())).toList();
    }

    /** @param points the rows' points, or null to build the fields alone (no geometry) */
    private static Layer build(Path csv, List<String> header, CsvPointLocator locator, CoordinateReferenceSystem crs,
                               List<Row> rows, List<Coordinate> points, boolean decimalComma) {
        String name = Features.layerName(csv);
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName(name);
        tb.setCRS(crs);
        String geometryName = CsvSource.indexOf(header, "geom") >= 0 ? "geom_point" : "geom";
        tb.add(geometryName, Point.class);
        List<Class<?>> types = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (locator.isCoordinateColumn(i)) {
                continue;
            }
            int col = types.size();
            List<String> values = new java.util.AbstractList<>() {
                @Override
                public String get(int r) {
                    return rows.get(r).attributes()[col];
                }

                @Override
                public int size() {
                    return rows.size();
                }
            };
            Class<?> binding = CsvNumbers.allInteger(values) ? Long.class
                    : CsvNumbers.allNumeric(values, decimalComma) ? Double.class : String.class;
            tb.add(header.get(i), binding);
            types.add(binding);
        }
        tb.setDefaultGeometry(geometryName);
        SimpleFeatureType type = tb.buildFeatureType();
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        List<SimpleFeature> features = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            fb.add(points == null ? null : GEOMETRIES.createPoint(points.get(r)));
            String[] values = rows.get(r).attributes();
            for (int a = 0; a < types.size(); a++) {
                fb.add(typed(values[a], types.get(a), decimalComma));
            }
            features.add(fb.buildFeature(name + "." + rows.get(r).number()));
        }
        return Layer.of(name, type, features).withSource(csv);
    }

    private static Object typed(String text, Class<?> binding, boolean decimalComma) {
        if (text.isBlank()) {
            return null;
        }
        if (binding == Long.class) {
            return Long.parseLong(text.trim().replace("+", ""));
        }
        return binding == Double.class ? CsvNumbers.parse(text, decimalComma) : text;
    }
}
