package org.catchment.ui.results.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.catchment.analysis.AnalysisResult;
import org.catchment.export.BaseLayers;
import org.catchment.export.LayerNames;
import org.catchment.export.ResultLayers;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.network.WalkingNetwork;
import org.catchment.render.MapLayer;
import org.catchment.render.Style;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerStyles;
import org.geotools.api.feature.simple.SimpleFeature;

/**
 * The layers a run adds to the panel: the deserts (hatched, numbered as in the results table) and
 * one service-area layer per facility type and band, and the served-count surface (how many types
 * serve each place, one layer per count), the ward coverage and the accessibility indicators, with
 * the export's attributes so
 * Identify and the attribute table can list them.
 * Only the first type's service areas are shown at first; the others are listed hidden.
 */
public final class ResultLayerItems {

    private ResultLayerItems() {
    }

    /**
     * @return the result layers, top of the panel first: deserts, each type's service areas by band,
     *     then the served-count surface as one hidden layer per count ("Served by 5 of 7 types") and
     *     the wards with their coverage as columns and the accessibility indicators ("Access:
     *     postcodes", "Access: lsoa": minutes per postcode and per zone; all hidden, to be styled by
     *     a column); for a
     *     network from OpenStreetMap (which has no road layer to show before a run) the network's
     *     footpaths, ways closed to walkers and roads come last, as the exported maps draw them (a
     *     tiled result keeps no network and is never from OpenStreetMap: its roads are the input layers')
     */
    public static List<LayerItem> of(AnalysisResult result, LongSupplier ids) {
        ResultLayers layers = new ResultLayers(result);
        List<LayerItem> out = new ArrayList<>();
        Layer deserts = layers.deserts();
        LayerItem d = LayerItem.of(ids.getAsLong(), LayerItem.Group.RESULT, LayerNames.DESERTS, deserts,
                LayerStyles.deserts().withLabels(Style.DEFAULT_LABEL_PT));
        List<String> labels = deserts.features().stream().filter(f -> Layer.geometry(f) != null
                && !Layer.geometry(f).isEmpty()).map(f -> String.valueOf(f.getAttribute("id"))).toList();
        out.add(new LayerItem(d.id(), d.group(), d.mapLayer().withLabels(labels), deserts, true, d.extent()));
        Layer areas = layers.serviceAreas();
        boolean rings = result.analysis().spec().catchments().rings();
        for (int i = 0; i < result.types().size(); i++) {
            AnalysisResult.TypeResult t = result.types().get(i);
            List<Double> bands = t.spec().bandsMin();
            for (int k = 0; k < bands.size(); k++) {
                String name = t.spec().label() + " " + bandText(bands, k, rings);
                Layer band = subset(areas, name, t.spec().type(), bands.get(k));
                LayerItem item = LayerItem.of(ids.getAsLong(), LayerItem.Group.RESULT, name, band,
                        LayerStyles.serviceArea(k, bands.size()));
                out.add(i == 0 ? item : item.withVisible(false));
            }
        }
        Layer served = layers.servedCount();
        int types = result.types().size();
        for (int k = types; k >= 0; k--) {
            int count = k;
            List<org.geotools.api.feature.simple.SimpleFeature> kept = served.features().stream()
                    .filter(f -> f.getAttribute("served_count") instanceof Number n && n.intValue() == count).toList();
            if (!kept.isEmpty()) {
                String name = "Served by " + k + " of " + types + " types";
                out.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.RESULT, name,
                        Layer.of(name, served.featureType(), kept), LayerStyles.servedCount(k, types)).withVisible(false));
            }
        }
        out.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.RESULT, LayerNames.WARD_COVERAGE, layers.wardCoverage(),
                LayerStyles.zones()).withVisible(false));
        for (Layer layer : layers.accessibility()) {
            String name = "Access: " + layer.name().substring("access_".length());
            out.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.RESULT, name, layer.renamed(name),
                    layer.kind() == GeometryKind.POINT ? LayerStyles.added(GeometryKind.POINT, 0) : LayerStyles.zones())
                    .withVisible(false));
        }
        if (!result.tiled() && result.network().source() == WalkingNetwork.Source.OPENSTREETMAP) {
            List<MapLayer> base = new ArrayList<>(BaseLayers.network(result.network(), null));
            Collections.reverse(base);
            base.forEach(m -> out.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.RESULT, m, null)));
        }
        return out;
    }

    /** @return "within 10 min" for disks, "5-10 min" for rings */
    static String bandText(List<Double> bands, int k, boolean rings) {
        String to = AnalysisForm.formatNumber(bands.get(k));
        if (!rings) {
            return "within " + to + " min";
        }
        return (k == 0 ? "0" : AnalysisForm.formatNumber(bands.get(k - 1))) + "\u2013" + to + " min";
    }

    private static Layer subset(Layer areas, String name, String type, double bandMin) {
        List<SimpleFeature> kept = new ArrayList<>();
        for (SimpleFeature f : areas.features()) {
            Object band = f.getAttribute("band_min");
            if (Objects.equals(type, f.getAttribute("type")) && band instanceof Number n && n.doubleValue() == bandMin) {
                kept.add(f);
            }
        }
        return Layer.of(name, areas.featureType(), kept);
    }
}
