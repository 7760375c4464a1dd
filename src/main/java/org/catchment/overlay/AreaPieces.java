package org.catchment.overlay;

import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.PolygonsOnly;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A large polygonal area (a band area, the union of the deserts) cut once into pieces of bounded
 * size, so that overlaying it with many small geometries (zones) costs per geometry in proportion
 * to the area's complexity near it, not to the whole area.
 *
 * <p>Why: a JTS overlay or prepared-geometry test against the whole area reads all of it each
 * time (the overlay's elevation model scans every coordinate of 3-D sequences, its ring clipping
 * is linear in the rings' size, and a prepared polygon's intersects/covers test visits one point
 * of every ring), so a study area's worth of zones against study-area-sized bands costs zones ×
 * band vertices.
 *
 * <p>Method: an area of at most {@value #MAX_PIECE_VERTICES} vertices is one piece, itself.
 * A larger one is cut into the four quadrants of its envelope, recursively, until each part has
 * at most that many vertices (at most {@value #MAX_DEPTH} levels), and each polygon of a part is
 * a piece. The quadrants partition the plane, so the pieces partition the area: they do not
 * overlap and their union is the area (to the rounding of the cut points on the quadrant lines).
 * The pieces are held in an STR-tree; a query overlays only the pieces whose envelope meets the
 * geometry's.
 */
public final class AreaPieces {

    /** An area this small is one piece; larger areas are cut until every piece is this small. */
    static final int MAX_PIECE_VERTICES = 2_000;
    /** At most 4^12 quadrants, whatever the vertex count. */
    private static final int MAX_DEPTH = 12;

    private final GeometryFactory factory;
    private final List<Geometry> pieces;
    private final List<PreparedGeometry> prepared;
    private final STRtree index = new STRtree();

    private AreaPieces(GeometryFactory factory, List<Geometry> pieces) {
        this.factory = factory;
        this.pieces = List.copyOf(pieces);
        this.prepared = this.pieces.stream().map(PreparedGeometryFactory::prepare).toList();
        for (int i = 0; i < this.pieces.size(); i++) {
            index.insert(this.pieces.get(i).getEnvelopeInternal(), i);
        }
        index.build();
    }

    /**
     * @param area a valid polygonal area, may be empty; lines and points in it are left out
     * @return the area cut into pieces (none for an empty area)
     */
    public static AreaPieces of(Geometry area) {
        List<Geometry> out = new ArrayList<>();
        // only the polygons: a band made by an overlay may also hold lines and points where its
        // parts touch, which have no area and which an overlay refuses in a mixed collection
        Geometry polygons = PolygonsOnly.of(area, area.getFactory());
        if (!polygons.isEmpty()) {
            if (polygons.getNumPoints() <= MAX_PIECE_VERTICES) {
                out.add(polygons);
            } else {
                cut(polygons, 0, out);
            }
        }
        return new AreaPieces(area.getFactory(), out);
    }

    private static void cut(Geometry part, int depth, List<Geometry> out) {
        Envelope e = part.getEnvelopeInternal();
        if (part.getNumPoints() <= MAX_PIECE_VERTICES || depth >= MAX_DEPTH || e.getWidth() == 0 || e.getHeight() == 0) {
            out.addAll(PolygonsOnly.parts(part));
            return;
        }
        double midX = (e.getMinX() + e.getMaxX()) / 2;
        double midY = (e.getMinY() + e.getMaxY()) / 2;
        for (Envelope q : new Envelope[] {new Envelope(e.getMinX(), midX, e.getMinY(), midY),
                new Envelope(midX, e.getMaxX(), e.getMinY(), midY), new Envelope(e.getMinX(), midX, midY, e.getMaxY()),
                new Envelope(midX, e.getMaxX(), midY, e.getMaxY())}) {
            Geometry clipped = Polygons.intersection(part, part.getFactory().toGeometry(q));
            if (!clipped.isEmpty()) {
                cut(clipped, depth + 1, out);
            }
        }
    }

    /** @return how many pieces the area was cut into */
    int size() {
        return pieces.size();
    }

    /** @return the pieces, in a fixed order */
    List<Geometry> pieces() {
        return pieces;
    }

    /** @return the indices of the pieces whose envelope meets {@code e}, ascending */
    private List<Integer> near(Envelope e) {
        List<Integer> out = new ArrayList<>();
        for (Object o : index.query(e)) {
            out.add((Integer) o);
        }
        out.sort(null);
        return out;
    }

    /**
     * The part of a polygonal geometry inside the area: {@code g} itself when one piece covers it
     * (so the whole area covers it), else the union of {@code g} ∩ piece over the pieces it meets.
     *
     * @param g a valid polygonal geometry
     * @return the area ∩ {@code g}, polygonal (an empty polygon when they do not overlap)
     */
    public Geometry intersection(Geometry g) {
        List<Geometry> parts = new ArrayList<>();
        for (int i : near(g.getEnvelopeInternal())) {
            PreparedGeometry p = prepared.get(i);
            if (!p.intersects(g)) {
                continue;
            }
            if (p.covers(g)) {
                return g;
            }
            Geometry part = Polygons.intersection(g, pieces.get(i));
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return factory.createPolygon();
        }
        return parts.size() == 1 ? parts.get(0) : Polygons.union(parts, factory);
    }

    /**
     * @param g a valid polygonal geometry
     * @return the area of area ∩ {@code g}: the sum over the pieces, with no union
     */
    double intersectionArea(Geometry g) {
        double sum = 0;
        for (int i : near(g.getEnvelopeInternal())) {
            PreparedGeometry p = prepared.get(i);
            if (!p.intersects(g)) {
                continue;
            }
            if (p.covers(g)) {
                return g.getArea();
            }
            sum += Polygons.intersection(g, pieces.get(i)).getArea();
        }
        return sum;
    }
}
