package org.catchment.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.catchment.CatchmentException;
import org.catchment.analysis.AnalysisResult;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.map.MapView;
import org.catchment.ui.model.AnalysisSession;
import org.catchment.ui.model.LatestWins;
import org.catchment.ui.model.TiledResults;
import org.catchment.ui.results.IdentifyView;
import org.catchment.ui.results.ResultsView;
import org.catchment.ui.results.model.Identify;
import org.catchment.ui.results.model.PlaceTimes;
import org.catchment.ui.results.model.ResultLayerItems;
import org.catchment.ui.results.model.ResultRows;
import org.catchment.ui.results.model.TiledPlaceTimes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Shows the session's result: its layers (under the facilities and ward outlines), the results
 * tables, and the walking times Identify gives (on a tiled run's result, which keeps no network,
 * worked out in the background on the clicked tile's network, the latest click winning); and
 * takes them all away when the result is cleared (another analysis opened), together with what
 * Identify showed.
 */
final class RunResults implements AnalysisSession.Listener {

    private final LayerListModel layers;
    private final MapView map;
    private final ResultsView results;
    private final IdentifyView identify;
    private final Supplier<List<Long>> aboveResults;
    private PlaceTimes placeTimes;
    /** The walking times of a tiled run's result, or null. */
    private TiledPlaceTimes tiledTimes;
    /** Works out a tiled result's walking times, one click at a time, and closes the tiles no longer wanted. */
    private final LatestWins<PlaceTimes.Place> tiledJobs = LatestWins.onOwnThread("catchment-identify",
            Platform::runLater);

    /**
     * @param layers       the layer list
     * @param map          the map (highlights, zoom)
     * @param results      the results tables
     * @param identify     the identify panel
     * @param aboveResults the input layers kept above the results (in the panel's order)
     */
    RunResults(LayerListModel layers, MapView map, ResultsView results, IdentifyView identify,
               Supplier<List<Long>> aboveResults) {
        this.layers = layers;
        this.map = map;
        this.results = results;
        this.identify = identify;
        this.aboveResults = aboveResults;
    }

    @Override
    public void resultChanged(AnalysisResult r) {
        if (r == null) {
            placeTimes = null;
            tiled(null);
            layers.replaceGroup(LayerItem.Group.RESULT, List.of());
            results.clear();
            identify.clear();
            map.setHighlight(null);
            return;
        }
        show(r, ResultLayerItems.of(r, layers::nextId));
    }

    /**
     * Shows a result with its layers: the run's, or what the what-if panel made of it (another
     * desert rule, a scenario with its change drawn over it).
     */
    void show(AnalysisResult r, List<LayerItem> resultLayers) {
        layers.replaceGroup(LayerItem.Group.RESULT, resultLayers);
        // in the order the panel shows them now: a layer the user moved keeps its place among them
        List<Long> above = aboveResults.get().stream().filter(id -> layers.indexOf(id) >= 0)
                .sorted(java.util.Comparator.comparingInt(layers::indexOf)).toList();
        for (int i = above.size() - 1; i >= 0; i--) {
            layers.move(above.get(i), 0);
        }
        tiled(r.tiled() ? r : null);
        placeTimes = r.tiled() ? null : new PlaceTimes(r.network(), r.types().stream().map(t -> PlaceTimes.TypeSearch.of(
                t.spec().label(), t.spec().servedBand(), t.catchment())).toList(),
                r.analysis().spec().network().walkingSpeedKmh());
        Map<String, String> labels = new LinkedHashMap<>();
        r.types().forEach(t -> labels.put(t.spec().type(), t.spec().label()));
        results.show(ResultRows.coverage(r.wardCoverage()), ResultRows.deserts(r.deserts().deserts(), labels),
                AnalysisSession.summary(r), r.warnings(), r.notes());
    }

    /**
     * Keeps the walking times of a tiled result (null: none): those of another run's tiles are
     * closed on the worker, after the work under way, and no answer for them is shown (nor the
     * working line any longer).
     */
    private void tiled(AnalysisResult r) {
        if (tiledTimes != null && tiledTimes.isFor(r)) {
            return;
        }
        TiledPlaceTimes old = tiledTimes;
        tiledTimes = r == null ? null : new TiledPlaceTimes(r);
        if (old != null) {
            if (identify.isWorking()) {
                identify.showNoTimes(null);
            }
            tiledJobs.submit(() -> {
                old.close();
                return null;
            }, none -> { }, e -> { });
        }
    }

    /**
     * Shows what is under a point: features of visible layers and, after a run, walking times (on a
     * tiled result, worked out in the background while Identify says so).
     */
    void identifyAt(Coordinate at) {
        double toleranceM = 4 * map.viewport().mPerPx();
        List<Identify.Hit> hits = Identify.at(layers.items(), at, toleranceM, 25);
        identify.show(at, hits, placeTimes == null ? null : placeTimes.at(at), null);
        if (tiledTimes != null) {
            TiledPlaceTimes times = tiledTimes;
            identify.showWorking(TiledResults.WORKING);
            tiledJobs.submitStoppable(stale -> timesAt(times, at, stale), identify::showTimes,
                    e -> identify.showNoTimes(TiledResults.timesFailed(e instanceof CatchmentException
                            ? e.getMessage() : null)));
        }
        Set<String> resultNames = new HashSet<>();
        layers.items().stream().filter(i -> i.group() == LayerItem.Group.RESULT).forEach(i -> resultNames.add(i.name()));
        map.setHighlight(hits.stream().filter(h -> resultNames.contains(h.layer())).findFirst()
                .or(() -> hits.stream().findFirst()).map(Identify.Hit::geometry).orElse(null));
    }

    /** @return the times at a point of a tiled result; a tile too large for the memory left is said in a line */
    private static PlaceTimes.Place timesAt(TiledPlaceTimes times, Coordinate at, java.util.function.BooleanSupplier stale) {
        try {
            return times.at(at, stale);
        } catch (OutOfMemoryError e) {
            throw new CatchmentException("Catchment ran out of memory reading this tile's network. Give Java more"
                    + " memory (see the user guide: Install, Memory), then try again.", e);
        }
    }

    /** Outlines a desert chosen in the table and zooms to it (null: none chosen). */
    void desertSelected(ResultRows.DesertRow row) {
        if (row == null) {
            map.setHighlight(null);
            return;
        }
        map.setHighlight(row.desert().geometry());
        Envelope e = row.desert().geometry().getEnvelopeInternal();
        e.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.5);
        map.zoomTo(e);
    }
}
