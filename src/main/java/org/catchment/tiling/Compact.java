package org.catchment.tiling;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.util.GeometryEditor;

/**
 * A geometry copied with its coordinates packed two doubles to a vertex: what a tiled run keeps
 * in memory of its finished tiles' polygons until the merge and the export. JTS's default sequence
 * holds a {@code Coordinate} object of three doubles per vertex (about 48 bytes with the
 * reference); the packed copy holds 16, the same x and y to the last bit.
 */
final class Compact {

    private Compact() {
    }

    /** @return the geometry with packed coordinates (x and y; z and m are dropped, as WKB 2-D drops them) */
    static Geometry of(Geometry g) {
        if (g.isEmpty()) {
            return g;
        }
        GeometryEditor editor = new GeometryEditor(g.getFactory());
        editor.setCopyUserData(true);
        return editor.edit(g, new GeometryEditor.CoordinateSequenceOperation() {
            @Override
            public CoordinateSequence edit(CoordinateSequence seq, Geometry geometry) {
                if (seq instanceof PackedCoordinateSequence.Double && seq.getDimension() == 2) {
                    return seq;
                }
                double[] xy = new double[2 * seq.size()];
                for (int i = 0; i < seq.size(); i++) {
                    xy[2 * i] = seq.getX(i);
                    xy[2 * i + 1] = seq.getY(i);
                }
                return new PackedCoordinateSequence.Double(xy, 2, 0);
            }
        });
    }
}
