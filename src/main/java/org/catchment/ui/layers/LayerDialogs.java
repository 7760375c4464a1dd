package org.catchment.ui.layers;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.catchment.ui.layers.model.AddedLayer;
import org.catchment.ui.layers.model.CsvMapping;

/**
 * The dialogs of adding a layer: which GeoPackage tables to add, which CSV columns hold the
 * points, and the facility type a layer on the map becomes. Views only; the choices are turned into layers by {@link GeoPackageTables} and
 * {@link CsvMapping}.
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

    /** @return how to read the CSV, or empty when cancelled; OK is refused until the choices are complete */
    static Optional<AddedLayer> mapCsv(Window owner, Path csv, CsvMapping mapping) {
        Dialog<AddedLayer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Catchment");
        dialog.setHeaderText("Where are the points of " + csv.getFileName() + "?");
        ToggleGroup modes = new ToggleGroup();
        RadioButton coordinates = new RadioButton("Coordinate columns");
        coordinates.setId("csvCoordinates");
        RadioButton postcodes = new RadioButton("Postcodes");
        postcodes.setId("csvPostcodes");
        coordinates.setToggleGroup(modes);
        postcodes.setToggleGroup(modes);
        (mapping.mode() == CsvMapping.Mode.POSTCODES ? postcodes : coordinates).setSelected(true);
        ComboBox<String> x = columns(mapping, mapping.xField(), "csvX");
        ComboBox<String> y = columns(mapping, mapping.yField(), "csvY");
        ComboBox<String> crs = new ComboBox<>();
        crs.getItems().setAll(mapping.crsChoices());
        crs.setEditable(true);
        crs.setValue(mapping.crs());
        crs.setId("csvCrs");
        ComboBox<String> postcode = columns(mapping, mapping.postcodeField(), "csvPostcode");
        Label lookup = new Label(mapping.postcodeLookup() == null ? "(none)" : mapping.postcodeLookup().toString());
        lookup.setId("csvLookup");
        Button chooseLookup = new Button("Choose\u2026");
        chooseLookup.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Postcode lookup (Code-Point Open)");
            chooser.setInitialDirectory(csv.toAbsolutePath().getParent().toFile());
            File f = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                mapping.setPostcodeLookup(f.toPath());
                lookup.setText(f.toString());
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, coordinates);
        grid.addRow(1, new Label("Easting / longitude (x)"), x);
        grid.addRow(2, new Label("Northing / latitude (y)"), y);
        grid.addRow(3, new Label("CRS"), crs);
        grid.addRow(4, postcodes);
        grid.addRow(5, new Label("Postcode column"), postcode);
        grid.addRow(6, new Label("Postcode lookup"), lookup, chooseLookup);
        CheckBox skip = new CheckBox("Skip rows that cannot be placed (a blank coordinate, an unknown postcode);"
                + " they are listed in a warning");
        skip.setSelected(mapping.skipBadRows());
        skip.setId("csvSkipBadRows");
        grid.add(skip, 0, 7, 3, 1);
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setId("csvError");
        grid.add(error, 0, 8, 3, 1);
        Runnable enable = () -> {
            boolean coords = coordinates.isSelected();
            for (Node n : List.of(x, y, crs)) {
                n.setDisable(!coords);
            }
            for (Node n : List.of(postcode, chooseLookup)) {
                n.setDisable(coords);
            }
        };
        modes.selectedToggleProperty().addListener((o, was, now) -> enable.run());
        enable.run();
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("csvMapping");
        AddedLayer[] result = new AddedLayer[1];
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            mapping.setMode(coordinates.isSelected() ? CsvMapping.Mode.COORDINATES : CsvMapping.Mode.POSTCODES);
            mapping.setXField(x.getValue());
            mapping.setYField(y.getValue());
            mapping.setCrs(crs.getValue());
            mapping.setPostcodeField(postcode.getValue());
            mapping.setSkipBadRows(skip.isSelected());
            try {
                result[0] = mapping.layer(csv);
            } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? result[0] : null);
        return dialog.showAndWait();
    }

    /**
     * Asks for a new facility type's identifier, label and bands; OK calls {@code add} and stays
     * open showing its message while it refuses the values.
     *
     * @return true when a type was added
     */
    static boolean useAsFacility(Window owner, AddedLayer layer, java.util.function.Function<String[], ?> add) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Catchment");
        dialog.setHeaderText("Use " + layer.displayName() + " as a facility type of the analysis");
        TextField type = new TextField(layer.suggestedType());
        type.setId("facilityType");
        TextField label = new TextField();
        label.setPromptText("e.g. GP surgeries");
        label.setId("facilityLabel");
        TextField bands = new TextField("10, 20");
        bands.setId("facilityBands");
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setId("facilityError");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Type identifier"), type);
        grid.addRow(1, new Label("Label"), label);
        grid.addRow(2, new Label("Time bands (minutes)"), bands);
        Label hint = new Label("The identifier of an existing type adds this layer to that type (its label and bands"
                + " stay).");
        hint.getStyleClass().add("field-label");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        grid.add(hint, 0, 3, 2, 1);
        grid.add(error, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("facilityDialog");
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                add.apply(new String[] {type.getText(), label.getText(), bands.getText()});
            } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK);
        return dialog.showAndWait().orElse(false);
    }

    private static ComboBox<String> columns(CsvMapping mapping, String selected, String id) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(mapping.columns());
        box.setValue(selected);
        box.setId(id);
        return box;
    }
}
