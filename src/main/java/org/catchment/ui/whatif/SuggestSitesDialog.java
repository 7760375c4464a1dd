package org.catchment.ui.whatif;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.catchment.ui.whatif.model.SiteSuggestions;

/**
 * The "Suggest sites..." dialog: the facility type, how many sites, and the candidates: a grid of
 * points on the walkable links with its spacing (200 m by default, as {@code catchment site}), or a
 * point or polygon layer of candidate sites. OK is enabled only for a request that can run.
 */
final class SuggestSitesDialog {

    private SuggestSitesDialog() {
    }

    /**
     * @param owner   the window
     * @param types   the facility types' ids
     * @param labels  their names, in the same order
     * @param baseDir the folder the layer chooser opens in, or null
     * @return the request, or empty when cancelled
     */
    static Optional<SiteSuggestions.Request> ask(Window owner, List<String> types, List<String> labels, Path baseDir) {
        Dialog<SiteSuggestions.Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Catchment");
        dialog.setHeaderText("Suggest new sites of a type that bring the most residents within its served band");
        ChoiceBox<String> type = new ChoiceBox<>();
        type.setId("suggestType");
        type.getItems().setAll(labels);
        type.getSelectionModel().select(0);
        Spinner<Integer> k = new Spinner<>(1, 100, 3);
        k.setId("suggestK");
        k.setEditable(true);
        k.setPrefWidth(80);
        ToggleGroup from = new ToggleGroup();
        RadioButton grid = new RadioButton("A grid on walkable links, spacing (m)");
        grid.setId("suggestFromGrid");
        RadioButton layer = new RadioButton("A layer of candidate sites");
        layer.setId("suggestFromLayer");
        grid.setToggleGroup(from);
        layer.setToggleGroup(from);
        grid.setSelected(true);
        TextField spacing = new TextField("200");
        spacing.setId("suggestSpacing");
        spacing.setPrefColumnCount(6);
        TextField file = new TextField();
        file.setId("suggestLayer");
        file.setPromptText("a point or polygon layer");
        file.setPrefColumnCount(22);
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Layer of candidate sites");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Point or polygon layers", "*.geojson",
                    "*.json", "*.gpkg", "*.shp", "*.csv"));
            if (baseDir != null) {
                chooser.setInitialDirectory(baseDir.toFile());
            }
            File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                file.setText(chosen.getAbsolutePath());
                layer.setSelected(true);
            }
        });
        spacing.disableProperty().bind(layer.selectedProperty());
        file.disableProperty().bind(grid.selectedProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label("Facility type"), type);
        form.addRow(1, new Label("Sites"), k);
        form.addRow(2, new Label("Candidates"), new HBox(6, grid, spacing));
        form.addRow(3, new Label(""), new HBox(6, layer, file, browse));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Runnable check = () -> dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(
                request(types, type, k, layer, spacing, file, baseDir) == null);
        spacing.textProperty().addListener((o, was, now) -> check.run());
        file.textProperty().addListener((o, was, now) -> check.run());
        from.selectedToggleProperty().addListener((o, was, now) -> check.run());
        check.run();
        dialog.setResultConverter(b -> b == ButtonType.OK ? request(types, type, k, layer, spacing, file, baseDir) : null);
        return dialog.showAndWait();
    }

    /**
     * @return the request the controls say (a layer named relative to the analysis file's folder),
     *     or null when it cannot run (no spacing above 0, no layer)
     */
    private static SiteSuggestions.Request request(List<String> types, ChoiceBox<String> type, Spinner<Integer> k,
                                                   RadioButton layer, TextField spacing, TextField file,
                                                   Path baseDir) {
        String id = types.get(type.getSelectionModel().getSelectedIndex());
        int sites = k.getValue() == null ? 1 : k.getValue();
        if (layer.isSelected()) {
            if (file.getText().isBlank()) {
                return null;
            }
            try {
                Path given = Path.of(file.getText().strip());
                String path = baseDir == null || given.isAbsolute() ? given.toString()
                        : baseDir.resolve(given).toString();
                return new SiteSuggestions.Request(id, sites, path, 0);
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }
        try {
            double m = Double.parseDouble(spacing.getText().strip());
            return m > 0 && Double.isFinite(m) ? new SiteSuggestions.Request(id, sites, null, m) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
