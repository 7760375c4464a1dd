package org.catchment.ui.form;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.catchment.analysis.AnalysisSpec.IndicatorSpec;
import org.catchment.analysis.AnalysisSpec.PopulationSpec;
import org.catchment.analysis.SpecRules;
import org.catchment.overlay.ClassMethod;

/**
 * The dialogs of the analysis panel's "Population and zones" section: the residents layer, a
 * further zone layer, and an indicator table. OK hands the values to the form and stays open,
 * showing the form's message, while the form refuses them.
 */
final class InputDialogs {

    private InputDialogs() {
    }

    /**
     * @param current the population set now, or null
     * @param apply   the form's setter (layer, count field)
     * @return true when the population was set
     */
    static boolean population(Window owner, InputChooser chooser, PopulationSpec current,
                              BiConsumer<String, String> apply) {
        TextField layer = field("populationLayer", current == null ? "" : current.layer(), "e.g. census/oa.gpkg#oa");
        TextField count = field("populationCount", current == null ? "" : current.countField(), "e.g. residents");
        GridPane grid = FormControls.grid();
        browseRow(grid, 0, "Residents layer", layer, () -> chooser.layer("Residents (polygons or points)", null));
        FormControls.row(grid, 1, "Count field", count);
        grid.add(FormControls.hint("Polygons (output areas, LSOAs) are spread evenly over their residential land;"
                + " points carry their count."), 0, 2, 3, 1);
        return ask(owner, "Who lives where", "populationDialog", grid, () -> apply.accept(layer.getText(),
                count.getText()));
    }

    /**
     * @param apply the form's adder (layer, name field)
     * @return true when a zone layer was added
     */
    static boolean zone(Window owner, InputChooser chooser, BiConsumer<String, String> apply) {
        TextField layer = field("zoneLayer", "", "e.g. lsoa.shp");
        TextField name = field("zoneName", "", "e.g. LSOA21NM");
        GridPane grid = FormControls.grid();
        browseRow(grid, 0, "Zone layer", layer, () -> chooser.layer("Zones to report coverage for", null));
        FormControls.row(grid, 1, "Name field", name);
        grid.add(FormControls.hint("Coverage by type and band is reported for each zone, as for the wards."), 0, 2,
                3, 1);
        return ask(owner, "Report coverage for further zones", "zoneDialog", grid,
                () -> apply.accept(layer.getText(), name.getText()));
    }

    /**
     * @param zoneLayers the zone layers of the analysis, offered for the table's zones
     * @param apply      the form's adder
     * @return true when an indicator was added
     */
    static boolean indicator(Window owner, InputChooser chooser, List<String> zoneLayers,
                             Consumer<IndicatorSpec> apply) {
        TextField table = field("indicatorTable", "", "e.g. imd2019.csv");
        TextField tableKey = field("indicatorTableKey", "", "e.g. lsoa11cd");
        TextField layer = field("indicatorLayer", zoneLayers.isEmpty() ? "" : zoneLayers.get(0), "e.g. lsoa.shp");
        TextField layerKey = field("indicatorLayerKey", "", "e.g. LSOA11CD");
        TextField column = field("indicatorField", "", "e.g. imd_decile");
        TextField label = field("indicatorLabel", "", "e.g. IMD 2019 decile");
        ComboBox<ClassMethod> classes = new ComboBox<>();
        classes.getItems().setAll(ClassMethod.values());
        classes.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClassMethod m) {
                return m == null ? "" : SpecRules.word(m);
            }

            @Override
            public ClassMethod fromString(String word) {
                return SpecRules.fromWord(ClassMethod.class, word).orElse(null);
            }
        });
        classes.setValue(ClassMethod.DECILES);
        classes.setId("indicatorClasses");
        TextField count = field("indicatorCount", Integer.toString(IndicatorSpec.defaultCount(ClassMethod.DECILES)), "");
        classes.valueProperty().addListener((o, was, now) -> count.setText(
                Integer.toString(IndicatorSpec.defaultCount(now))));
        GridPane grid = FormControls.grid();
        browseRow(grid, 0, "Table (CSV)", table, () -> chooser.table("Indicator table"));
        FormControls.row(grid, 1, "Table key column", tableKey);
        browseRow(grid, 2, "Zone layer", layer, () -> chooser.layer("The zones the table describes", null));
        FormControls.row(grid, 3, "Layer key field", layerKey);
        FormControls.row(grid, 4, "Column to classify", column);
        FormControls.row(grid, 5, "Classes", classes);
        FormControls.row(grid, 6, "Number of classes", count);
        FormControls.row(grid, 7, "Label", label);
        return ask(owner, "Cross-tabulate an indicator against the deserts", "indicatorDialog", grid,
                () -> apply.accept(IndicatorSpec.builder().table(table.getText().strip())
                        .tableKey(tableKey.getText().strip()).layer(layer.getText().strip())
                        .layerKey(layerKey.getText().strip()).field(column.getText().strip())
                        .classes(classes.getValue())
                        .count(FormControls.wholeNumber(count.getText(), "The number of classes"))
                        .label(label.getText().isBlank() ? null : label.getText().strip()).build()));
    }

    private static boolean ask(Window owner, String header, String id, GridPane content, Runnable apply) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Catchment");
        dialog.setHeaderText(header);
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setId(id + "Error");
        content.add(error, 0, content.getRowCount(), 3, 1);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                apply.run();
            } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK);
        return dialog.showAndWait().orElse(false);
    }

    private static void browseRow(GridPane grid, int row, String label, TextField field,
                                  Supplier<Optional<String>> browse) {
        Button button = FormControls.toolButton("Browse\u2026");
        button.setOnAction(e -> browse.get().ifPresent(field::setText));
        HBox box = new HBox(6, field, button);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        FormControls.row(grid, row, label, box);
    }

    private static TextField field(String id, String text, String prompt) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(22);
        return f;
    }
}
