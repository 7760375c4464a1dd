package org.catchment.servicearea;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The part of the map whose service-area polygons are wanted, when that is less than everything
 * the search reached: a tile of a tiled run keeps only its cell of each polygon, but reaches over
 * its whole halo. {@link LineBuffer} then draws only what can touch the window.
 *
 * <p>What is left out, and why the polygon is the same point set inside the window: the filled
 * blocks and the lines to buffer are found from all the reached lines, as without a window
 * ({@link CoveredFaces}), and the lines are grouped into the same tiles, each merged and buffered
 * as before; only a tile none of whose lines has its envelope within twice the trim distance of
 * the window is not buffered, and the filled blocks are cut to the window's envelope widened by
 * twice the trim distance. A buffer lies within the trim distance of its lines (JTS puts every
 * vertex of a buffer at that distance and joins them by chords, which lie inside), so a tile left
 * out misses the window (the second trim distance a margin for rounding); every part that can
 * reach the window is the same polygon, with the same vertices, as without one, so their union
 * differs there only by the rounding of the points where outlines cross (the union is made of
 * fewer parts, in another order), far below a millimetre. A facility area (served whole) whose
 * envelope misses the window is left out as well.
 */
public final class PolygonWindow {

    private final Geometry area;
    private final Envelope envelope;
    private final PreparedGeometry prepared;

    private PolygonWindow(Geometry area) {
        this.area = area;
        this.envelope = new Envelope(area.getEnvelopeInternal());
        this.prepared = area instanceof Polygonal ? PreparedGeometryFactory.prepare(area) : null;
    }

    /**
     * @param area the area whose polygons are wanted (a polygon or multipolygon; any other geometry
     *             counts by its envelope)
     * @return the window of that area
     */
    public static PolygonWindow of(Geometry area) {
        return new PolygonWindow(area);
    }

    /** @return the area whose polygons are wanted */
    public Geometry area() {
        return area;
    }

    /**
     * @param lines  the lines of one tile of {@link LineBuffer}, buffered together
     * @param trimM  the trim (buffer) distance, metres
     * @return true if the buffer of some line can meet the window
     */
    boolean anyNear(List<LineString> lines, double trimM) {
        for (LineString line : lines) {
            if (meets(line.getEnvelopeInternal(), 2 * trimM)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param filled the filled blocks of {@link CoveredFaces} (polygons)
     * @param trimM  the trim (buffer) distance, metres
     * @return their parts within the window's envelope widened by twice the trim distance: the same
     *     points there, with the vertices they had
     */
    List<Geometry> cut(List<Geometry> filled, double trimM) {
        Envelope near = new Envelope(envelope);
        near.expandBy(2 * trimM);
        Geometry box = area.getFactory().toGeometry(near);
        List<Geometry> out = new ArrayList<>();
        for (Geometry f : filled) {
            if (near.contains(f.getEnvelopeInternal())) {
                out.add(f);
            } else if (near.intersects(f.getEnvelopeInternal())) {
                List<Polygon> polygons = new ArrayList<>();
                PolygonExtracter.getPolygons(OverlayNGRobust.overlay(f, box, OverlayNG.INTERSECTION), polygons);
                if (!polygons.isEmpty()) {
                    out.add(area.getFactory().buildGeometry(polygons));
                }
            }
        }
        return out;
    }

    /**
     * @param areas facility areas, served whole, in order
     * @return the areas that meet the window, in the same order
     */
    List<Geometry> near(List<Geometry> areas) {
        return areas.stream().filter(a -> meets(a.getEnvelopeInternal(), 0)).toList();
    }

    /** @return true if the envelope widened by {@code reach} meets the window */
    boolean meets(Envelope e, double reach) {
        Envelope widened = new Envelope(e);
        widened.expandBy(reach);
        if (!widened.intersects(envelope)) {
            return false;
        }
        return prepared == null || prepared.intersects(area.getFactory().toGeometry(widened));
    }
}
