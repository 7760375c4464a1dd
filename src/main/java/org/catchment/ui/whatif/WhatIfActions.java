package org.catchment.ui.whatif;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.catchment.analysis.SpecPaths;
import org.catchment.export.ScenarioOutputs;
import org.catchment.scenario.ScenarioResult;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.whatif.model.DesertToggles;
import org.catchment.ui.whatif.model.FacilityPicks;
import org.catchment.ui.whatif.model.WhatIfModel;
import org.locationtech.jts.geom.Coordinate;

/**
 * The what-if dialogs and menus: name a new scenario or rename one, ask the type and name of a
 * proposed site clicked on the map, choose a layer of sites, the right-click menu of the facilities
 * under the cursor ("Close in this scenario", "Reopen", "Remove proposed site"), and the export of
 * the scenario shown (its outputs, comparison and change map into {@code scenario_<name>/}, as
 * {@code catchment run --scenario NAME} writes them).
 */
public final class WhatIfActions {

    /** The facility the user chose and what to do with it, for the tests' sake named by its menu text. */
    static final String CLOSE = "Close in this scenario";
    /** The menu's last line on a tiled run's result, where its items are disabled. */
    static final String NOT_TILED = "Not on a tiled run's result: it keeps no walking network (see What if)";

    private final WhatIfModel model;
    private final Supplier<Window> owner;
    private final Supplier<Path> baseDir;
    private final Consumer<String> status;

    /**
     * @param model   the what-if view model
     * @param owner   the window dialogs belong to
     * @param baseDir the analysis file's folder (layer paths are written relative to it), or null
     * @param status  shows a line in the status bar
     */
    public WhatIfActions(WhatIfModel model, Supplier<Window> owner, Supplier<Path> baseDir, Consumer<String> status) {
        this.model = model;
        this.owner = owner;
        this.baseDir = baseDir;
        this.status = status;
    }

    /** Asks a name and makes a new, empty scenario. */
    public void newScenario() {
        ask("New scenario", "Name of the scenario (letters, digits, _ and -):", model.book().freeName())
                .ifPresent(name -> tryDo(() -> model.create(name.strip())));
    }

    /** Asks a new name for the scenario shown. */
    public void renameScenario() {
        model.book().current().ifPresent(s -> ask("Rename scenario", "New name:", s.name())
                .ifPresent(name -> tryDo(() -> model.rename(s.name(), name.strip()))));
    }

    /** Asks the type and name of a proposed site at a point of the map and adds it to the scenario shown. */
    public void addSiteAt(Coordinate at) {
        DesertToggles t = model.toggles();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Catchment");
        dialog.setHeaderText(String.format(java.util.Locale.UK, "Add a proposed site at %,.0f, %,.0f", at.x, at.y));
        ChoiceBox<String> type = new ChoiceBox<>();
        type.setId("siteType");
        type.getItems().setAll(t.labels());
        type.getSelectionModel().select(0);
        TextField name = new TextField();
        name.setId("siteName");
        name.setPromptText("e.g. Canal Quay Surgery");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("Facility type"), type);
        grid.addRow(1, new Label("Name"), name);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            String id = t.types().get(type.getSelectionModel().getSelectedIndex());
            model.addSite(id, at.x, at.y, name.getText());
            status.accept("Added a proposed site to the scenario; only " + type.getValue() + " are searched again.");
        });
    }

    /** Asks a point or polygon layer of sites and its facility type, and adds its sites to the scenario shown. */
    public void addSitesFromLayer() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Layer of proposed sites");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Point or polygon layers", "*.geojson",
                "*.json", "*.gpkg", "*.shp", "*.csv"));
        if (baseDir.get() != null) {
            chooser.setInitialDirectory(baseDir.get().toFile());
        }
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return;
        }
        DesertToggles t = model.toggles();
        javafx.scene.control.ChoiceDialog<String> ask = new javafx.scene.control.ChoiceDialog<>(t.labels().get(0),
                t.labels());
        ask.initOwner(owner.get());
        ask.setTitle("Catchment");
        ask.setHeaderText("The sites of " + file.getName() + " are proposed sites of which facility type?");
        ask.showAndWait().ifPresent(label -> model.addLayer(t.types().get(t.labels().indexOf(label)),
                SpecPaths.relative(file.toPath(), baseDir.get())));
    }

    /**
     * @param picks the facilities under the cursor, nearest first ({@link FacilityPicks#at})
     * @return the map's what-if menu for them: close, reopen or remove each; empty when there is none; on a
     *     tiled run's result, those items disabled and a line saying why
     */
    public ContextMenu menu(List<FacilityPicks.Pick> picks) {
        ContextMenu menu = new ContextMenu();
        menu.setId("whatIfMenu");
        for (FacilityPicks.Pick p : picks.subList(0, Math.min(6, picks.size()))) {
            String name = p.label() + ": " + p.facility().name();
            MenuItem item = switch (p.kind()) {
                case OPEN -> item(CLOSE + " (" + name + ")", () -> model.close(p.type(), p.facility()));
                case CLOSED -> item("Reopen " + name, () -> model.reopen(p.type(), p.facility()));
                case ADDED -> item("Remove proposed site " + name, () -> model.removeSite(p.type(),
                        p.facility().geometry().getCoordinate().x, p.facility().geometry().getCoordinate().y));
            };
            item.setDisable(!model.canEvaluateScenarios());
            menu.getItems().add(item);
        }
        if (model.whyNoScenarios() != null) {
            MenuItem why = new MenuItem(NOT_TILED);
            why.setDisable(true);
            menu.getItems().add(why);
        }
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    /**
     * Writes the scenario shown as {@code catchment run --scenario NAME} does: the baseline's outputs
     * and the scenario's (with its comparison and change map) in {@code scenario_<name>/}, all or
     * nothing, asking first before replacing outputs of an earlier run.
     */
    public void exportScenario() {
        WhatIfModel.View v = model.view();
        if (v == null || v.scenario() == null) {
            Dialogs.info(owner.get(), "No scenario to export", "Choose or make a scenario first: the export writes its"
                    + " comparison with the baseline.");
            return;
        }
        ScenarioResult scenario = v.scenario();
        String name = scenario.scenario().name();
        boolean force = false;
        try {
            ScenarioOutputs.checkTarget(v.baseline().analysis(), List.of(name), false, false);
        } catch (RuntimeException e) {
            if (!Dialogs.confirm(owner.get(), "Replace the outputs?", Dialogs.message(e) + "\n\nReplace them?")) {
                return;
            }
            force = true;
        }
        boolean replace = force;
        status.accept("Writing scenario " + name + "\u2026");
        Background.run("whatif-export", () -> ScenarioOutputs.write(v.baseline(), List.of(scenario), false, replace,
                org.catchment.analysis.ProgressListener.NONE, () -> false), written -> status.accept("Wrote "
                + written.size() + " files of scenario " + name + " to " + v.baseline().analysis().outputDir()),
                e -> {
                    status.accept("The scenario could not be written.");
                    Dialogs.error(owner.get(), "The scenario could not be written", e);
                });
    }

    private Optional<String> ask(String header, String prompt, String value) {
        TextInputDialog d = new TextInputDialog(value);
        d.initOwner(owner.get());
        d.setTitle("Catchment");
        d.setHeaderText(header);
        d.setContentText(prompt);
        d.getEditor().setId("scenarioName");
        return d.showAndWait();
    }

    private void tryDo(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            Dialogs.error(owner.get(), "The scenario cannot be named so", e.getMessage());
        }
    }
}
