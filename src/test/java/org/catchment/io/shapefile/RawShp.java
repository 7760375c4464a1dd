package org.catchment.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/** Reads the rings of the first polygon record straight from .shp bytes, to check orientation as stored. */
final class RawShp {

    private RawShp() {
    }

    static List<Coordinate[]> polygonRings(byte[] shp) {
        ByteBuffer b = ByteBuffer.wrap(shp).order(ByteOrder.LITTLE_ENDIAN);
        int rec = 100 + 8; // first record's content
        int numParts = b.getInt(rec + 36);
        int numPoints = b.getInt(rec + 40);
        int partsAt = rec + 44;
        int pointsAt = partsAt + 4 * numParts;
        List<Coordinate[]> rings = new ArrayList<>();
        for (int p = 0; p < numParts; p++) {
            int start = b.getInt(partsAt + 4 * p);
            int end = p + 1 < numParts ? b.getInt(partsAt + 4 * (p + 1)) : numPoints;
            Coordinate[] ring = new Coordinate[end - start];
            for (int i = start; i < end; i++) {
                ring[i - start] = new Coordinate(b.getDouble(pointsAt + 16 * i), b.getDouble(pointsAt + 16 * i + 8));
            }
            rings.add(ring);
        }
        return rings;
    }
}
