package org.catchment.ui.layers.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.catchment.analysis.MapSpec;
import org.catchment.export.FieldClasses;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.layer.Reprojector;
import org.catchment.render.MapDocument;
import org.catchment.render.MapLayer;
import org.catchment.render.Style;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * The layer panel's view model: an ordered list, top of the panel first (drawn last, on top of the
 * others), with visibility, style, reordering and removal, and the {@link MapDocument} the map view
 * draws. Listeners hear about every change. Belongs to the FX thread.
 *
 * <p>Each layer's original style (the one it was added with) is kept for "Reset". A style the
 * user gives a result layer, and its style by field, are remembered by the layer's name for the
 * session, and given again to the layer of that name when a new run replaces the results.
 *
 * <p>The map has one CRS ({@link #crs()}): the open analysis's working CRS, which its input layers
 * arrive in, or, before any analysis, that of the first layer added (chosen from it as the
 * {@code auto} rule chooses). When an analysis's inputs arrive in another CRS, the user's layers
 * are reprojected into it.
 */
public final class LayerListModel {

    /** The area shown for an empty map, which has no CRS yet: 10 km by 7 km. */
    public static final Envelope EMPTY_EXTENT = new Envelope(0, 10_000, 0, 7_000);

    private final List<LayerItem> items = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Style> originalStyles = new HashMap<>();
    private final Map<String, Style> resultStyles = new HashMap<>();
    private final Map<String, MapSpec.FieldStyleSpec> resultFieldStyles = new HashMap<>();
    private CoordinateReferenceSystem crs;

    /** @return the map's CRS, which layers added are read into; null before the first layer */
    public CoordinateReferenceSystem crs() {
        return crs;
    }

    /** @param listener called after every change */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** @return the layers, top of the panel (drawn last) first */
    public List<LayerItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** @return a fresh layer id */
    public long nextId() {
        return ids.incrementAndGet();
    }

    /** Adds a layer from features on top of the others and returns it. */
    public LayerItem add(LayerItem.Group group, String name, Layer source, Style style) {
        LayerItem item = LayerItem.of(nextId(), group, name, source, style);
        add(item);
        return item;
    }

    /** Adds a layer on top of the others (reprojected into the map's CRS; the first layer sets it). */
    public void add(LayerItem item) {
        if (crs == null) {
            crs = crsOf(item);
        }
        items.add(0, adopt(inMapCrs(item)));
        changed();
    }

    /**
     * Replaces every layer of a group, keeping the other groups. New layers go on top of the
     * panel, in the order given (first given on top). A new result layer named like one the user
     * styled gets that style.
     */
    public void replaceGroup(LayerItem.Group group, List<LayerItem> layers) {
        items.removeIf(i -> i.group() == group);
        CoordinateReferenceSystem incoming = layers.stream().map(LayerListModel::crsOf).filter(c -> c != null)
                .findFirst().orElse(null);
        if (group == LayerItem.Group.INPUT && incoming != null && !Crs.sameAs(incoming, crs)) {
            crs = incoming;
            items.replaceAll(this::inMapCrs);
        } else if (crs == null) {
            crs = incoming;
        }
        items.addAll(0, layers.stream().map(this::inMapCrs).map(this::adopt).toList());
        forgetRemoved();
        changed();
    }

    /** Removes a layer. */
    public void remove(long id) {
        if (items.removeIf(i -> i.id() == id)) {
            forgetRemoved();
            changed();
        }
    }

    /**
     * Draws a layer in another style (the map re-renders, the legend and swatch follow). For a
     * result layer the style is remembered by name for later runs; its original style forgets it.
     */
    public void setStyle(long id, Style style) {
        int i = indexOf(id);
        if (i < 0 || items.get(i).mapLayer().style().equals(style)) {
            return;
        }
        LayerItem item = items.get(i).withStyle(style);
        items.set(i, item);
        if (item.group() == LayerItem.Group.RESULT) {
            if (style.equals(originalStyles.get(id))) {
                resultStyles.remove(item.name());
            } else {
                resultStyles.put(item.name(), style);
            }
        }
        changed();
    }

    /**
     * Draws a layer class by class by the values of a field (a choropleth), or in its single style
     * again. For a result layer the style is remembered by name for later runs.
     *
     * @param spec the style by field, or null for none
     * @throws IllegalArgumentException naming what is wrong (no such field, text where classes need
     *     numbers, a layer without features); the layer is left as it was
     */
    public void setFieldStyle(long id, MapSpec.FieldStyleSpec spec) {
        int i = indexOf(id);
        if (i < 0) {
            return;
        }
        LayerItem item = items.get(i);
        if (spec != null && !item.canStyleByField()) {
            throw new IllegalArgumentException(item.name() + " has no features of its own to style by a field");
        }
        items.set(i, item.withClasses(spec == null ? null : FieldClasses.of(item.source(), spec)));
        if (item.group() == LayerItem.Group.RESULT) {
            if (spec == null) {
                resultFieldStyles.remove(item.name());
            } else {
                resultFieldStyles.put(item.name(), spec);
            }
        }
        changed();
    }

    /** @return the style by field of a layer, or null for none (or no such layer) */
    public MapSpec.FieldStyleSpec fieldStyle(long id) {
        LayerItem item = get(id);
        return item == null || item.classes() == null ? null : item.classes().spec();
    }

    /** @return the style the layer was added with (what "Reset" goes back to), or null for no such layer */
    public Style originalStyle(long id) {
        return get(id) == null ? null : originalStyles.get(id);
    }

    /** @return the CRS of a layer's features, or null for one drawn from bare geometries */
    private static CoordinateReferenceSystem crsOf(LayerItem item) {
        return item.source() == null ? null : item.source().crs();
    }

    /** @return the layer in the map's CRS: reprojected when its features are in another one */
    private LayerItem inMapCrs(LayerItem item) {
        CoordinateReferenceSystem own = crsOf(item);
        if (own == null || crs == null || Crs.sameAs(own, crs)) {
            return item;
        }
        Layer moved = Reprojector.toCrs(item.source(), crs);
        LayerItem again = LayerItem.of(item.id(), item.group(), item.name(), moved, item.mapLayer().style())
                .withVisible(item.visible());
        return item.classes() == null ? again : again.withClasses(FieldClasses.of(moved, item.classes().spec()));
    }

    private LayerItem adopt(LayerItem item) {
        originalStyles.put(item.id(), item.mapLayer().style());
        if (item.group() != LayerItem.Group.RESULT) {
            return item;
        }
        Style user = resultStyles.get(item.name());
        LayerItem styled = user == null ? item : item.withStyle(user);
        MapSpec.FieldStyleSpec byField = resultFieldStyles.get(item.name());
        try {
            return byField == null || !styled.canStyleByField() ? styled
                    : styled.withClasses(FieldClasses.of(styled.source(), byField));
        } catch (IllegalArgumentException noLonger) {
            return styled;
        }
    }

    private void forgetRemoved() {
        originalStyles.keySet().removeIf(id -> indexOf(id) < 0);
    }

    /** Shows or hides a layer. */
    public void setVisible(long id, boolean visible) {
        int i = indexOf(id);
        if (i >= 0 && items.get(i).visible() != visible) {
            items.set(i, items.get(i).withVisible(visible));
            changed();
        }
    }

    /** Moves a layer to another panel position (0 = top), as a drag in the panel does. */
    public void move(long id, int toIndex) {
        int from = indexOf(id);
        if (from < 0) {
            return;
        }
        int to = Math.max(0, Math.min(items.size() - 1, toIndex));
        if (to != from) {
            items.add(to, items.remove(from));
            changed();
        }
    }

    /**
     * Puts the layers in a new order at once.
     *
     * @param idsTopFirst every layer's id, top of the panel first
     * @throws IllegalArgumentException when the ids are not those of the layers
     */
    public void setOrder(List<Long> idsTopFirst) {
        List<LayerItem> reordered = new ArrayList<>(items.size());
        for (long id : idsTopFirst) {
            LayerItem item = get(id);
            if (item == null || reordered.contains(item)) {
                throw new IllegalArgumentException("not an order of the layers: " + idsTopFirst);
            }
            reordered.add(item);
        }
        if (reordered.size() != items.size()) {
            throw new IllegalArgumentException("not an order of the layers: " + idsTopFirst);
        }
        if (!reordered.equals(items)) {
            items.clear();
            items.addAll(reordered);
            changed();
        }
    }

    /** Moves a layer one place up the panel (drawn later, above its neighbour). */
    public void moveUp(long id) {
        move(id, indexOf(id) - 1);
    }

    /** Moves a layer one place down the panel. */
    public void moveDown(long id) {
        move(id, indexOf(id) + 1);
    }

    /** @return the panel position of a layer, or -1 */
    public int indexOf(long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** @return the layer with that id, or null */
    public LayerItem get(long id) {
        int i = indexOf(id);
        return i < 0 ? null : items.get(i);
    }

    /** @return the union of the visible layers' extents, else of all, else {@link #EMPTY_EXTENT} */
    public Envelope extent() {
        Envelope visible = new Envelope();
        Envelope all = new Envelope();
        for (LayerItem item : items) {
            Envelope e = item.envelope();
            all.expandToInclude(e);
            if (item.visible()) {
                visible.expandToInclude(e);
            }
        }
        return !visible.isNull() ? visible : !all.isNull() ? all : new Envelope(EMPTY_EXTENT);
    }

    /**
     * @param title the map's title
     * @return the map: layers bottom of the panel first, hidden ones included but not drawn
     */
    public MapDocument document(String title) {
        return MapDocument.builder(title).extent(extent()).layers(drawn()).build();
    }

    /** @return the layers as the renderer draws them, bottom of the panel first, hidden ones included but not drawn */
    public List<MapLayer> drawn() {
        List<MapLayer> bottomFirst = new ArrayList<>(items.size());
        for (int i = items.size() - 1; i >= 0; i--) {
            bottomFirst.addAll(items.get(i).drawnLayers());
        }
        return bottomFirst;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
