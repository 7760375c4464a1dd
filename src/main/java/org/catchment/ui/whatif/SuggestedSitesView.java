package org.catchment.ui.whatif;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.whatif.model.DesertToggles;
import org.catchment.ui.whatif.model.SiteSuggestions;
import org.catchment.ui.whatif.model.WhatIfModel;

/**
 * The What if panel's "Suggested sites" section: "Suggest sites..." (the dialog, then the siting in
 * the background on the last run's result), the picks in order with their marginal and running
 * residents, a "Make scenario" button per pick (that site alone) and one for all the picks; a
 * scenario so made is an ordinary scenario edit (undo, redo, saved in the analysis file).
 */
public final class SuggestedSitesView extends VBox {

    private final WhatIfModel model;
    private final SiteSuggestions suggestions;
    private final Button suggest = new Button("Suggest sites\u2026");
    private final Label state = new Label();
    private final VBox rows = new VBox(4);
    private final Button all = new Button();
    private final Supplier<Window> owner;

    /**
     * @param model       the what-if model (its scenarios)
     * @param suggestions the siting's view model
     * @param owner       the window dialogs belong to
     * @param baseDir     the analysis file's folder, or null
     */
    public SuggestedSitesView(WhatIfModel model, SiteSuggestions suggestions, Supplier<Window> owner,
                              Supplier<Path> baseDir) {
        this.model = model;
        this.suggestions = suggestions;
        this.owner = owner;
        setSpacing(6);
        setId("suggestedSites");
        Label heading = new Label("Suggested sites");
        heading.setStyle("-fx-font-weight: bold;");
        suggest.setId("suggestSites");
        suggest.setTooltip(new Tooltip("Choose k new sites of a type, from a grid on the walkable links or a layer,"
                + " that bring the most residents within its served band (as catchment site does)."));
        suggest.setOnAction(e -> {
            DesertToggles t = model.toggles();
            SuggestSitesDialog.ask(owner.get(), t.types(), t.labels(), baseDir.get()).ifPresent(suggestions::suggest);
        });
        state.setId("suggestState");
        state.setWrapText(true);
        state.setMinHeight(USE_PREF_SIZE);
        all.setId("scenarioOfAllPicks");
        all.setMinWidth(USE_PREF_SIZE);
        all.setOnAction(e -> make(suggestions.rows().size(), true));
        rows.setId("suggestedPicks");
        getChildren().addAll(heading, suggest, state, rows, all);
        suggestions.addListener(this::update);
        model.addListener(new WhatIfModel.Listener() {
            @Override
            public void stateChanged() {
                suggest.setDisable(!suggestions.canSuggest() || suggestions.isBusy());
            }
        });
        update();
    }

    private void update() {
        suggest.setDisable(!suggestions.canSuggest() || suggestions.isBusy());
        state.setText(suggestions.message() == null ? "" : suggestions.message());
        List<SiteSuggestions.Row> picks = suggestions.rows();
        rows.getChildren().clear();
        for (SiteSuggestions.Row r : picks) {
            Label text = new Label(suggestions.describe(r));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button make = new Button("Make scenario");
            make.setId("makeScenario-" + r.rank());
            make.setMinWidth(USE_PREF_SIZE);
            make.setTooltip(new Tooltip("A new scenario adding this site alone"));
            make.setOnAction(e -> make(r.rank(), false));
            HBox row = new HBox(6, text, make);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        all.setText("Make scenario of all " + picks.size() + " sites");
        all.setVisible(picks.size() > 1);
        all.setManaged(picks.size() > 1);
    }

    private void make(int rank, boolean upTo) {
        try {
            model.createWith(suggestions.scenarioName(model.book(), rank, upTo), suggestions.scenarioEdit(rank, upTo));
        } catch (IllegalArgumentException e) {
            Dialogs.error(owner.get(), "The scenario could not be made", e.getMessage());
        }
    }
}
