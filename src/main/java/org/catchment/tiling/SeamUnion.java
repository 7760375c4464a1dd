package org.catchment.tiling;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Merges the tiles' polygons: per facility type and band, the union of each tile's disk clipped to
 * its cell. The cells partition the plane, so the pieces meet along the seams without overlapping,
 * and the union dissolves the seams: a catchment or a desert crossing a seam is one polygon again.
 */
public final class SeamUnion {

    private SeamUnion() {
    }

    /**
     * @param parts the tiles' parts, in tile order
     * @return per type, per band, the merged disk
     */
    public static List<List<Geometry>> disks(List<TilePart> parts, GeometryFactory factory) {
        List<List<Geometry>> out = new ArrayList<>();
        if (parts.isEmpty()) {
            return out;
        }
        int types = parts.get(0).types().size();
        for (int k = 0; k < types; k++) {
            int bands = parts.get(0).types().get(k).disks().size();
            List<Geometry> merged = new ArrayList<>();
            for (int b = 0; b < bands; b++) {
                List<Geometry> pieces = new ArrayList<>();
                for (TilePart p : parts) {
                    Geometry g = p.types().get(k).disks().get(b);
                    if (!g.isEmpty()) {
                        pieces.add(g);
                    }
                }
                merged.add(pieces.isEmpty() ? factory.createPolygon() : OverlayNGRobust.union(pieces));
            }
            out.add(merged);
        }
        return out;
    }
}
