package org.catchment.render;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.catchment.layer.GeometryKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The immutable geometry list of a {@link MapLayer}, carrying what the renderer computes once
 * per layer and reuses on every pan and zoom: an STRtree of the geometries' envelopes (built on
 * the second query: the first scans them), the layer's extent and kind, and label anchor points.
 * Each is built lazily and is shared by the layer copies the {@code with...} methods make. Thread safe.
 */
final class GeometryList extends AbstractList<Geometry> implements RandomAccess {

    private final Geometry[] items;
    private final Envelope extent;
    private volatile STRtree index;
    private volatile Coordinate[] labelPoints;
    private final java.util.concurrent.atomic.AtomicInteger queries = new java.util.concurrent.atomic.AtomicInteger();

    private GeometryList(Geometry[] items) {
        this.items = items;
        Envelope e = new Envelope();
        for (Geometry g : items) {
            if (g instanceof Point p && !p.isEmpty()) {
                e.expandToInclude(p.getX(), p.getY());
            } else {
                e.expandToInclude(g.getEnvelopeInternal());
            }
        }
        this.extent = e;
    }

    /** @return the list itself when it is already a GeometryList, else an indexed copy (no nulls) */
    static GeometryList of(List<Geometry> geometries) {
        if (geometries instanceof GeometryList gl) {
            return gl;
        }
        Geometry[] copy = geometries.toArray(new Geometry[0]);
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException("geometry " + i + " is null");
            }
        }
        return new GeometryList(copy);
    }

    @Override
    public Geometry get(int i) {
        return items[i];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** @return the union of the geometries' envelopes (null envelope when empty) */
    Envelope extent() {
        return new Envelope(extent);
    }

    /** @return the kind of the first non-empty geometry, or null when there is none or it is mixed */
    GeometryKind kind() {
        for (Geometry g : items) {
            if (!g.isEmpty()) {
                return GeometryKind.of(g);
            }
        }
        return null;
    }

    /**
     * @param window the area to draw, in world units
     * @return the indices of the geometries whose envelopes meet the window, in list order
     */
    int[] query(Envelope window) {
        if (window.contains(extent)) {
            int[] all = new int[items.length];
            Arrays.setAll(all, i -> i);
            return all;
        }
        if (queries.getAndIncrement() == 0 && index == null) {
            return scan(window);
        }
        List<?> hits = index().query(window);
        int[] out = new int[hits.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Integer) hits.get(i);
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * Answers the first query by testing every envelope: a map drawn once (an exported PNG) then
     * never builds the tree, which for a million facilities cost more than drawing them; views
     * drawn again (the app's map) build it on the second query.
     */
    private int[] scan(Envelope window) {
        int[] out = new int[items.length];
        int n = 0;
        for (int i = 0; i < items.length; i++) {
            Geometry g = items[i];
            boolean meets = g instanceof Point p ? !p.isEmpty() && window.intersects(p.getX(), p.getY())
                    : !g.isEmpty() && g.getEnvelopeInternal().intersects(window);
            if (meets) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** @return where geometry i's label goes: an interior point (inside polygons, on lines), null if empty */
    Coordinate labelPoint(int i) {
        Coordinate[] points = labelPoints;
        if (points == null) {
            synchronized (this) {
                if (labelPoints == null) {
                    Coordinate[] p = new Coordinate[items.length];
                    for (int k = 0; k < p.length; k++) {
                        p[k] = items[k].isEmpty() ? null : items[k].getInteriorPoint().getCoordinate();
                    }
                    labelPoints = p;
                }
                points = labelPoints;
            }
        }
        return points[i];
    }

    private STRtree index() {
        STRtree tree = index;
        if (tree == null) {
            synchronized (this) {
                if (index == null) {
                    STRtree t = new STRtree();
                    for (int i = 0; i < items.length; i++) {
                        if (!items[i].isEmpty()) {
                            t.insert(items[i].getEnvelopeInternal(), i);
                        }
                    }
                    t.build();
                    index = t;
                }
                tree = index;
            }
        }
        return tree;
    }
}
