package org.catchment.layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
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
 *
 * <p>The polygons are usually the pieces of a partition (the desert places of a served surface,
 * each tile's part of a desert), which meet along shared edges and overlap, if at all, by rounding.
 * Such a coverage is noded once, all together, as JTS's coverage union does (an edge two pieces
 * share is walked both ways and drops out), instead of cascading pairwise unions that node the
 * largest piece again at every level: half the time or less on a tile's desert places. The result
 * is taken only if it is valid and its area is the pieces' summed area to within the gaps that
 * snapping may close (the snap distance times the pieces' boundary length); polygons that
 * overlap fail that test and are unioned pairwise, as are all should snapping fail.
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
        List<Polygon> polygons = new ArrayList<>();
        geometries.forEach(g -> polygons.addAll(PolygonsOnly.parts(g)));
        if (polygons.isEmpty()) {
            return factory.createPolygon();
        }
        Geometry union = polygons.size() > 1 ? asCoverage(polygons, factory) : null;
        if (union != null) {
            return union;
        }
        List<Geometry> pieces = Collections.unmodifiableList(polygons);
        try {
            union = CascadedPolygonUnion.union(pieces, SNAPPING);
        } catch (TopologyException e) {
            union = OverlayNGRobust.union(pieces, factory);
        }
        return PolygonsOnly.of(union, factory);
    }

    /**
     * @param polygons at least two polygons
     * @return their union noded all at once, or null if they do not form a coverage (the result is
     *     invalid or its area is not theirs) or snapping fails
     */
    private static Geometry asCoverage(List<Polygon> polygons, GeometryFactory factory) {
        Geometry rest = factory.createMultiPolygon(polygons.subList(1, polygons.size()).toArray(new Polygon[0]));
        Geometry union;
        try {
            union = PolygonsOnly.of(OverlayNG.overlay(rest, polygons.get(0), OverlayNG.UNION, new SnappingNoder(SNAP_M)),
                    factory);
        } catch (TopologyException e) {
            return null;
        }
        double area = 0;
        double boundary = 0;
        for (Polygon p : polygons) {
            area += p.getArea();
            boundary += p.getLength();
        }
        return Math.abs(union.getArea() - area) <= SNAP_M * boundary && union.isValid() ? union : null;
    }
}
