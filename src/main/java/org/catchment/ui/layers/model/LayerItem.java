package org.catchment.ui.layers.model;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.render.MapLayer;
import org.catchment.render.Style;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One entry of the layer panel: the map layer to draw, the features behind it (for Identify) and
 * where it came from. Immutable; visibility and style are changed with {@link #withVisible(boolean)}
 * and {@link #withStyle(Style)}.
 *
 * @param id       unique within the session, stable across reordering
 * @param group    where it came from: the analysis's inputs, a run's results, or added by the user
 * @param mapLayer what is drawn (geometries and style)
 * @param source   the features, with attributes; null for a layer drawn from bare geometries
 * @param visible  whether it is drawn
 * @param extent   the extent of the geometries (computed when null; a null envelope for an empty layer)
 */
public record LayerItem(long id, Group group, MapLayer mapLayer, Layer source, boolean visible, Envelope extent) {

    /** Where a layer came from; a new run replaces the {@link #RESULT} layers, opening a file the {@link #INPUT} ones. */
    public enum Group {
        /** Input layers of the open analysis. */
        INPUT,
        /** Result layers of the last run. */
        RESULT,
        /** Layers the user added (File > Add layer, drag and drop). */
        USER
    }

    /** Checks the components and computes a missing extent. */
    public LayerItem {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(mapLayer, "mapLayer");
        if (extent == null) {
            extent = new Envelope();
            for (Geometry g : mapLayer.geometries()) {
                extent.expandToInclude(g.getEnvelopeInternal());
            }
        }
    }

    /** @return a visible layer drawing a map layer, with the features behind it (or null) */
    public static LayerItem of(long id, Group group, MapLayer mapLayer, Layer source) {
        return new LayerItem(id, group, mapLayer, source, true, null);
    }

    /** @return a visible layer drawn from a feature layer's geometries */
    public static LayerItem of(long id, Group group, String name, Layer source, Style style) {
        List<Geometry> geometries = source.features().stream().map(Layer::geometry)
                .filter(g -> g != null && !g.isEmpty()).toList();
        return of(id, group, MapLayer.of(name, geometries, style), source);
    }

    /** @return the name shown in the panel and the legend */
    public String name() {
        return mapLayer.legendLabel();
    }

    /** @return this layer shown or hidden */
    public LayerItem withVisible(boolean shown) {
        return new LayerItem(id, group, mapLayer, source, shown, extent);
    }

    /** @return this layer drawn in another style */
    public LayerItem withStyle(Style style) {
        return new LayerItem(id, group, mapLayer.withStyle(style), source, visible, extent);
    }

    /**
     * @return the kind of geometry drawn: that of the geometries, else the features' declared kind,
     *     else (an empty layer) polygons for a style with a fill or hatch and lines otherwise
     */
    public GeometryKind kind() {
        GeometryKind k = mapLayer.geometryKind();
        if (k == null && source != null) {
            k = source.kind();
        }
        if (k != null) {
            return k;
        }
        Style s = mapLayer.style();
        return s.fill() != null || s.hasHatch() ? GeometryKind.POLYGON : GeometryKind.LINE;
    }

    /** @return the map layer as the renderer should draw it (hidden when not visible) */
    public MapLayer drawn() {
        return mapLayer.withVisible(visible);
    }

    /** @return a copy of the extent of the geometries (a null envelope for an empty layer) */
    public Envelope envelope() {
        return new Envelope(extent);
    }

    /** @return the colour of the panel's swatch: the fill, else the outline, else the hatch, else grey */
    public Color swatch() {
        Style s = mapLayer.style();
        if (s.fill() != null) {
            return s.fill();
        }
        if (s.stroke() != null) {
            return s.stroke();
        }
        return s.hatchColour() != null ? s.hatchColour() : Color.GRAY;
    }
}
