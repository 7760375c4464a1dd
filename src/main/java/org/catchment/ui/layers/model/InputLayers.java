package org.catchment.ui.layers.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.FacilityLayers;
import org.catchment.analysis.LayerRef;
import org.catchment.analysis.Layers;
import org.catchment.analysis.WorkingCrsChoice;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Layer;
import org.catchment.render.MapLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads an analysis's input layers for display (off the FX thread): the study-area wards
 * labelled by name, each facility type's layer in the type's colour and symbol (filtered as the
 * analysis says), and roads and footpaths as a light backdrop, read only within walking reach of
 * the selected wards when the run reads them so (a national OS Open Roads folder stays small). An
 * OpenStreetMap extract is not drawn (it has no layer to draw until the network is built). Every
 * layer is read into the analysis's working CRS, chosen as a run chooses it
 * ({@link WorkingCrsChoice}); without a study area, that of {@code working_crs} or of the first
 * facility layer.
 */
public final class InputLayers {

    /**
     * What was read.
     *
     * @param layers    the layers, top of the panel first
     * @param wardNames the names of the study-area zones, in file order (empty without a name field)
     * @param warnings  things to tell the user (layers not drawn)
     */
    public record Loaded(List<LayerItem> layers, List<String> wardNames, List<String> warnings) {

        /** @return the ids of the layers to keep above a run's results (facilities, ward outlines), top first */
        public List<Long> aboveResults() {
            return layers.stream().filter(i -> !i.name().equals(ROADS) && !i.name().equals(FOOTPATHS))
                    .map(LayerItem::id).toList();
        }
    }

    /** The name of the road backdrop layer. */
    public static final String ROADS = "Roads";
    /** The name of the footpath backdrop layer. */
    public static final String FOOTPATHS = "Footpaths";

    /** Wards are labelled only when there are at most this many, so the map stays readable. */
    public static final int MAX_LABELLED_WARDS = 40;

    private InputLayers() {
    }

    /**
     * @param analysis  the analysis
     * @param ids       a source of layer ids
     * @param cancelled polled between layers
     * @return the layers
     * @throws org.catchment.CatchmentException when a layer cannot be read
     */
    public static Loaded read(Analysis analysis, java.util.function.LongSupplier ids, BooleanSupplier cancelled) {
        AnalysisSpec spec = analysis.spec();
        List<LayerItem> top = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> wardNames = new ArrayList<>();
        Envelope studyEnvelope = null;
        boolean hasWards = spec.studyArea() != null && spec.studyArea().layer() != null;
        Layer chosenWards = null;
        if (hasWards) {
            WorkingCrsChoice.Chosen chosen = WorkingCrsChoice.choose(analysis);
            analysis = chosen.analysis();
            chosenWards = chosen.studyLayer();
        } else {
            analysis = analysis.withWorkingCrs(WorkingCrsChoice.given(spec));
        }
        for (int i = 0; i < spec.facilities().size(); i++) {
            check(cancelled);
            AnalysisSpec.FacilitySpec f = spec.facilities().get(i);
            List<Layer> read = FacilityLayers.read(analysis, i);
            for (int k = 0; k < read.size(); k++) {
                Layer layer = read.get(k);
                if (analysis.workingCrs() == null) {
                    analysis = analysis.withWorkingCrs(layer.crs());
                }
                top.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.INPUT, f.label() + (k == 0 ? "" : " (" + (k + 1)
                        + ")"), layer, LayerStyles.facility(i, layer.kind())));
            }
        }
        if (hasWards) {
            check(cancelled);
            Layer wards = spec.studyArea().filter() == null ? chosenWards
                    : Layers.read(analysis.layer(spec.studyArea().layer()), analysis.readOptions());
            String field = spec.studyArea().nameField() == null ? null
                    : wards.findAttribute(spec.studyArea().nameField()).orElse(null);
            List<String> labels = new ArrayList<>();
            for (var feature : wards.features()) {
                Object v = field == null ? null : feature.getAttribute(field);
                labels.add(v == null ? null : v.toString());
                if (v != null && !wardNames.contains(v.toString())) {
                    wardNames.add(v.toString());
                }
            }
            studyEnvelope = selected(wards, field, spec.studyArea().select());
            LayerItem item = LayerItem.of(ids.getAsLong(), LayerItem.Group.INPUT, "Wards", wards, LayerStyles.wards());
            MapLayer labelled = item.mapLayer().geometries().size() == labels.size()
                    && labels.size() <= MAX_LABELLED_WARDS ? item.mapLayer().withLabels(labels) : item.mapLayer();
            top.add(new LayerItem(item.id(), item.group(), labelled, wards, true, item.extent()));
        }
        if (spec.network() != null && analysis.isOpenStreetMap()) {
            warnings.add("The roads come from an OpenStreetMap extract, which is drawn only after a run.");
        } else if (spec.network() != null) {
            ReadOptions options = analysis.readOptions();
            ReadOptions read = options.workingCrs() == null ? options
                    : roadsExtent(analysis, studyEnvelope).map(options::withExtent).orElse(options);
            for (String footpath : spec.network().footpaths()) {
                check(cancelled);
                Layer layer = Layers.read(analysis.layer(footpath), read);
                top.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.INPUT, FOOTPATHS, layer,
                        LayerStyles.footpaths()));
            }
            for (LayerRef road : analysis.roads()) {
                check(cancelled);
                if (read.extent() != null && !LayerReader.mayIntersect(road.file(), read.extent(), read.workingCrs())) {
                    continue;
                }
                Layer layer = Layers.read(road, read);
                if (layer.size() > 0) {
                    top.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.INPUT, ROADS, layer, LayerStyles.roads()));
                }
            }
        }
        return new Loaded(top, wardNames, warnings);
    }

    /**
     * @return the envelope within which roads and footpaths are drawn: the selected wards widened
     *     by the network reach, as the run reads them; empty (read everything) when the run reads
     *     everything or there are no wards yet
     */
    private static Optional<Envelope> roadsExtent(Analysis analysis, Envelope study) {
        double reach = analysis.networkReachM();
        if (study == null || study.isNull() || Double.isInfinite(reach)) {
            return Optional.empty();
        }
        Envelope e = new Envelope(study);
        e.expandBy(reach);
        return Optional.of(e);
    }

    /** @return the envelope of the wards named in {@code select} (by the name field), or of all when null */
    private static Envelope selected(Layer wards, String field, List<String> select) {
        Envelope e = new Envelope();
        for (var feature : wards.features()) {
            Object v = field == null ? null : feature.getAttribute(field);
            if (select == null || (v != null && select.contains(v.toString()))) {
                e.expandToInclude(Layer.geometry(feature).getEnvelopeInternal());
            }
        }
        return e.isNull() ? wards.envelope() : e;
    }


    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
