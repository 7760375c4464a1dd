package org.catchment.io.geopackage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * The GeoPackage binary of a geometry (GeoPackage 1.3, clause 2.1.3): the header ("GP", version
 * 0, flags, the SRS id and the xy envelope, big-endian) followed by the geometry's standard WKB,
 * written straight from JTS. It is the blob NGA's {@code GeoPackageGeometryData} makes from the
 * same WKB (standard binary, not empty, envelope [minx, maxx, miny, maxy], big-endian), byte for
 * byte, without NGA parsing the WKB back into its own geometry and writing it out again, which
 * was about half of the time a large layer's rows took.
 */
final class GeometryBlob {

    /** "GP", version 0. */
    private static final byte[] MAGIC = {0x47, 0x50, 0};
    /** Flags: standard binary, not empty, envelope indicator 1 (minx, maxx, miny, maxy), big-endian. */
    private static final byte FLAGS = 0b0000_0010;
    private static final int HEADER_BYTES = 8 + 4 * Double.BYTES;

    private GeometryBlob() {
    }

    /**
     * @param srsId the table's SRS id
     * @param g     a non-empty geometry
     * @param wkb   a 2D big-endian WKB writer (not shared between threads)
     * @return the blob
     */
    static byte[] of(long srsId, Geometry g, WKBWriter wkb) {
        byte[] body = wkb.write(g);
        Envelope e = g.getEnvelopeInternal();
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + body.length).order(ByteOrder.BIG_ENDIAN);
        out.put(MAGIC).put(FLAGS).putInt((int) srsId);
        out.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        return out.put(body).array();
    }
}
