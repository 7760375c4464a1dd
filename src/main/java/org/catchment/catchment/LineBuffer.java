package org.catchment.catchment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Buffers many short lines by one distance and dissolves the result into one polygon, fast.
 *
 * <p>Buffering thousands of separate edge pieces and unioning the buffers one by one is slow;
 * buffering them all at once makes one huge noding problem. Instead the lines are sorted into
 * square tiles (by the centre of their bounding box), the lines of each tile are merged into the
 * longest possible line strings ({@link LineMerger}) and buffered together, and the tile polygons
 * are dissolved with OverlayNG's unary union. Round caps and joins with 8 segments per quarter
 * circle, as JTS's default.
 */
final class LineBuffer {

    private static final double MIN_TILE_M = 1000;

    private LineBuffer() {
    }

    /**
     * @param lines     the lines
     * @param distanceM the buffer distance, metres
     * @return the dissolved polygon (empty when there are no lines)
     */
    static Geometry buffer(Collection<LineString> lines, double distanceM, GeometryFactory factory) {
        if (lines.isEmpty()) {
            return factory.createPolygon();
        }
        double tile = Math.max(MIN_TILE_M, 10 * distanceM);
        Map<Long, List<LineString>> tiles = new HashMap<>();
        for (LineString line : lines) {
            Envelope e = line.getEnvelopeInternal();
            long tx = (long) Math.floor(e.centre().x / tile);
            long ty = (long) Math.floor(e.centre().y / tile);
            tiles.computeIfAbsent((tx << 32) ^ (ty & 0xffffffffL), k -> new ArrayList<>()).add(line);
        }
        BufferParameters params = new BufferParameters(8, BufferParameters.CAP_ROUND, BufferParameters.JOIN_ROUND,
                BufferParameters.DEFAULT_MITRE_LIMIT);
        List<Geometry> parts = new ArrayList<>(tiles.size());
        tiles.keySet().stream().sorted().forEach(key -> {
            LineMerger merger = new LineMerger();
            merger.add(tiles.get(key));
            @SuppressWarnings("unchecked")
            Collection<LineString> merged = merger.getMergedLineStrings();
            Geometry multi = factory.buildGeometry(merged);
            parts.add(BufferOp.bufferOp(multi, distanceM, params));
        });
        return parts.size() == 1 ? parts.get(0) : OverlayNGRobust.union(parts);
    }
}
