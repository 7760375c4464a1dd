package org.catchment.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.map.MapView;
import org.catchment.ui.table.AttributeTableView;
import org.catchment.ui.table.model.AttributeTable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The attribute table under the map, and its link with the map both ways: rows chosen in the table
 * are outlined on the map, which zooms to them; a feature clicked on the map selects its row. One
 * layer's table at a time; it closes when its layer leaves the panel (removed, or replaced by a
 * new run's).
 */
final class AttributeTables {

    /** The least width and height shown when zooming to features (a point's surroundings), metres. */
    static final double MIN_ZOOM_M = 300;

    private final LayerListModel layers;
    private final MapView map;
    private final Consumer<String> status;
    private final AttributeTableView view;
    private final SplitPane split = new SplitPane();
    private long layerId = -1;

    AttributeTables(LayerListModel layers, MapView map, Consumer<String> status) {
        this.layers = layers;
        this.map = map;
        this.status = status;
        this.view = new AttributeTableView(this::selected, status);
        view.setOnClose(this::close);
        split.setOrientation(Orientation.VERTICAL);
        layers.onChange(() -> {
            if (layerId >= 0 && layers.get(layerId) == null) {
                close();
            }
        });
    }

    /** @return the map pane with room for the table under it */
    Node wrap(Node mapPane) {
        split.getItems().setAll(mapPane);
        return split;
    }

    /** @return the table's view */
    AttributeTableView view() {
        return view;
    }

    /** @return true while a table is open */
    boolean isOpen() {
        return layerId >= 0;
    }

    /** Opens the attribute table of a layer under the map (a layer without features says so). */
    void open(long id) {
        LayerItem item = layers.get(id);
        if (item == null) {
            status.accept("Choose a layer in the layer panel to see its attribute table.");
            return;
        }
        if (item.source() == null) {
            status.accept(item.name() + " is drawn from the network and has no attribute table.");
            return;
        }
        layerId = id;
        view.show(new AttributeTable(item.name(), item.source()));
        if (split.getItems().size() == 1) {
            split.getItems().add(view);
            split.setDividerPositions(0.62);
        }
    }

    /** Opens the table of the layer selected in the panel (-1: the top layer with features). */
    void openSelected(long selectedId) {
        open(selectedId >= 0 ? selectedId : layers.items().stream().filter(i -> i.source() != null)
                .map(LayerItem::id).findFirst().orElse(-1L));
    }

    /** Closes the table. */
    void close() {
        layerId = -1;
        split.getItems().remove(view);
    }

    /** Selects the row of the open table's feature under a point clicked on the map, if any. */
    void mapClicked(Coordinate at, double toleranceM) {
        if (isOpen() && layers.get(layerId).visible()) {
            view.selectFeature(view.model().featureAt(at, toleranceM));
        }
    }

    private void selected(List<Integer> features, boolean chosenInTable) {
        AttributeTable model = view.model();
        if (model == null || features.isEmpty()) {
            if (chosenInTable) {
                map.setHighlight(null);
            }
            return;
        }
        Geometry g = model.geometry(features);
        map.setHighlight(g);
        Envelope e = chosenInTable ? model.extent(features, MIN_ZOOM_M) : null;
        if (e != null) {
            e.expandBy(e.getWidth() * 0.25, e.getHeight() * 0.25);
            map.zoomTo(e);
        }
    }
}
