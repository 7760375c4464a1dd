package org.catchment.ui.form;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.analysis.SpecRules.Range;
import org.catchment.ui.form.model.AnalysisForm;

/**
 * The analysis panel: the network, the study area, facility types with their bands and served
 * band, population and further zones, the method (walking speed, trim distance, rings or disks,
 * desert threshold) and outputs. A view of {@link AnalysisForm}: each field writes to the form
 * when committed (Enter or leaving the field); a rejected value is shown in red under the form.
 * The Run and Cancel controls are the window's, in sight whichever panel is in front.
 */
public final class AnalysisPanel extends VBox {

    private final AnalysisForm form;
    private final InputChooser chooser;
    private final TextField name = new TextField();
    private final TextField studyLayer = new TextField();
    private final TextField nameField = new TextField();
    private final TextField residential = new TextField();
    private final ListView<String> wards = new ListView<>();
    private final List<BooleanProperty> wardChecks = new ArrayList<>();
    private final VBox types = new VBox(6);
    private final TextField speed = new TextField();
    private final TextField trim = new TextField();
    private final CheckBox rings = new CheckBox("Rings (5-10, 10-20) instead of disks");
    private final Spinner<Integer> minMissing = new Spinner<>();
    private final NetworkSection network;
    private final DataSection data;
    private final OutputSection output;
    private final Label error = new Label();
    private List<String> wardNames = List.of();
    private List<String> shownTypes;
    private boolean syncing;

    /**
     * @param form    the analysis being edited
     * @param baseDir the analysis file's folder, which new layer paths are written relative to
     */
    public AnalysisPanel(AnalysisForm form, Supplier<Path> baseDir) {
        this.form = form;
        this.chooser = new InputChooser(() -> getScene().getWindow(), baseDir);
        getStyleClass().add("analysis-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        name.setId("analysisName");
        studyLayer.setId("studyLayer");
        nameField.setId("studyNameField");
        residential.setId("residential");
        residential.setPromptText("optional: residential land polygons");
        error.setId("formError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);

        FormControls.commit(name, form::setName, this::edit);
        FormControls.commit(studyLayer, form::setStudyLayer, this::edit);
        FormControls.commit(nameField, form::setStudyNameField, this::edit);
        FormControls.commit(residential, form::setResidential, this::edit);
        FormControls.commit(speed, t -> form.setWalkingSpeedKmh(FormControls.number(t, "Walking speed")), this::edit);
        FormControls.commit(trim, t -> form.setTrimDistanceM(FormControls.number(t, "Trim distance")), this::edit);
        FormControls.limits(speed, Limit.WALKING_SPEED);
        FormControls.limits(trim, Limit.TRIM_DISTANCE);
        rings.setOnAction(e -> edit(() -> form.setRings(rings.isSelected())));
        minMissing.setId("minMissing");
        minMissing.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                edit(() -> form.setMinMissing(now));
            }
        });
        minMissing.setEditable(false);
        wards.setPrefHeight(110);
        wards.setId("wardList");
        wards.setCellFactory(CheckBoxListCell.forListView(w -> wardChecks.get(wardNames.indexOf(w))));
        wards.setPlaceholder(new Label("Choose the ward layer and its name field to list the wards"));
        network = new NetworkSection(form, chooser, this::edit);
        data = new DataSection(form, chooser, () -> getScene().getWindow(), this::edit);
        output = new OutputSection(form, chooser, this::edit);

        GridPane title = FormControls.grid();
        FormControls.row(title, 0, "Name", name);

        GridPane study = FormControls.grid();
        FormControls.row(study, 0, "Ward layer", browsing(studyLayer, "Ward (or other zone) polygons",
                form::setStudyLayer));
        FormControls.row(study, 1, "Name field", nameField);
        FormControls.row(study, 2, "Residential land", browsing(residential, "Residential land polygons",
                form::setResidential));
        VBox studyBox = new VBox(6, study, new Label("Wards to include"), wards);

        Button addType = new Button("Add type\u2026");
        addType.setId("addTypeButton");
        addType.setOnAction(e -> addType());
        VBox typesBox = new VBox(6, types, addType);

        GridPane method = FormControls.grid();
        FormControls.row(method, 0, "Walking speed (km/h)", speed);
        FormControls.row(method, 1, "Trim distance (m)", trim);
        FormControls.row(method, 2, "Desert: types missing \u2265", minMissing);
        VBox methodBox = new VBox(6, method, rings);

        VBox content = new VBox(8, title,
                section("Network", "networkSection", network, true),
                section("Study area", "studySection", studyBox, true),
                section("Facility types", "typesSection", typesBox, true),
                section("Population and zones", "dataSection", data, false),
                section("Method", "methodSection", methodBox, true),
                section("Outputs", "outputSection", output, false));
        content.setPadding(new Insets(2, 4, 2, 2));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("panel-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, error);
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

    private void addType() {
        chooser.layer("Facility layer for the new type", null).ifPresent(layer -> {
            String file = layer.replaceFirst("#.*", "").replaceFirst(".*/", "");
            TextInputDialog ask = new TextInputDialog(file.replaceFirst("\\.[^.]*$", "")
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
            ask.initOwner(getScene().getWindow());
            ask.setTitle("Add facility type");
            ask.setHeaderText("A short identifier for the new type (letters, digits, underscores)");
            ask.showAndWait().ifPresent(id -> edit(() -> form.addType(id, layer)));
        });
    }

    private void wardsChanged() {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < wardNames.size(); i++) {
            if (wardChecks.get(i).get()) {
                chosen.add(wardNames.get(i));
            }
        }
        edit(() -> form.setSelectedWards(chosen.size() == wardNames.size() ? null : chosen));
    }

    private void sync() {
        syncing = true;
        try {
            AnalysisSpec s = form.spec();
            name.setText(s.name());
            studyLayer.setText(s.studyArea() == null || s.studyArea().layer() == null ? "" : s.studyArea().layer());
            nameField.setText(s.studyArea() == null || s.studyArea().nameField() == null ? ""
                    : s.studyArea().nameField());
            residential.setText(s.studyArea() == null || s.studyArea().residential() == null ? ""
                    : s.studyArea().residential());
            speed.setText(AnalysisForm.formatNumber(s.network() == null ? 4.8 : s.network().walkingSpeedKmh()));
            trim.setText(AnalysisForm.formatNumber(s.catchments().trimDistanceM()));
            rings.setSelected(s.catchments().rings());
            Range types = form.range(Limit.MIN_MISSING);
            minMissing.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory((int) types.min(),
                    (int) types.max(), s.deserts().minMissing()));
            network.sync(s);
            data.sync(s);
            output.sync(s);
            List<String> typeIds = s.facilities().stream().map(FacilitySpec::type).toList();
            if (!typeIds.equals(shownTypes)) {
                rebuildTypes(s.facilities());
            }
        } finally {
            syncing = false;
        }
    }

    private void rebuildTypes(List<FacilitySpec> facilities) {
        shownTypes = facilities.stream().map(FacilitySpec::type).toList();
        types.getChildren().clear();
        if (facilities.isEmpty()) {
            types.getChildren().add(FormControls.hint("No facility types yet: add one, or right-click a point or"
                    + " polygon layer on the map and choose Use as facility type."));
            return;
        }
        GridPane g = FormControls.grid();
        g.add(FormControls.header("Type"), 0, 0);
        g.add(FormControls.header("Bands (min)"), 1, 0);
        g.add(FormControls.header("Served within"), 2, 0);
        for (int i = 0; i < facilities.size(); i++) {
            int index = i;
            FacilitySpec f = facilities.get(i);
            TextField label = new TextField(f.label());
            label.setTooltip(new Tooltip(f.type() + ": " + String.join(", ", f.layers())));
            FormControls.commit(label, t -> form.setLabel(index, t), this::edit);
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
                if (served.getValue() != null) {
                    edit(() -> form.setServedBand(index, served.getValue()));
                }
            });
            FormControls.commit(bands, t -> {
                form.setBands(index, AnalysisForm.parseMinutes(t));
                FacilitySpec now = form.spec().facilities().get(index);
                served.getItems().setAll(now.bandsMin());
                served.setValue(now.servedBand());
            }, this::edit);
            Button remove = new Button("\u2715");
            remove.getStyleClass().add("tool-button");
            remove.setTooltip(new Tooltip("Remove " + f.label() + " from the analysis"));
            remove.setOnAction(e -> edit(() -> form.removeType(index)));
            g.add(label, 0, i + 1);
            g.add(bands, 1, i + 1);
            g.add(served, 2, i + 1);
            g.add(remove, 3, i + 1);
        }
        types.getChildren().add(g);
    }

    /** Runs an edit from a field unless the fields are being filled from the spec; shows a refusal's message. */
    private void edit(Runnable change) {
        if (syncing) {
            return;
        }
        try {
            change.run();
            error.setText("");
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            sync();
        }
    }

    /** @return the field with a Browse button beside it that fills it through the form */
    private HBox browsing(TextField field, String title, java.util.function.Consumer<String> setter) {
        Button browse = FormControls.toolButton("Browse\u2026");
        browse.setId(field.getId() + "Browse");
        browse.setOnAction(e -> chooser.layer(title, null).ifPresent(p -> edit(() -> setter.accept(p))));
        HBox box = new HBox(6, field, browse);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    private static TitledPane section(String title, String id, Node content, boolean expanded) {
        TitledPane pane = new TitledPane(title, content);
        pane.setId(id);
        pane.setExpanded(expanded);
        pane.setAnimated(false);
        pane.getStyleClass().add("form-section");
        return pane;
    }
}
