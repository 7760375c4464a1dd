package org.catchment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;

/**
 * The analysis panel: study area, facility types with their bands and served band, walking speed,
 * trim distance, rings or disks, the desert threshold, and the Run / Cancel controls with a
 * progress bar and the current stage. A view of {@link AnalysisForm}: each field writes to the form
 * when committed (Enter or leaving the field); a rejected value is shown in red under the form.
 */
public final class AnalysisPanel extends VBox {

    private final AnalysisForm form;
    private final TextField name = new TextField();
    private final TextField studyLayer = new TextField();
    private final TextField nameField = new TextField();
    private final ListView<String> wards = new ListView<>();
    private final List<BooleanProperty> wardChecks = new ArrayList<>();
    private final VBox types = new VBox(6);
    private final TextField speed = new TextField();
    private final TextField trim = new TextField();
    private final CheckBox rings = new CheckBox("Rings (5-10, 10-20) instead of disks");
    private final Spinner<Integer> minMissing = new Spinner<>(1, 12, 3);
    private final Label error = new Label();
    private final Button run = new Button("Run analysis");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label stage = new Label("Ready");
    private final java.util.function.Supplier<java.nio.file.Path> baseDir;
    private List<String> wardNames = List.of();
    private int shownTypes = -1;
    private boolean syncing;

    /**
     * @param form    the analysis being edited
     * @param onRun   starts a run
     * @param onCancel cancels the running one
     * @param baseDir  the analysis file's folder, which new layer paths are written relative to
     */
    public AnalysisPanel(AnalysisForm form, Runnable onRun, Runnable onCancel,
                         java.util.function.Supplier<java.nio.file.Path> baseDir) {
        this.form = form;
        this.baseDir = baseDir;
        getStyleClass().add("analysis-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        name.setId("analysisName");
        run.setId("runButton");
        cancel.setId("cancelButton");
        progress.setId("runProgress");
        stage.setId("runStage");
        error.setId("formError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        run.getStyleClass().add("primary");
        run.setOnAction(e -> onRun.run());
        cancel.setOnAction(e -> onCancel.run());
        cancel.setDisable(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        stage.getStyleClass().add("run-stage");

        commit(name, form::setName);
        commit(studyLayer, form::setStudyLayer);
        commit(nameField, form::setStudyNameField);
        commit(speed, t -> form.setWalkingSpeedKmh(number(t, "Walking speed")));
        commit(trim, t -> form.setTrimDistanceM(number(t, "Trim distance")));
        rings.setOnAction(e -> guarded(() -> form.setRings(rings.isSelected())));
        minMissing.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                guarded(() -> form.setMinMissing(now));
            }
        });
        minMissing.setEditable(false);
        wards.setPrefHeight(110);
        wards.setId("wardList");
        wards.setCellFactory(CheckBoxListCell.forListView(w -> wardChecks.get(wardNames.indexOf(w))));
        wards.setPlaceholder(new Label("Open an analysis to list its wards"));

        GridPane study = grid();
        row(study, 0, "Name", name);
        row(study, 1, "Ward layer", studyLayer);
        row(study, 2, "Name field", nameField);
        VBox studyBox = new VBox(6, section("Study area"), study, new Label("Wards to include"), wards);

        Button addType = new Button("Add type\u2026");
        addType.setId("addTypeButton");
        addType.setOnAction(e -> addType());
        VBox typesBox = new VBox(6, section("Facility types"), types, addType);

        GridPane method = grid();
        row(method, 0, "Walking speed (km/h)", speed);
        row(method, 1, "Trim distance (m)", trim);
        row(method, 2, "Desert: types missing \u2265", minMissing);
        VBox methodBox = new VBox(6, section("Method"), method, rings);

        HBox buttons = new HBox(8, run, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox runBox = new VBox(6, buttons, progress, stage, error);

        VBox content = new VBox(14, studyBox, typesBox, methodBox, runBox);
        content.setPadding(new Insets(2, 4, 2, 2));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("panel-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        form.onChange(s -> sync());
        sync();
    }

    /** @param names the wards of the study-area layer, in file order; their check boxes follow the spec's selection */
    public void setWardNames(List<String> names) {
        wardNames = List.copyOf(names);
        wardChecks.clear();
        List<String> select = form.spec().studyArea() == null ? null : form.spec().studyArea().select();
        for (String w : wardNames) {
            BooleanProperty p = new SimpleBooleanProperty(select == null || select.contains(w));
            p.addListener((o, was, now) -> wardsChanged());
            wardChecks.add(p);
        }
        wards.getItems().setAll(wardNames);
    }

    /** Shows the run controls as running (progress visible, Run disabled) or idle. */
    public void setRunning(boolean running) {
        run.setDisable(running);
        cancel.setDisable(!running);
        progress.setVisible(running);
        if (running) {
            progress.setProgress(0);
            error.setText("");
        }
    }

    /** Shows the run's progress. */
    public void showProgress(String stageText, double fraction) {
        stage.setText(stageText);
        progress.setProgress(fraction);
    }

    /** @return the Run button (for tests and shortcuts) */
    public Button runButton() {
        return run;
    }

    /** @return the stage label */
    public Label stageLabel() {
        return stage;
    }

    private void addType() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Facility layer for the new type");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Layers", "*.shp", "*.gpkg",
                "*.geojson", "*.json", "*.csv"));
        java.nio.file.Path base = baseDir.get();
        if (base != null && java.nio.file.Files.isDirectory(base)) {
            chooser.setInitialDirectory(base.toFile());
        }
        java.io.File file = chooser.showOpenDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                file.getName().replaceFirst("\\.[^.]*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Add facility type");
        ask.setHeaderText("A short identifier for the new type (letters, digits, underscores)");
        ask.showAndWait().ifPresent(id -> guarded(() -> form.addType(id, layerPath(file.toPath(), base))));
    }

    /** @return the layer's path as the analysis file should hold it: relative to its folder when inside it */
    static String layerPath(java.nio.file.Path file, java.nio.file.Path base) {
        java.nio.file.Path abs = file.toAbsolutePath().normalize();
        if (base != null && abs.startsWith(base.toAbsolutePath().normalize())) {
            return base.toAbsolutePath().normalize().relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    private void wardsChanged() {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < wardNames.size(); i++) {
            if (wardChecks.get(i).get()) {
                chosen.add(wardNames.get(i));
            }
        }
        guarded(() -> form.setSelectedWards(chosen.size() == wardNames.size() ? null : chosen));
    }

    private void sync() {
        syncing = true;
        try {
            AnalysisSpec s = form.spec();
            name.setText(s.name());
            studyLayer.setText(s.studyArea() == null || s.studyArea().layer() == null ? "" : s.studyArea().layer());
            nameField.setText(s.studyArea() == null || s.studyArea().nameField() == null ? ""
                    : s.studyArea().nameField());
            speed.setText(AnalysisForm.formatNumber(s.network() == null ? 4.8 : s.network().walkingSpeedKmh()));
            trim.setText(AnalysisForm.formatNumber(s.catchments().trimDistanceM()));
            rings.setSelected(s.catchments().rings());
            minMissing.getValueFactory().setValue(s.deserts().minMissing());
            if (s.facilities().size() != shownTypes) {
                rebuildTypes(s.facilities());
            }
        } finally {
            syncing = false;
        }
    }

    private void rebuildTypes(List<FacilitySpec> facilities) {
        shownTypes = facilities.size();
        types.getChildren().clear();
        if (facilities.isEmpty()) {
            types.getChildren().add(new Label("No facility types: open an analysis file."));
        }
        GridPane g = grid();
        g.add(header("Type"), 0, 0);
        g.add(header("Bands (min)"), 1, 0);
        g.add(header("Served within"), 2, 0);
        for (int i = 0; i < facilities.size(); i++) {
            int index = i;
            FacilitySpec f = facilities.get(i);
            TextField label = new TextField(f.label());
            label.setTooltip(new Tooltip(f.type() + ": " + f.layer()));
            commit(label, t -> form.setLabel(index, t));
            TextField bands = new TextField(AnalysisForm.formatMinutes(f.bandsMin()));
            bands.setId("bands-" + f.type());
            bands.setPrefColumnCount(7);
            ComboBox<Double> served = new ComboBox<>();
            served.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Double v) {
                    return v == null ? "" : AnalysisForm.formatNumber(v) + " min";
                }

                @Override
                public Double fromString(String s) {
                    return AnalysisForm.parseMinutes(s.replace("min", "")).get(0);
                }
            });
            served.getItems().setAll(f.bandsMin());
            served.setValue(f.servedBand());
            served.setOnAction(e -> {
                if (!syncing && served.getValue() != null) {
                    guarded(() -> form.setServedBand(index, served.getValue()));
                }
            });
            commit(bands, t -> {
                form.setBands(index, AnalysisForm.parseMinutes(t));
                FacilitySpec now = form.spec().facilities().get(index);
                served.getItems().setAll(now.bandsMin());
                served.setValue(now.servedBand());
            });
            Button remove = new Button("\u2715");
            remove.getStyleClass().add("tool-button");
            remove.setTooltip(new Tooltip("Remove " + f.label() + " from the analysis"));
            remove.setOnAction(e -> guarded(() -> form.removeType(index)));
            g.add(label, 0, i + 1);
            g.add(bands, 1, i + 1);
            g.add(served, 2, i + 1);
            g.add(remove, 3, i + 1);
        }
        types.getChildren().add(g);
    }

    private void commit(TextField field, Consumer<String> setter) {
        Runnable apply = () -> {
            if (!syncing) {
                guarded(() -> setter.accept(field.getText()));
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
    }

    private void guarded(Runnable edit) {
        try {
            edit.run();
            error.setText("");
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            sync();
        }
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + text.trim() + "'");
        }
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private static void row(GridPane g, int row, String label, javafx.scene.Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        g.add(l, 0, row);
        g.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-header");
        return l;
    }
}
