package org.catchment.tiling;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.PolygonsOnly;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The service-area polygons of a tiled run: per facility type and band, the tiles' polygons (each
 * tile's disk clipped to its cell) side by side in one multi-polygon. The cells partition the
 * plane, so the polygons never overlap and the area is their sum; they are not dissolved across
 * the seams, so no polygon spans more than a tile and putting them together costs nothing.
 */
public final class TileMosaic {

    private TileMosaic() {
    }

    /**
     * @param parts   the tiles' parts, in tile order
     * @param factory the run's geometry factory
     * @return per type, per band, the tiles' polygons side by side (an empty polygon where none)
     */
    public static List<List<Geometry>> disks(List<TilePart> parts, GeometryFactory factory) {
        return mosaic(parts, factory, false);
    }

    /**
     * @param parts   the tiles' parts, in tile order
     * @param factory the run's geometry factory
     * @return per type, per band, each tile's ring (its disk less its disk of the band below, both
     *     within its cell) side by side: the rings of the whole disks, as the cells do not overlap
     */
    public static List<List<Geometry>> rings(List<TilePart> parts, GeometryFactory factory) {
        return mosaic(parts, factory, true);
    }

    private static List<List<Geometry>> mosaic(List<TilePart> parts, GeometryFactory factory, boolean rings) {
        List<List<Geometry>> out = new ArrayList<>();
        if (parts.isEmpty()) {
            return out;
        }
        int types = parts.get(0).types().size();
        for (int k = 0; k < types; k++) {
            int bands = parts.get(0).types().get(k).disks().size();
            List<Geometry> merged = new ArrayList<>();
            for (int b = 0; b < bands; b++) {
                List<Polygon> polygons = new ArrayList<>();
                for (TilePart p : parts) {
                    List<Geometry> disks = p.types().get(k).disks();
                    Geometry g = !rings || b == 0 ? disks.get(b)
                            : OverlayNGRobust.overlay(disks.get(b), disks.get(b - 1), OverlayNG.DIFFERENCE);
                    polygons.addAll(PolygonsOnly.parts(g));
                }
                merged.add(polygons.isEmpty() ? factory.createPolygon()
                        : factory.createMultiPolygon(polygons.toArray(Polygon[]::new)));
            }
            out.add(merged);
        }
        return out;
    }
}
