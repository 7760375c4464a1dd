package org.catchment.ui.form;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A short list of things the analysis names (road sources, footpath layers, zone layers,
 * indicators) with Add and Remove buttons; what Add asks and what Remove changes are the caller's.
 */
final class ListEditor extends VBox {

    private final ListView<String> list = new ListView<>();
    private final Button remove = new Button("Remove");

    /**
     * @param id          the node id prefix for tests ({@code id + "List"}, {@code id + "Add"}, {@code id + "Remove"})
     * @param placeholder shown when the list is empty
     * @param add         the Add button or menu (its action set by the caller)
     * @param onRemove    called with the selected row's index
     */
    ListEditor(String id, String placeholder, ButtonBase add, IntConsumer onRemove) {
        super(4);
        list.setId(id + "List");
        add.setId(id + "Add");
        remove.setId(id + "Remove");
        list.setPrefHeight(62);
        list.setMinHeight(44);
        Label empty = new Label(placeholder);
        empty.getStyleClass().add("field-label");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : item);
                setTooltip(isEmpty ? null : new Tooltip(item));
            }
        });
        add.getStyleClass().add("tool-button");
        remove.getStyleClass().add("tool-button");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                onRemove.accept(index);
            }
        });
        HBox buttons = new HBox(6, add, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(list, buttons);
    }

    /** Shows these rows, unless they are shown already (so a selection survives unrelated edits). */
    void show(List<String> rows) {
        if (!list.getItems().equals(rows)) {
            list.getItems().setAll(rows);
            list.setPrefHeight(Math.max(44, Math.min(5, Math.max(2, rows.size())) * 24 + 6));
        }
    }

    /** @return the rows shown */
    List<String> rows() {
        return List.copyOf(list.getItems());
    }
}
