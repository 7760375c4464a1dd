package org.catchment.ui;

import java.util.function.Function;
import javafx.application.Platform;
import org.catchment.Settings;
import org.catchment.analysis.AnalysisResult;
import org.catchment.io.tiles.TileSource;
import org.catchment.io.tiles.Tiles;
import org.catchment.render.Basemap;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.map.MapView;
import org.catchment.ui.map.model.BasemapModel;
import org.catchment.ui.model.LatestWins;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * The basemap under the main window's map: the user's choice ({@link BasemapModel}, kept in the
 * settings), drawn in the map's CRS (that of its layers: the analysis's working CRS), its credit
 * shown on the map, tiles fetched in the background redrawing the map as they arrive, and a
 * server that cannot be reached said in the status bar.
 */
final class MapBasemap {

    private final BasemapModel model;
    private final LayerListModel layers;
    private final MapView map;

    /**
     * @param settings  the user's settings
     * @param tilesOf   the tiles of a server, cached and fetched
     * @param layers    the map's layers (their CRS is the map's)
     * @param map       the map view
     * @param status    shows a line in the status bar
     */
    MapBasemap(Settings settings, Function<TileSource, Tiles> tilesOf, LayerListModel layers, MapView map,
               java.util.function.Consumer<String> status) {
        this.layers = layers;
        this.map = map;
        this.model = new BasemapModel(settings, tilesOf, LatestWins.onOwnThread("catchment-tiles", Platform::runLater));
        model.addListener(new BasemapModel.Listener() {
            @Override
            public void changed() {
                map.setCredit(model.credit().orElse(null));
                map.refresh();
            }

            @Override
            public void tilesArrived() {
                map.refresh();
            }

            @Override
            public void noteChanged(String note) {
                if (note != null) {
                    status.accept(note);
                }
            }
        });
        map.setCredit(model.credit().orElse(null));
        model.note().ifPresent(status);
    }

    /** @return the basemap's view model */
    BasemapModel model() {
        return model;
    }

    /** @return the basemap for the map on screen (drawn from the tile cache), or null for none */
    Basemap forMap(AnalysisResult result) {
        return model.forMap(crs(result));
    }

    /** @return the basemap for an exported page (fetching the tiles it lacks), or null for none */
    Basemap forExport(AnalysisResult result) {
        return model.forExport(crs(result));
    }

    /** @return the map's CRS: that of its layers, else of the last result, else null (an empty map) */
    CoordinateReferenceSystem crs(AnalysisResult result) {
        for (LayerItem item : layers.items()) {
            if (item.source() != null) {
                return item.source().crs();
            }
        }
        return result == null ? null : result.inputs().zones().crs();
    }

    /** Stops the tile jobs. */
    void dispose() {
        model.dispose();
    }
}
