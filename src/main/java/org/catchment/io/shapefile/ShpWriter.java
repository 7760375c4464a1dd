package org.catchment.io.shapefile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes the {@code .shp} and {@code .shx} of a 2D shapefile (POINT, MULTIPOINT, POLYLINE,
 * POLYGON; z values are dropped) as the ESRI specification lays them out.
 *
 * <p>Written here rather than through the H2GIS driver because its polygon writer miscounts the
 * rings of a polygon with more than one part, so the record lengths and the index it writes are
 * wrong for every multipolygon. Polygons must arrive oriented (outer rings clockwise).
 */
final class ShpWriter {

    /** ESRI shape type codes. */
    static final int POINT = 1;
    static final int POLYLINE = 3;
    static final int POLYGON = 5;
    static final int MULTIPOINT = 8;

    private static final int HEADER_BYTES = 100;

    private ShpWriter() {
    }

    /** Writes {@code shp} and {@code shx}; every geometry must be non-empty and match the type. */
    static void write(Path shp, Path shx, int shapeType, List<Geometry> geometries) throws IOException {
        List<byte[]> contents = new ArrayList<>(geometries.size());
        Envelope box = new Envelope();
        for (Geometry g : geometries) {
            contents.add(content(shapeType, g));
            box.expandToInclude(g.getEnvelopeInternal());
        }
        long shpBytes = HEADER_BYTES;
        for (byte[] c : contents) {
            shpBytes += 8 + c.length;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(shp))) {
            out.write(header(shapeType, shpBytes, box));
            int number = 1;
            for (byte[] c : contents) {
                out.write(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(number++).putInt(c.length / 2).array());
                out.write(c);
            }
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(shx))) {
            out.write(header(shapeType, HEADER_BYTES + 8L * contents.size(), box));
            long offset = HEADER_BYTES;
            for (byte[] c : contents) {
                out.write(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN)
                        .putInt((int) (offset / 2)).putInt(c.length / 2).array());
                offset += 8 + c.length;
            }
        }
    }

    private static byte[] header(int shapeType, long fileBytes, Envelope box) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
        b.putInt(0, 9994);
        b.putInt(24, (int) (fileBytes / 2));
        b.order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(28, 1000);
        b.putInt(32, shapeType);
        if (!box.isNull()) {
            b.putDouble(36, box.getMinX()).putDouble(44, box.getMinY())
                    .putDouble(52, box.getMaxX()).putDouble(60, box.getMaxY());
        }
        return b.array();
    }

    private static byte[] content(int shapeType, Geometry g) {
        if (shapeType == POINT) {
            Point p = (Point) g;
            return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(POINT).putDouble(p.getX()).putDouble(p.getY()).array();
        }
        if (shapeType == MULTIPOINT) {
            Coordinate[] pts = g.getCoordinates();
            ByteBuffer b = ByteBuffer.allocate(40 + 16 * pts.length).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(MULTIPOINT);
            box(b, g.getEnvelopeInternal());
            b.putInt(pts.length);
            for (Coordinate c : pts) {
                b.putDouble(c.x).putDouble(c.y);
            }
            return b.array();
        }
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                parts.add(poly.getExteriorRing().getCoordinates());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    parts.add(poly.getInteriorRingN(h).getCoordinates());
                }
            } else {
                parts.add(((LineString) part).getCoordinates());
            }
        }
        int points = parts.stream().mapToInt(p -> p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(shapeType);
        box(b, g.getEnvelopeInternal());
        b.putInt(parts.size()).putInt(points);
        int start = 0;
        for (Coordinate[] p : parts) {
            b.putInt(start);
            start += p.length;
        }
        for (Coordinate[] p : parts) {
            for (Coordinate c : p) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }

    private static void box(ByteBuffer b, Envelope e) {
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }
}
