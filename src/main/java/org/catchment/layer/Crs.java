package org.catchment.layer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.catchment.CatchmentException;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.referencing.CRS;

/**
 * Coordinate reference systems: decoding EPSG codes, recognising {@code .prj} WKT and telling
 * which EPSG code a CRS is.
 *
 * <p>EPSG:27700 (British National Grid) is the working CRS. Geographic CRSs are always used in
 * longitude/latitude axis order (GeoTools' strict EPSG:4326 is latitude first). Decoded CRSs are
 * cached because the first use of the EPSG database costs seconds.
 *
 * <p>{@code .prj} files written by GDAL and ArcGIS carry no EPSG code, and GeoTools' own lookup
 * is slow and unreliable on them, so {@link #fromWkt(String)} compares the parsed CRS with the
 * few CRSs British data comes in and returns the matching EPSG one.
 */
public final class Crs {

    /** British National Grid, the working CRS. */
    public static final int BNG = 27700;
    /** WGS 84 longitude/latitude. */
    public static final int WGS84 = 4326;

    private static final List<Integer> KNOWN = List.of(BNG, WGS84, 4258, 3857, 29903, 2157);
    private static final Map<Integer, CoordinateReferenceSystem> CACHE = new ConcurrentHashMap<>();

    private Crs() {
    }

    /** @return EPSG:27700 */
    public static CoordinateReferenceSystem bng() {
        return epsg(BNG);
    }

    /** @return EPSG:4326 in longitude/latitude order */
    public static CoordinateReferenceSystem wgs84() {
        return epsg(WGS84);
    }

    /**
     * @param code an EPSG code
     * @return the CRS, geographic ones in longitude/latitude order
     * @throws CatchmentException if the code is unknown
     */
    public static CoordinateReferenceSystem epsg(int code) {
        return CACHE.computeIfAbsent(code, c -> {
            try {
                return CRS.decode("EPSG:" + c, true);
            } catch (FactoryException e) {
                throw new CatchmentException("EPSG:" + c + " is not a known coordinate reference system."
                        + " Give an EPSG code such as EPSG:27700 (British National Grid).", e);
            }
        });
    }

    /**
     * Decodes "EPSG:27700", "epsg:4326" or "27700".
     *
     * @throws CatchmentException if the text is not an EPSG code
     */
    public static CoordinateReferenceSystem decode(String text) {
        String t = text.trim();
        if (t.regionMatches(true, 0, "EPSG:", 0, 5)) {
            t = t.substring(5).trim();
        }
        try {
            return epsg(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new CatchmentException("'" + text + "' is not an EPSG code."
                    + " Write it as EPSG:27700 (British National Grid) or EPSG:4326 (longitude/latitude).");
        }
    }

    /**
     * Parses the WKT of a {@code .prj} file or a GeoPackage SRS row.
     *
     * @return the matching EPSG CRS when the WKT describes one of the CRSs British data comes in,
     *     else the parsed CRS as it is
     * @throws FactoryException if the WKT cannot be parsed
     */
    public static CoordinateReferenceSystem fromWkt(String wkt) throws FactoryException {
        CoordinateReferenceSystem parsed = CRS.parseWKT(wkt.trim());
        for (int code : KNOWN) {
            if (sameAs(parsed, epsg(code))) {
                return epsg(code);
            }
        }
        return parsed;
    }

    /** @return the EPSG code of a CRS, or null if it has none that can be found quickly */
    public static Integer epsgCode(CoordinateReferenceSystem crs) {
        if (crs == null) {
            return null;
        }
        for (int code : KNOWN) {
            if (crs == epsg(code)) {
                return code;
            }
        }
        try {
            Integer code = CRS.lookupEpsgCode(crs, false);
            if (code != null) {
                return code;
            }
        } catch (FactoryException e) {
            // fall through to the slower comparison
        }
        for (int code : KNOWN) {
            if (sameAs(crs, epsg(code))) {
                return code;
            }
        }
        return null;
    }

    /** @return true if the two CRSs describe the same coordinates (the transform between them is the identity) */
    public static boolean sameAs(CoordinateReferenceSystem a, CoordinateReferenceSystem b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if ((a instanceof GeographicCRS) != (b instanceof GeographicCRS)) {
            return false;
        }
        try {
            MathTransform t = CRS.findMathTransform(a, b, true);
            return t.isIdentity();
        } catch (FactoryException e) {
            return false;
        }
    }

    /** @return true for a geographic (degrees) CRS */
    public static boolean isGeographic(CoordinateReferenceSystem crs) {
        return crs instanceof GeographicCRS;
    }

    /** @return "EPSG:27700" or the CRS's name when it has no EPSG code */
    public static String label(CoordinateReferenceSystem crs) {
        if (crs == null) {
            return "no CRS";
        }
        Integer code = epsgCode(crs);
        return code != null ? "EPSG:" + code : crs.getName().getCode();
    }

    /** @return the CRS as OGC WKT 1 (for .prj files and GeoPackage SRS rows) */
    public static String wkt(CoordinateReferenceSystem crs) {
        return crs.toWKT();
    }
}
