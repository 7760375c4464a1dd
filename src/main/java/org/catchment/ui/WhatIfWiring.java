package org.catchment.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.input.ContextMenuEvent;
import org.catchment.analysis.AnalysisResult;
import org.catchment.ui.common.Background;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.map.MapView;
import org.catchment.ui.model.AnalysisSession;
import org.catchment.ui.model.LatestWins;
import org.catchment.ui.results.ResultsView;
import org.catchment.ui.whatif.ComparisonView;
import org.catchment.ui.whatif.WhatIfActions;
import org.catchment.ui.whatif.SuggestedSitesView;
import org.catchment.ui.whatif.WhatIfPanel;
import org.catchment.ui.whatif.model.FacilityPicks;
import org.catchment.ui.whatif.model.SiteSuggestions;
import org.catchment.ui.whatif.model.WhatIfModel;
import org.locationtech.jts.geom.Coordinate;

/**
 * Wires the what-if feature into the main window: the model follows the session's result, what it
 * computes is shown on the map and in the Results panel (with the comparison in its own tab), a
 * click on the map places a proposed site while "Add proposed site" is on, a right-click on a
 * facility opens the what-if menu, and suggested sites are drawn over the result layers.
 */
final class WhatIfWiring {

    /** The Results panel's tab of the comparison. */
    static final String COMPARISON_TAB = "Comparison";

    private final WhatIfModel model;
    private final WhatIfPanel panel;
    private final ComparisonView comparison;
    private final MapView map;
    private final SiteSuggestions suggestions;
    private final LayerListModel layers;
    /** The ids of the suggested sites' layers on the map now. */
    private List<Long> siteLayers = List.of();

    WhatIfWiring(MainWindow window, AnalysisForm form, AnalysisSession session, LayerListModel layers, MapView map,
                 ResultsView results, RunResults runResults) {
        this.map = map;
        this.layers = layers;
        this.model = new WhatIfModel(form, LatestWins.onOwnThread("catchment-whatif", Platform::runLater),
                Background.jobs(), layers::nextId);
        WhatIfActions actions = new WhatIfActions(model, window::stage, session::baseDir, window::status);
        this.panel = new WhatIfPanel(model, actions);
        this.suggestions = new SiteSuggestions(Background.jobs());
        panel.addSection(new SuggestedSitesView(model, suggestions, window::stage, session::baseDir));
        suggestions.addListener(this::showSites);
        this.comparison = new ComparisonView(actions::exportScenario);
        results.addTab(COMPARISON_TAB, comparison);
        session.addListener(new AnalysisSession.Listener() {
            @Override
            public void resultChanged(AnalysisResult r) {
                model.resultChanged(r);
                suggestions.resultChanged(r);
                comparison.show(null, null, null);
            }
        });
        model.addListener(new WhatIfModel.Listener() {
            @Override
            public void viewChanged(WhatIfModel.View v) {
                List<LayerItem> shown = new ArrayList<>(layers.items().stream()
                        .filter(i -> siteLayers.contains(i.id())).toList());
                shown.addAll(v.layers());
                runResults.show(v.shown(), shown);
                comparison.show(v.scenarioName(), v.baseline().analysis().spec(), v.comparison());
            }
        });
        map.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
    }

    /** Puts the suggested sites' layers (the last picks') on top of the result layers, in place of earlier ones. */
    private void showSites() {
        List<LayerItem> sites = suggestions.layers(layers::nextId);
        if (sites.isEmpty() && siteLayers.isEmpty()) {
            return;
        }
        List<LayerItem> group = new ArrayList<>(sites);
        layers.items().stream().filter(i -> i.group() == LayerItem.Group.RESULT && !siteLayers.contains(i.id()))
                .forEach(group::add);
        siteLayers = sites.stream().map(LayerItem::id).toList();
        layers.replaceGroup(LayerItem.Group.RESULT, group);
    }

    /** @return the suggested sites' view model */
    SiteSuggestions suggestions() {
        return suggestions;
    }

    /** @return the What if panel */
    WhatIfPanel panel() {
        return panel;
    }

    /** @return the what-if view model */
    WhatIfModel model() {
        return model;
    }

    /** @return the comparison in the Results panel */
    ComparisonView comparison() {
        return comparison;
    }

    /** @return true when the click placed a proposed site (so it identifies nothing) */
    boolean clicked(Coordinate at) {
        if (!panel.isAddingSite() || !model.canEvaluateScenarios()) {
            return false;
        }
        panel.stopAddingSite();
        panel.actions().addSiteAt(at);
        return true;
    }

    /** @return the facilities within a few pixels of a point of the map, nearest first */
    List<FacilityPicks.Pick> picks(Coordinate at) {
        WhatIfModel.View v = model.view();
        if (v == null) {
            return List.of();
        }
        return FacilityPicks.at(v.shown(), v.comparison(), at, 6 * map.viewport().mPerPx());
    }

    private void contextMenu(ContextMenuEvent e) {
        List<FacilityPicks.Pick> picks = picks(map.viewport().toWorld(e.getX(), e.getY()));
        if (!picks.isEmpty()) {
            panel.actions().menu(picks).show(map, e.getScreenX(), e.getScreenY());
            e.consume();
        }
    }
}
