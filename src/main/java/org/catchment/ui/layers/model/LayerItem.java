package org.catchment.ui.layers.model;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.catchment.export.FieldClasses;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.render.MapLayer;
import org.catchment.render.Style;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One entry of the layer panel: the map layer to draw, the features behind it (for Identify) and
 * where it came from. Immutable; visibility and style are changed with {@link #withVisible(boolean)}
 * and {@link #withStyle(Style)}, a style by field with {@link #withClasses(FieldClasses)} (the
 * layer is then drawn class by class over its own style).
 *
 * @param id       unique within the session, stable across reordering
 * @param group    where it came from: the analysis's inputs, a run's results, or added by the user
 * @param mapLayer what is drawn (geometries and style)
 * @param source   the features, with attributes; null for a layer drawn from bare geometries
 * @param visible  whether it is drawn
 * @param extent   the extent of the geometries (computed when null; a null envelope for an empty layer)
 * @param classified the layer's style by field and its class layers, or null for its single style
 */
public record LayerItem(long id, Group group, MapLayer mapLayer, Layer source, boolean visible, Envelope extent,
                        Classified classified) {

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

    /** A layer in its own single style. */
    public LayerItem(long id, Group group, MapLayer mapLayer, Layer source, boolean visible, Envelope extent) {
        this(id, group, mapLayer, source, visible, extent, null);
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
        return new LayerItem(id, group, mapLayer, source, shown, extent, classified);
    }

    /** @return this layer drawn in another style (under its classes, when styled by a field) */
    public LayerItem withStyle(Style style) {
        return new LayerItem(id, group, mapLayer.withStyle(style), source, visible, extent,
                classified == null ? null : classified.withBase(style, kind()));
    }

    /**
     * @param classes the classes of this layer's features, or null for its single style again
     * @return this layer drawn class by class
     * @throws IllegalArgumentException when it has no features or does not draw them one by one
     */
    public LayerItem withClasses(FieldClasses classes) {
        if (classes != null && (source == null || kind() == null)) {
            throw new IllegalArgumentException(name() + " has no fields to style by");
        }
        return new LayerItem(id, group, mapLayer, source, visible, extent,
                classes == null ? null : Classified.of(classes, mapLayer, source, kind()));
    }

    /** @return the classes of its style by field, or null */
    public FieldClasses classes() {
        return classified == null ? null : classified.classes();
    }

    /** @return true when the layer can be styled by a field: it draws features, one by one */
    public boolean canStyleByField() {
        return source != null && !source.isEmpty() && source.kind() != null
                && source.features().stream().filter(f -> Layer.geometry(f) != null && !Layer.geometry(f).isEmpty())
                .count() == mapLayer.geometries().size();
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

    /** @return the map layer as the renderer should draw it (hidden when not visible), its own style */
    public MapLayer drawn() {
        return mapLayer.withVisible(visible);
    }

    /** @return the map layers as the renderer draws them: the layer itself, or its classes highest first */
    public List<MapLayer> drawnLayers() {
        return classified == null ? List.of(drawn()) : classified.drawn(visible);
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
