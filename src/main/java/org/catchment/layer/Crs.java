package org.catchment.layer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catchment.CatchmentException;
import org.geotools.api.metadata.extent.GeographicBoundingBox;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;

/**
 * Coordinate reference systems: decoding EPSG codes, recognising {@code .prj} WKT and telling
 * which EPSG code a CRS is.
 *
 * <p>Which CRS an analysis works in is decided by {@link WorkingCrs}. Geographic CRSs are always
 * used in longitude/latitude axis order (GeoTools' strict EPSG:4326 is latitude first). Decoded
 * CRSs are cached because the first use of the EPSG database costs seconds. Areas of use come from
 * the EPSG database ({@link #areaOfUse}).
 *
 * <p>{@code .prj} files written by GDAL and ArcGIS carry no EPSG code, and GeoTools' own lookup
 * is slow and unreliable on them, so {@link #fromWkt(String)} compares the parsed CRS with the
 * few CRSs such data most often comes in and returns the matching EPSG one.
 */
public final class Crs {

    /** WGS 84 longitude/latitude. */
    public static final int WGS84 = 4326;

    /** The CRSs a {@code .prj} without an EPSG code is compared with: British and Irish grids, lon/lat, web Mercator. */
    private static final List<Integer> KNOWN = List.of(WorkingCrs.BRITISH_NATIONAL_GRID, WGS84, 4258, 3857, 29903, 2157);
    private static final Map<Integer, CoordinateReferenceSystem> CACHE = new ConcurrentHashMap<>();
    /** The name of a UTM CRS as GDAL, ESRI and EPSG write it: datum, zone and hemisphere. */
    private static final Pattern UTM_NAME = Pattern.compile("(?i)^(.*?)[ _/]*UTM[ _]zone[ _](\\d{1,2})([NS])\\b");

    private Crs() {
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
        CrsWarmUp.await();
        return CACHE.computeIfAbsent(code, c -> {
            try {
                return CRS.decode("EPSG:" + c, true);
            } catch (FactoryException e) {
                throw new CatchmentException("EPSG:" + c + " is not a known coordinate reference system."
                        + " Give the EPSG code of a CRS, e.g. EPSG:4326 (longitude/latitude) or EPSG:32632 (UTM zone 32N).", e);
            }
        });
    }

    /**
     * Decodes "EPSG:32632", "epsg:4326" or "32632".
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
                    + " Write it as EPSG: and the code, e.g. EPSG:4326 (longitude/latitude) or EPSG:32632 (UTM zone 32N).");
        }
    }

    /**
     * Parses the WKT of a {@code .prj} file or a GeoPackage SRS row.
     *
     * @return the matching EPSG CRS when the WKT describes one of the CRSs British data comes in or
     *     a UTM zone (WGS 84, ETRS89, NAD83, recognised by name and checked), else the parsed CRS as it is
     * @throws FactoryException if the WKT cannot be parsed
     */
    public static CoordinateReferenceSystem fromWkt(String wkt) throws FactoryException {
        CrsWarmUp.await();
        CoordinateReferenceSystem parsed = CRS.parseWKT(wkt.trim());
        for (int code : KNOWN) {
            if (sameAs(parsed, epsg(code))) {
                return epsg(code);
            }
        }
        Integer utm = utmCode(parsed);
        return utm != null && sameAs(parsed, epsg(utm)) ? epsg(utm) : parsed;
    }

    /**
     * @return the EPSG code a UTM CRS's name suggests ("WGS_1984_UTM_Zone_32N": 32632,
     *     "ETRS_1989_UTM_Zone_32N": 25832, "NAD_1983_UTM_Zone_17N": 26917), or null
     */
    private static Integer utmCode(CoordinateReferenceSystem crs) {
        Matcher m = UTM_NAME.matcher(crs.getName().getCode());
        if (!m.find()) {
            return null;
        }
        int zone = Integer.parseInt(m.group(2));
        boolean north = m.group(3).equalsIgnoreCase("N");
        String datum = m.group(1).toUpperCase(Locale.ROOT);
        if (zone < 1 || zone > 60) {
            return null;
        }
        if (datum.contains("WGS")) {
            return (north ? 32600 : 32700) + zone;
        }
        if (datum.contains("ETRS") && north && zone >= 28 && zone <= 38) {
            return 25800 + zone;
        }
        return datum.contains("NAD") && datum.contains("83") && north && zone <= 23 ? 26900 + zone : null;
    }

    /** @return the EPSG code of a CRS, or null if it has none that can be found quickly */
    public static Integer epsgCode(CoordinateReferenceSystem crs) {
        CrsWarmUp.await();
        if (crs == null) {
            return null;
        }
        for (Map.Entry<Integer, CoordinateReferenceSystem> decoded : CACHE.entrySet()) {
            if (crs == decoded.getValue()) {
                return decoded.getKey();
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
        CrsWarmUp.await();
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

    /** @return "EPSG:32632" or the CRS's name when it has no EPSG code */
    public static String label(CoordinateReferenceSystem crs) {
        if (crs == null) {
            return "no CRS";
        }
        Integer code = epsgCode(crs);
        return code != null ? "EPSG:" + code : crs.getName().getCode();
    }

    /** @return "EPSG:32632 (WGS 84 / UTM zone 32N)", or the name alone for a CRS without an EPSG code */
    public static String describe(CoordinateReferenceSystem crs) {
        String label = label(crs);
        String name = crs == null ? null : crs.getName().getCode();
        return name == null || name.equals(label) ? label : label + " (" + name + ")";
    }

    /**
     * @return the CRS's area of use from the EPSG database, in longitude/latitude degrees (x
     *     longitude), or null when the CRS does not say (one parsed from a .prj without a code)
     */
    public static Envelope areaOfUse(CoordinateReferenceSystem crs) {
        CrsWarmUp.await();
        GeographicBoundingBox box = crs == null ? null : CRS.getGeographicBoundingBox(crs);
        if (box == null || Double.isNaN(box.getWestBoundLongitude())) {
            return null;
        }
        return new Envelope(box.getWestBoundLongitude(), box.getEastBoundLongitude(), box.getSouthBoundLatitude(),
                box.getNorthBoundLatitude());
    }

    /** @return an area of use as the messages say it: "6.00°E to 12.00°E, 0.00°N to 84.00°N" */
    public static String describeLonLat(Envelope lonLat) {
        return WorkingCrs.degrees(lonLat.getMinX(), 'E', 'W') + " to " + WorkingCrs.degrees(lonLat.getMaxX(), 'E', 'W')
                + ", " + WorkingCrs.degrees(lonLat.getMinY(), 'N', 'S') + " to "
                + WorkingCrs.degrees(lonLat.getMaxY(), 'N', 'S');
    }

    /**
     * @param extent an extent in {@code crs}
     * @param crs    its CRS (null: the extent is returned as it is)
     * @return the extent in longitude/latitude degrees (its edges transformed point by point, so
     *     that a projected rectangle's curved sides are enclosed); a null envelope when it cannot be
     *     transformed
     */
    public static Envelope lonLatExtent(Envelope extent, CoordinateReferenceSystem crs) {
        CrsWarmUp.await();
        if (crs == null || extent.isNull() || isGeographic(crs) && sameAs(crs, wgs84())) {
            return new Envelope(extent);
        }
        try {
            return new Envelope(new ReferencedEnvelope(extent, crs).transform(wgs84(), true, 10));
        } catch (TransformException | FactoryException | RuntimeException e) {
            return new Envelope();
        }
    }

    /**
     * @param extent an extent in {@code from}
     * @return the envelope of the extent transformed into {@code to} (edges densified as in
     *     {@link #lonLatExtent}), or a null envelope when it cannot be transformed
     */
    public static Envelope transform(Envelope extent, CoordinateReferenceSystem from, CoordinateReferenceSystem to) {
        CrsWarmUp.await();
        if (extent.isNull() || sameAs(from, to)) {
            return new Envelope(extent);
        }
        try {
            return new Envelope(new ReferencedEnvelope(extent, from).transform(to, true, 10));
        } catch (TransformException | FactoryException | RuntimeException e) {
            return new Envelope();
        }
    }

    /** @return the CRS as OGC WKT 1 (for .prj files and GeoPackage SRS rows) */
    public static String wkt(CoordinateReferenceSystem crs) {
        CrsWarmUp.await();
        return crs.toWKT();
    }
}
