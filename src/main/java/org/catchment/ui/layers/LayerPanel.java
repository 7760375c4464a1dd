package org.catchment.ui.layers;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.catchment.analysis.MapSpec;
import org.catchment.ui.layers.model.FieldStyleForm;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.layers.model.StyleForm;
import org.locationtech.jts.geom.Envelope;

/**
 * The layer panel: one row per layer with a check box to show or hide it, its colour and its name;
 * drag a row (or use the arrow buttons) to reorder, right-click to zoom to it, open its attribute
 * table, change its style, remove it or use it as a facility type. A view of {@link LayerListModel}.
 */
public final class LayerPanel extends VBox {

    private static final DataFormat LAYER_ID = new DataFormat("application/x-catchment-layer-id");

    private final LayerListModel model;
    private final ListView<LayerItem> list = new ListView<>();
    private final Consumer<Envelope> zoomTo;
    private java.util.function.Predicate<LayerItem> facilityCandidate = i -> false;
    private java.util.function.LongConsumer useAsFacility = id -> { };
    private Runnable onFieldStyle = () -> { };
    private java.util.function.LongConsumer openTable = id -> { };

    /**
     * @param model  the layers
     * @param zoomTo shows an extent on the map
     */
    public LayerPanel(LayerListModel model, Consumer<Envelope> zoomTo) {
        this.model = model;
        this.zoomTo = zoomTo;
        getStyleClass().add("layer-panel");
        Label title = new Label("Layers");
        title.getStyleClass().add("panel-title");
        list.setId("layerList");
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(v -> new Cell());
        list.setPlaceholder(new Label("No layers yet.\nOpen an analysis (Ctrl+O)\nor drop files here."));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button up = button("\u25B2", "Move the selected layer up (drawn above)", () -> selected(model::moveUp));
        Button down = button("\u25BC", "Move the selected layer down", () -> selected(model::moveDown));
        Button zoom = button("\u2922", "Zoom to the selected layer", () -> selected(this::zoomToLayer));
        Button remove = button("\u2715", "Remove the selected layer", () -> selected(model::remove));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(4, up, down, gap, zoom, remove);
        tools.getStyleClass().add("layer-tools");
        getChildren().addAll(title, list, tools);
        model.onChange(this::sync);
        sync();
    }

    /**
     * Offers "Use as facility type..." in the context menu of the layers that can be one.
     *
     * @param candidate which layers offer it
     * @param action    called with the layer's id
     */
    public void setUseAsFacility(java.util.function.Predicate<LayerItem> candidate,
                                 java.util.function.LongConsumer action) {
        facilityCandidate = candidate;
        useAsFacility = action;
    }

    /** @param action called with a layer's id to open its attribute table */
    public void setOnOpenTable(java.util.function.LongConsumer action) {
        openTable = action;
    }

    /** @return the id of the layer selected in the panel, or -1 */
    public long selectedId() {
        LayerItem sel = list.getSelectionModel().getSelectedItem();
        return sel == null ? -1 : sel.id();
    }

    /** @return the list of rows (for tests) */
    public ListView<LayerItem> list() {
        return list;
    }

    private void sync() {
        LayerItem sel = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(model.items());
        if (sel != null) {
            int i = model.indexOf(sel.id());
            if (i >= 0) {
                list.getSelectionModel().select(i);
            }
        }
    }

    private void selected(java.util.function.LongConsumer action) {
        LayerItem sel = list.getSelectionModel().getSelectedItem();
        if (sel != null) {
            action.accept(sel.id());
        }
    }

    private void zoomToLayer(long id) {
        LayerItem item = model.get(id);
        if (item != null && !item.envelope().isNull()) {
            zoomTo.accept(item.envelope());
        }
    }

    /**
     * @param listener told when the user gave a layer another style by field (or took it away) in
     *                 the Style dialog (the analysis saves these)
     */
    public void setOnFieldStyle(Runnable listener) {
        onFieldStyle = listener;
    }

    /**
     * Opens the Style dialog of a layer; its changes show on the map at once, Cancel puts the old
     * style back. A layer with features of its own may also be styled by a field.
     */
    public void editStyle(long id) {
        LayerItem item = model.get(id);
        if (item == null) {
            return;
        }
        StyleForm form = new StyleForm(item.kind(), item.mapLayer().style(), model.originalStyle(id));
        MapSpec.FieldStyleSpec before = model.fieldStyle(id);
        FieldStyleForm byField = item.canStyleByField() ? new FieldStyleForm(item.source(), before) : null;
        if (StyleDialog.edit(getScene().getWindow(), item.name(), form, s -> model.setStyle(id, s), byField,
                spec -> model.setFieldStyle(id, spec)) && !Objects.equals(before, model.fieldStyle(id))) {
            onFieldStyle.run();
        }
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("tool-button");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A row: check box, swatch, name; a drag source and drop target for reordering. */
    private final class Cell extends ListCell<LayerItem> {
        private final CheckBox check = new CheckBox();
        private final Rectangle swatch = new Rectangle(14, 14);
        private final Label name = new Label();
        private final HBox row = new HBox(6, check, swatch, name);

        Cell() {
            row.setAlignment(Pos.CENTER_LEFT);
            swatch.getStyleClass().add("swatch");
            check.setOnAction(e -> {
                if (getItem() != null) {
                    model.setVisible(getItem().id(), check.isSelected());
                }
            });
            MenuItem zoom = new MenuItem("Zoom to layer");
            zoom.setOnAction(e -> zoomToLayer(getItem().id()));
            MenuItem up = new MenuItem("Move up");
            up.setOnAction(e -> model.moveUp(getItem().id()));
            MenuItem down = new MenuItem("Move down");
            down.setOnAction(e -> model.moveDown(getItem().id()));
            MenuItem style = new MenuItem("Style\u2026");
            style.setId("styleLayer");
            style.setOnAction(e -> editStyle(getItem().id()));
            MenuItem table = new MenuItem("Open attribute table");
            table.setId("openTable");
            table.setOnAction(e -> openTable.accept(getItem().id()));
            MenuItem remove = new MenuItem("Remove");
            remove.setOnAction(e -> model.remove(getItem().id()));
            MenuItem facility = new MenuItem("Use as facility type\u2026");
            facility.setId("useAsFacility");
            facility.setOnAction(e -> useAsFacility.accept(getItem().id()));
            ContextMenu menu = new ContextMenu(zoom, table, style, up, down, remove, facility);
            menu.setOnShowing(e -> {
                facility.setVisible(getItem() != null && facilityCandidate.test(getItem()));
                table.setVisible(getItem() != null && getItem().source() != null);
            });
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(LAYER_ID, getItem().id());
                db.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getDragboard().hasContent(LAYER_ID)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                Object id = e.getDragboard().getContent(LAYER_ID);
                if (id instanceof Long layerId) {
                    model.move(layerId, isEmpty() ? model.items().size() - 1 : getIndex());
                    e.setDropCompleted(true);
                }
                e.consume();
            });
            itemProperty().addListener((o, was, now) -> setContextMenu(now == null ? null : menu));
        }

        @Override
        protected void updateItem(LayerItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            check.setSelected(item.visible());
            check.setId("visible-" + item.name());
            java.awt.Color c = item.swatch();
            swatch.setFill(javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            name.setText(item.name());
            name.setTooltip(new Tooltip(item.name() + (item.source() != null
                    ? " - " + item.source().size() + " features" : "")));
            setGraphic(row);
        }
    }
}
