package org.catchment.layer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The faces of a JTS {@link Polygonizer} in a form that does not change from run to run. The
 * polygonizer finds its rings by walking a hash set of edges kept by identity, so the order of the
 * faces and the start point of each ring differ between two runs on the same lines. The faces are
 * the same point sets, but what is computed from them need not be: an inward buffer that very
 * nearly vanishes (a street block as deep as the trim distance) vanished in some runs and not in
 * others, and a union of the faces taken in another order rounds its crossing points in another
 * way. Each face is normalized (JTS's canonical start point and orientation of every ring) and the
 * faces are sorted (JTS's geometry order), so the same lines always give the same list.
 */
public final class PolygonizedFaces {

    private PolygonizedFaces() {
    }

    /**
     * @param polygonizer a polygonizer given its lines
     * @return its polygons, normalized and sorted
     */
    public static List<Polygon> of(Polygonizer polygonizer) {
        List<Polygon> faces = new ArrayList<>();
        for (Object p : polygonizer.getPolygons()) {
            faces.add((Polygon) ((Polygon) p).norm());
        }
        Collections.sort(faces);
        return faces;
    }
}
