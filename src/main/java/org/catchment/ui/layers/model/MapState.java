package org.catchment.ui.layers.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.catchment.analysis.MapSpec;
import org.locationtech.jts.geom.Envelope;

/**
 * The layer panel and the map's extent as the analysis file's {@code map} section holds them
 * (docs/analysis-file.md#map): {@link #capture} writes the section from the panel, {@link #apply}
 * puts a panel back as the section says. Layers are matched by name, a name that appears twice
 * matching in turn; layers a section does not name keep their place and state.
 */
public final class MapState {

    private MapState() {
    }

    /**
     * @param layers the layer panel
     * @param extent the area the map shows, or null
     * @return the map section: the extent (to the metre) and every layer top first, with its
     *     visibility and style by field
     */
    public static MapSpec capture(LayerListModel layers, Envelope extent) {
        List<MapSpec.LayerSpec> entries = new ArrayList<>();
        for (LayerItem item : layers.items()) {
            entries.add(new MapSpec.LayerSpec(item.name(), item.visible(),
                    item.classes() == null ? null : item.classes().spec()));
        }
        List<Double> box = extent == null || extent.isNull() ? null : List.of((double) Math.round(extent.getMinX()),
                (double) Math.round(extent.getMinY()), (double) Math.round(extent.getMaxX()),
                (double) Math.round(extent.getMaxY()));
        return new MapSpec(box, entries);
    }

    /** @return the section's extent, or null when it gives none */
    public static Envelope extent(MapSpec map) {
        List<Double> e = map == null ? null : map.extent();
        return e == null ? null : new Envelope(e.get(0), e.get(2), e.get(1), e.get(3));
    }

    /**
     * Puts the layers of the given groups in the section's order (the places the named layers hold
     * in the panel, given to them in the section's order), visibility and styles by field.
     *
     * @param map    the map section, or null (nothing changes)
     * @param layers the layer panel
     * @param groups the groups whose layers are put back (the results after a run, everything on opening)
     * @return notes for the status bar: styles that could not be given (a field a layer lacks)
     */
    public static List<String> apply(MapSpec map, LayerListModel layers, Set<LayerItem.Group> groups) {
        List<String> notes = new ArrayList<>();
        if (map == null) {
            return notes;
        }
        List<MapSpec.LayerSpec> entries = new ArrayList<>();
        List<Long> matched = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        for (MapSpec.LayerSpec entry : map.layers()) {
            layers.items().stream().filter(i -> groups.contains(i.group()) && i.name().equals(entry.name())
                    && !taken.contains(i.id())).findFirst().ifPresent(i -> {
                        taken.add(i.id());
                        matched.add(i.id());
                        entries.add(entry);
                    });
        }
        List<Integer> slots = matched.stream().map(layers::indexOf).sorted().toList();
        List<Long> order = new ArrayList<>(layers.items().stream().map(LayerItem::id).toList());
        for (int k = 0; k < matched.size(); k++) {
            order.set(slots.get(k), matched.get(k));
        }
        layers.setOrder(order);
        for (int k = 0; k < matched.size(); k++) {
            MapSpec.LayerSpec entry = entries.get(k);
            if (entry.visible() != null) {
                layers.setVisible(matched.get(k), entry.visible());
            }
            if (entry.style() != null) {
                try {
                    layers.setFieldStyle(matched.get(k), entry.style());
                } catch (IllegalArgumentException e) {
                    notes.add("The style of " + entry.name() + " by " + entry.style().field() + " is left out: "
                            + e.getMessage());
                }
            }
        }
        return notes;
    }
}
