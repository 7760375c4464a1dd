package org.catchment.layer;

import java.util.Collection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.union.UnionStrategy;

/**
 * JTS's robust overlay and union ({@link OverlayNGRobust}), giving exactly its results with less
 * work. OverlayNGRobust first overlays in floating point with a full check of the noding, and only
 * if that check fails tries snapping. Here the first attempt uses the same noding with a check
 * limited to where it can fail ({@link SplitCheckedNoder}, which leaves the last word to JTS's
 * check when its own fails); if the noding is wrong, the whole of OverlayNGRobust runs. The first
 * attempt thus succeeds exactly when OverlayNGRobust's does, with the same noding, so every result
 * is OverlayNGRobust's, vertex for vertex.
 */
public final class Overlays {

    private static final UnionStrategy UNION = new UnionStrategy() {
        @Override
        public Geometry union(Geometry g0, Geometry g1) {
            return overlay(g0, g1, OverlayNG.UNION);
        }

        @Override
        public boolean isFloatingPrecision() {
            return true;
        }
    };

    private Overlays() {
    }

    /**
     * @param opCode an {@link OverlayNG} operation code
     * @return {@code OverlayNGRobust.overlay(a, b, opCode)}
     */
    public static Geometry overlay(Geometry a, Geometry b, int opCode) {
        PrecisionModel pm = a.getFactory().getPrecisionModel();
        if (!pm.isFloating()) {
            return OverlayNGRobust.overlay(a, b, opCode);
        }
        try {
            return OverlayNG.overlay(a, b, opCode, pm, new SplitCheckedNoder());
        } catch (RuntimeException e) {
            return OverlayNGRobust.overlay(a, b, opCode);
        }
    }

    /** @return {@code OverlayNGRobust.union(geometries)} */
    public static Geometry union(Collection<Geometry> geometries) {
        UnaryUnionOp op = new UnaryUnionOp(geometries);
        op.setUnionFunction(UNION);
        return op.union();
    }

    /** @return {@code OverlayNGRobust.union(geometries, factory)}: the factory gives an empty result its type */
    public static Geometry union(Collection<Geometry> geometries, GeometryFactory factory) {
        UnaryUnionOp op = new UnaryUnionOp(geometries, factory);
        op.setUnionFunction(UNION);
        return op.union();
    }
}
