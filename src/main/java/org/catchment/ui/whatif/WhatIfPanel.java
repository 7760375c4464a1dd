package org.catchment.ui.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.catchment.ui.whatif.model.DesertToggles;
import org.catchment.ui.whatif.model.ScenarioChanges;
import org.catchment.ui.whatif.model.WhatIfModel;

/**
 * The "What if" panel: the live desert rule (an "include in deserts" box per facility type and the
 * threshold of missing types), the scenario shown (the baseline or a named scenario, new, rename,
 * delete), undo and redo of every scenario edit, "Add proposed site" (the next click on the map
 * places one), "Add sites from layer...", and the edits of the scenario shown. What the panel
 * changes goes through the {@link WhatIfModel}; the dialogs are {@link WhatIfActions}'. On a tiled
 * run's result the scenario controls are disabled and the panel says why; the desert rule works.
 */
public final class WhatIfPanel extends VBox {

    /** What the scenario chooser shows for no scenario. */
    static final String BASELINE = "Baseline (no scenario)";
    /** What the list of edits shows when there is none. */
    private static final String NO_EDITS = "No edits. Right-click a facility on the map to close it in this scenario,"
            + " or add a proposed site.";

    private final WhatIfModel model;
    private final WhatIfActions actions;
    private final FlowPane toggles = new FlowPane(8, 4);
    private final Spinner<Integer> threshold = new Spinner<>();
    private final Label rule = new Label();
    private final Label note = new Label();
    private final ComboBox<String> scenarios = new ComboBox<>();
    private final Button undo = new Button("Undo");
    private final Button redo = new Button("Redo");
    private final Button rename = new Button("Rename\u2026");
    private final Button delete = new Button("Delete");
    private final Button create = new Button("New\u2026");
    private final ToggleButton addSite = new ToggleButton("Add proposed site");
    private final Button addLayer = new Button("Add sites from layer\u2026");
    private final ListView<String> edits = new ListView<>();
    private final Label state = new Label();
    private boolean updating;

    /**
     * @param model   the what-if view model
     * @param actions the dialogs the panel's buttons open
     */
    public WhatIfPanel(WhatIfModel model, WhatIfActions actions) {
        this.model = model;
        this.actions = actions;
        getStyleClass().add("whatif-panel");
        setId("whatIfPanel");
        setSpacing(6);
        setPadding(new Insets(8));
        threshold.setId("whatIfThreshold");
        threshold.setEditable(false);
        threshold.setPrefWidth(70);
        threshold.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null && now != model.toggles().threshold()) {
                model.setThreshold(now);
            }
        });
        rule.setWrapText(true);
        rule.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setId("whatIfNote");
        note.getStyleClass().add("warnings");
        scenarios.setId("scenarioChooser");
        scenarios.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(scenarios, Priority.ALWAYS);
        scenarios.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                model.select(BASELINE.equals(now) ? null : now);
            }
        });
        create.setId("newScenario");
        create.setMinWidth(USE_PREF_SIZE);
        create.setOnAction(e -> actions.newScenario());
        rename.setOnAction(e -> actions.renameScenario());
        delete.setOnAction(e -> model.book().current().ifPresent(s -> model.delete(s.name())));
        undo.setId("whatIfUndo");
        redo.setId("whatIfRedo");
        undo.setOnAction(e -> model.undo());
        redo.setOnAction(e -> model.redo());
        addSite.setId("addSiteMode");
        addSite.setTooltip(new Tooltip("Click on the map where the proposed site would be; you are asked its type and"
                + " name."));
        addLayer.setOnAction(e -> actions.addSitesFromLayer());
        edits.setId("scenarioEdits");
        edits.setPrefHeight(140);
        edits.setPlaceholder(new Label(NO_EDITS));
        state.setWrapText(true);
        state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.setId("whatIfState");
        HBox thresholdRow = new HBox(6, new Label("A desert misses at least"), threshold, new Label("types"));
        thresholdRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(heading("Desert rule"), new Label("Include in deserts:"), toggles, thresholdRow, rule, note,
                new Separator(), heading("Scenario"), new HBox(6, scenarios, create), new HBox(6, rename, delete, undo,
                        redo), new HBox(6, addSite, addLayer), edits, state);
        VBox.setVgrow(edits, Priority.ALWAYS);
        model.addListener(new WhatIfModel.Listener() {
            @Override
            public void stateChanged() {
                update();
            }
        });
        update();
    }

    /** Adds a section below the scenario's edits (the suggested sites), after a separator. */
    public void addSection(javafx.scene.Node section) {
        getChildren().addAll(new Separator(), section);
    }

    /** @return true while "Add proposed site" waits for a click on the map */
    public boolean isAddingSite() {
        return addSite.isSelected();
    }

    /** Ends the "Add proposed site" mode (after a site is placed, or when asked). */
    public void stopAddingSite() {
        addSite.setSelected(false);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** Shows the model's state: the toggles, threshold, scenarios, edits, undo and redo, busy and messages. */
    private void update() {
        updating = true;
        try {
            DesertToggles t = model.toggles();
            toggles.getChildren().clear();
            for (int i = 0; i < t.types().size(); i++) {
                String type = t.types().get(i);
                CheckBox box = new CheckBox(t.labels().get(i));
                box.setId("countInDeserts-" + type);
                box.setSelected(t.isCounted(type));
                box.setDisable(!t.canUntick(type));
                box.selectedProperty().addListener((o, was, now) -> model.setCounted(type, now));
                toggles.getChildren().add(box);
            }
            var range = t.thresholdRange();
            threshold.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory((int) range.min(),
                    (int) range.max(), t.threshold()));
            threshold.setDisable(t.allOf());
            rule.setText(t.describe());
            note.setText(t.note().orElse(""));
            List<String> names = new java.util.ArrayList<>();
            names.add(BASELINE);
            names.addAll(model.book().names());
            if (!scenarios.getItems().equals(names)) {
                scenarios.getItems().setAll(names);
            }
            String selected = model.book().selected();
            if (!Objects.equals(scenarios.getValue(), selected == null ? BASELINE : selected)) {
                scenarios.setValue(selected == null ? BASELINE : selected);
            }
            // a tiled run's result keeps no network: nothing of the scenarios is offered on it
            boolean tiled = model.whyNoScenarios() != null;
            scenarios.setDisable(tiled);
            create.setDisable(tiled);
            rename.setDisable(selected == null || tiled);
            delete.setDisable(selected == null || tiled);
            undo.setDisable(!model.canUndo() || tiled);
            redo.setDisable(!model.canRedo() || tiled);
            boolean result = model.canEvaluateScenarios();
            if (!result) {
                addSite.setSelected(false);
            }
            addSite.setDisable(!result);
            addLayer.setDisable(!result);
            ((Label) edits.getPlaceholder()).setText(tiled ? "No scenarios on a tiled run's result." : NO_EDITS);
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < t.types().size(); i++) {
                labels.put(t.types().get(i), t.labels().get(i));
            }
            edits.getItems().setAll(model.book().current().map(s -> ScenarioChanges.describe(s, labels))
                    .orElse(List.of()));
            state.setText(stateText());
        } finally {
            updating = false;
        }
    }

    private String stateText() {
        if (!model.hasResult()) {
            return "Run the analysis first: the desert rule and scenarios are then redrawn from its catchments.";
        }
        if (model.isBusy()) {
            return "Updating\u2026";
        }
        if (model.message() != null) {
            return model.message();
        }
        if (model.whyNoScenarios() != null) {
            return model.whyNoScenarios();
        }
        List<String> w = model.view() == null ? List.of() : model.view().scenarioWarnings();
        return w.isEmpty() ? "" : "Warnings:\n\u2022 " + String.join("\n\u2022 ", w);
    }

    /** @return the actions behind the panel's buttons and the map's what-if menu */
    public WhatIfActions actions() {
        return actions;
    }
}
