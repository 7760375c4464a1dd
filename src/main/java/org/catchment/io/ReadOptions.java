package org.catchment.io;

import java.nio.charset.Charset;
import org.geotools.api.filter.Filter;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * How to read one layer file. Immutable; {@code with...} methods return a modified copy.
 *
 * @param crs         the CRS to assume when the file does not say (no {@code .prj}, a CSV); null:
 *                    coordinates in metres are taken to be in the working CRS, degrees are
 *                    longitude/latitude, and the reader warns when it had to guess
 * @param encoding    the text encoding of a DBF or CSV, overriding a {@code .cpg}; null: the file's
 *                    own {@code .cpg}, else UTF-8 for CSV and Windows-1252 for DBF
 * @param table       the GeoPackage table to read; null: the only feature table, or an error naming
 *                    the tables when there are several
 * @param badRows     what to do with a row or feature that cannot be used
 * @param extent      read only the features whose envelope intersects this rectangle, given in the
 *                    working CRS; null: read every feature. Shapefiles and GeoPackages already in
 *                    the working CRS skip the other records before building them (by the record's
 *                    bounding box, or the table's R-tree); other files are read whole and filtered
 *                    once in the working CRS, so the features kept are the same either way. Needs
 *                    a working CRS
 * @param filter      keep only the features whose fields pass this filter; null: every feature. A
 *                    CSV applies it to the rows' fields before placing them, so a row it leaves out
 *                    is never a bad row (a blank coordinate in another area's row); the other
 *                    formats apply it to the features read
 * @param workingCrs  the CRS every layer is returned in (the analysis's working CRS, see
 *                    {@link org.catchment.layer.WorkingCrs}); null: the {@code auto} rule applied to
 *                    this layer alone (for a layer read on its own, as the desktop app's first layer)
 */
public record ReadOptions(CoordinateReferenceSystem crs, Charset encoding, String table, BadRowPolicy badRows,
                          Envelope extent, Filter filter, CoordinateReferenceSystem workingCrs) {

    public ReadOptions {
        extent = extent == null ? null : new Envelope(extent);
        if (extent != null && workingCrs == null) {
            throw new IllegalArgumentException("an extent is given in the working CRS: give the working CRS too");
        }
    }

    /** What a reader does with a row or feature it cannot use. */
    public enum BadRowPolicy {
        /** Stop with an error naming the row. */
        FAIL,
        /** Leave the row out and report it as a warning on the layer. */
        SKIP
    }

    /**
     * The defaults: CRS from the file, encoding from the file, bad rows are errors, every feature,
     * the working CRS chosen from the layer itself ({@code auto}).
     */
    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null, BadRowPolicy.FAIL, null, null, null);
    }

    /** @return the defaults, returning the layer in {@code workingCrs} */
    public static ReadOptions in(CoordinateReferenceSystem workingCrs) {
        return defaults().withWorkingCrs(workingCrs);
    }

    public ReadOptions withCrs(CoordinateReferenceSystem newCrs) {
        return new ReadOptions(newCrs, encoding, table, badRows, extent, filter, workingCrs);
    }

    public ReadOptions withEncoding(Charset newEncoding) {
        return new ReadOptions(crs, newEncoding, table, badRows, extent, filter, workingCrs);
    }

    public ReadOptions withTable(String newTable) {
        return new ReadOptions(crs, encoding, newTable, badRows, extent, filter, workingCrs);
    }

    public ReadOptions withBadRows(BadRowPolicy policy) {
        return new ReadOptions(crs, encoding, table, policy, extent, filter, workingCrs);
    }

    /** @return these options reading only the features whose envelope meets {@code workingExtent} (in the working CRS) */
    public ReadOptions withExtent(Envelope workingExtent) {
        return new ReadOptions(crs, encoding, table, badRows, workingExtent, filter, workingCrs);
    }

    /** @return these options keeping only the features whose fields pass {@code rows} (null: all) */
    public ReadOptions withFilter(Filter rows) {
        return new ReadOptions(crs, encoding, table, badRows, extent, rows, workingCrs);
    }

    /** @return these options returning the layer in {@code newWorkingCrs} (null: chosen from the layer) */
    public ReadOptions withWorkingCrs(CoordinateReferenceSystem newWorkingCrs) {
        return new ReadOptions(crs, encoding, table, badRows, extent, filter, newWorkingCrs);
    }
}
