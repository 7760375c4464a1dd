package org.catchment.siting;

import java.util.List;
import org.catchment.layer.PolygonsOnly;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * A large area (a type's whole service area and the land outside the study area) cut once into
 * square tiles, so that taking it out of many small polygons costs each of them only the tiles
 * it meets, not the whole polygon's vertices. The tiles are quadrants, split again until each
 * holds at most {@value #MAX_VERTICES} vertices (or is {@value #MIN_SIDE_M} m across); they
 * partition each polygon, so subtracting them one after another subtracts the area.
 */
final class TiledArea {

    static final int MAX_VERTICES = 2_000;
    static final double MIN_SIDE_M = 100;

    private final STRtree index = new STRtree();
    private final GeometryFactory factory;

    /**
     * @param areas  the polygons making up the area (may overlap; any may be empty)
     * @param extent an envelope holding every polygon it will be taken out of
     */
    TiledArea(List<Geometry> areas, Envelope extent, GeometryFactory factory) {
        this.factory = factory;
        areas.forEach(a -> cut(a, extent));
        index.build();
    }

    private void cut(Geometry area, Envelope tile) {
        Geometry part = PolygonsOnly.of(OverlayNGRobust.overlay(area, factory.toGeometry(tile), OverlayNG.INTERSECTION),
                factory);
        if (part.isEmpty()) {
            return;
        }
        if (part.getNumPoints() <= MAX_VERTICES || tile.getWidth() <= MIN_SIDE_M) {
            index.insert(part.getEnvelopeInternal(), part);
            return;
        }
        double mx = tile.centre().x;
        double my = tile.centre().y;
        cut(part, new Envelope(tile.getMinX(), mx, tile.getMinY(), my));
        cut(part, new Envelope(mx, tile.getMaxX(), tile.getMinY(), my));
        cut(part, new Envelope(tile.getMinX(), mx, my, tile.getMaxY()));
        cut(part, new Envelope(mx, tile.getMaxX(), my, tile.getMaxY()));
    }

    /** @return {@code g} less the area, polygonal */
    Geometry subtractFrom(Geometry g) {
        Geometry out = g;
        for (Object o : index.query(g.getEnvelopeInternal())) {
            Geometry tile = (Geometry) o;
            if (out.isEmpty()) {
                break;
            }
            if (tile.getEnvelopeInternal().intersects(out.getEnvelopeInternal())) {
                out = PolygonsOnly.of(OverlayNGRobust.overlay(out, tile, OverlayNG.DIFFERENCE), factory);
            }
        }
        return out;
    }
}
