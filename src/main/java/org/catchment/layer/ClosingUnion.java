package org.catchment.layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.noding.snap.SnappingNoder;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.operation.union.UnionStrategy;

/**
 * The union of polygons that closes gaps narrower than a micrometre: vertices within
 * {@link #SNAP_M} of each other are snapped together (JTS {@code OverlayNG} with a
 * {@code SnappingNoder}, cascaded). Places that meet along a boundary computed twice, in two
 * slightly different ways (the two sides of a tile's seam, or two service areas' edges that should
 * coincide), become one polygon rather than two separated by a sliver of no real width. Areas change
 * by at most the gaps closed. Falls back to the ordinary robust union should snapping fail.
 */
public final class ClosingUnion {

    /** Gaps narrower than this are closed, m. */
    public static final double SNAP_M = 1e-6;

    private static final UnionStrategy SNAPPING = new UnionStrategy() {
        @Override
        public Geometry union(Geometry a, Geometry b) {
            return OverlayNG.overlay(a, b, OverlayNG.UNION, new SnappingNoder(SNAP_M));
        }

        @Override
        public boolean isFloatingPrecision() {
            return true;
        }
    };

    private ClosingUnion() {
    }

    /**
     * @param geometries polygonal geometries (anything else in them is left out)
     * @param factory    makes the result
     * @return their union, polygons only (an empty polygon for none)
     */
    public static Geometry of(Collection<? extends Geometry> geometries, GeometryFactory factory) {
        List<Geometry> polygons = new ArrayList<>();
        geometries.forEach(g -> polygons.addAll(PolygonsOnly.parts(g)));
        if (polygons.isEmpty()) {
            return factory.createPolygon();
        }
        Geometry union;
        try {
            union = CascadedPolygonUnion.union(polygons, SNAPPING);
        } catch (TopologyException e) {
            union = OverlayNGRobust.union(polygons, factory);
        }
        return PolygonsOnly.of(union, factory);
    }
}
