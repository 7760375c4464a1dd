package org.catchment.io.csv;

import java.util.List;
import org.catchment.io.CrsGuess;
import org.catchment.layer.Crs;
import org.catchment.layer.WorkingCrs;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where a CSV row's point comes from: two coordinate columns or a postcode column and a lookup.
 * Used by {@link CsvPointReader} only.
 */
final class CsvPointLocator {

    private final List<String> header;
    private final int x;
    private final int y;
    private final int postcode;
    private final PostcodeLookup lookup;
    private final CoordinateReferenceSystem crs;
    private final boolean decimalComma;
    /** The last CRS whose EPSG code {@link #rangeProblem} looked up, and that code (one lookup per file, not per row). */
    private CoordinateReferenceSystem codeOf;
    private Integer code;

    private CsvPointLocator(List<String> header, int x, int y, int postcode, PostcodeLookup lookup,
                            CoordinateReferenceSystem crs, boolean decimalComma) {
        this.header = header;
        this.x = x;
        this.y = y;
        this.postcode = postcode;
        this.lookup = lookup;
        this.crs = crs;
        this.decimalComma = decimalComma;
    }

    /** @param crs the CRS of the columns, or null to guess it from the values */
    static CsvPointLocator coordinates(List<String> header, int x, int y, CoordinateReferenceSystem crs) {
        return new CsvPointLocator(header, x, y, -1, null, crs, false);
    }

    static CsvPointLocator postcodes(List<String> header, int postcode, PostcodeLookup lookup) {
        return new CsvPointLocator(header, -1, -1, postcode, lookup, PostcodeLookup.crs(), false);
    }

    /** @return a copy that reads "351294,5" as 351294.5 when {@code on} (semicolon-delimited files) */
    CsvPointLocator withDecimalComma(boolean on) {
        return new CsvPointLocator(header, x, y, postcode, lookup, crs, on);
    }

    boolean usesPostcodes() {
        return lookup != null;
    }

    int x() {
        return x;
    }

    int y() {
        return y;
    }

    /** @return true if the column holds a coordinate (it does not become an attribute) */
    boolean isCoordinateColumn(int column) {
        return column == x || column == y;
    }

    /** @return the row's point, or the reason (a String) it has none */
    Object locate(List<String> values) {
        if (lookup != null) {
            String pc = values.get(postcode).trim();
            if (pc.isEmpty()) {
                return "the postcode (column " + header.get(postcode) + ") is blank";
            }
            Coordinate c = lookup.find(pc).orElse(null);
            return c != null ? c : "the postcode '" + pc + "' is not in the postcode lookup "
                    + lookup.file().getFileName();
        }
        double[] xy = new double[2];
        for (int k = 0; k < 2; k++) {
            int col = k == 0 ? x : y;
            String v = values.get(col).trim();
            if (v.isEmpty()) {
                return "the " + header.get(col) + " is blank";
            }
            Double d = CsvNumbers.parse(v, decimalComma);
            if (d == null) {
                return "the " + header.get(col) + " '" + v + "' is not a number";
            }
            xy[k] = d;
        }
        return new Coordinate(xy[0], xy[1]);
    }

    /** @return true if the CRS was not known from the options or column names */
    boolean crsGuessed() {
        return crs == null;
    }

    /**
     * @param workingCrs the working CRS, or null
     * @return the CRS of the points; when unknown, EPSG:4326 if every point fits in degrees, else
     *     the CRS of metres ({@link CrsGuess#metres})
     */
    CoordinateReferenceSystem crs(List<Coordinate> points, CoordinateReferenceSystem workingCrs) {
        if (crs != null) {
            return crs;
        }
        boolean degrees = !points.isEmpty() && points.stream()
                .allMatch(c -> Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90);
        return degrees ? Crs.wgs84() : CrsGuess.metres(workingCrs);
    }

    /**
     * @return why the point cannot be in the CRS, or null when it can: longitude/latitude in a
     *     projected CRS; for British National Grid a point outside its range; for WGS 84 one
     *     beyond -180..180, -90..90
     */
    String rangeProblem(CoordinateReferenceSystem actual, Coordinate c) {
        if (lookup != null) {
            return null;
        }
        Integer code = code(actual);
        if (!Crs.isGeographic(actual) && (code == null || code != WorkingCrs.BRITISH_NATIONAL_GRID)) {
            return Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90 ? "the " + header.get(x) + " " + text(c.x) + " and "
                    + header.get(y) + " " + text(c.y) + " look like longitude/latitude, not metres of " + Crs.label(actual)
                    + " (give the CRS EPSG:4326)" : null;
        }
        if (code != null && code == WorkingCrs.BRITISH_NATIONAL_GRID) {
            if (Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90) {
                return "the " + header.get(x) + " " + text(c.x) + " and " + header.get(y) + " " + text(c.y)
                        + " look like longitude/latitude, not British National Grid metres (give the CRS EPSG:4326)";
            }
            if (c.x < 0 || c.x > 700_000) {
                return "the " + header.get(x) + " " + text(c.x) + " is outside British National Grid (0 to 700000 m)";
            }
            if (c.y < 0 || c.y > 1_300_000) {
                return "the " + header.get(y) + " " + text(c.y) + " is outside British National Grid (0 to 1300000 m)";
            }
        } else if (code != null && code == Crs.WGS84) {
            if (Math.abs(c.x) > 180) {
                return "the " + header.get(x) + " " + text(c.x) + " is not a longitude (-180 to 180)";
            }
            if (Math.abs(c.y) > 90) {
                return "the " + header.get(y) + " " + text(c.y) + " is not a latitude (-90 to 90)";
            }
        }
        return null;
    }

    /** @return the EPSG code of a CRS, looked up once per CRS (rows are many, CRSs one) */
    private Integer code(CoordinateReferenceSystem actual) {
        if (actual != codeOf) {
            codeOf = actual;
            code = Crs.epsgCode(actual);
        }
        return code;
    }

    private static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
