package org.catchment.ui.whatif.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.catchment.analysis.AnalysisResult;
import org.catchment.export.ChangeMap;
import org.catchment.render.MapLayer;
import org.catchment.scenario.ScenarioResult;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.results.model.ResultLayerItems;

/**
 * The layers the map shows for the result on view: a run's result layers
 * ({@link ResultLayerItems}: deserts, service areas, served count) and, for a scenario, the change
 * on top of them, composed as the change map PNG composes it ({@link ChangeMap#layers}), so the
 * app and the exported map agree.
 */
public final class ChangeLayerItems {

    private ChangeLayerItems() {
    }

    /**
     * @param shown    the result on view (the baseline, or the scenario's)
     * @param scenario the scenario evaluated, or null for the baseline
     * @param ids      fresh layer ids
     * @return the result group's layers, top of the panel first
     */
    public static List<LayerItem> of(AnalysisResult shown, ScenarioResult scenario, LongSupplier ids) {
        List<LayerItem> out = new ArrayList<>();
        if (scenario != null) {
            List<MapLayer> change = new ArrayList<>(ChangeMap.layers(scenario.comparison()));
            for (int i = change.size() - 1; i >= 0; i--) {
                out.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.RESULT, change.get(i), null));
            }
        }
        out.addAll(ResultLayerItems.of(shown, ids));
        return out;
    }
}
