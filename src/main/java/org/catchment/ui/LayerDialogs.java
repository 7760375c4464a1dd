package org.catchment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialogs of adding a layer: which GeoPackage tables to add. Views only; the choices are
 * turned into layers by {@link GeoPackageTables}.
 */
final class LayerDialogs {

    private LayerDialogs() {
    }

    /** @return the tables ticked, or empty when cancelled */
    static Optional<List<String>> pickTables(Window owner, String file, List<String> tables) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Catchment");
        dialog.setHeaderText(file + " holds " + tables.size() + " layers. Which do you want to add?");
        List<CheckBox> boxes = new ArrayList<>();
        VBox content = new VBox(6);
        for (String t : tables) {
            CheckBox box = new CheckBox(t);
            box.setSelected(true);
            box.setId("table-" + t);
            boxes.add(box);
            content.getChildren().add(box);
        }
        content.getChildren().add(new Label("Each ticked table is added as its own layer."));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("tablePicker");
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? boxes.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList() : null);
        return dialog.showAndWait();
    }
}
