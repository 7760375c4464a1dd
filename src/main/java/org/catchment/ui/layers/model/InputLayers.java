package org.catchment.ui.layers.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.InputException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.FacilityLayers;
import org.catchment.analysis.LayerRef;
import org.catchment.analysis.Layers;
import org.catchment.analysis.WorkingCrsChoice;
import org.catchment.export.BaseLayers;
import org.catchment.export.LayerNames;
import org.catchment.export.MapPages;
import org.catchment.io.AttributeJoin;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvTable;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.overlay.StudyArea;
import org.catchment.overlay.Zone;
import org.catchment.render.MapLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads an analysis's input layers for display (off the FX thread): the study-area wards as a
 * run takes them ({@link Layers#studyArea}, {@code study_area.filter} applied; listed as
 * {@link StudyArea#zones} names them), labelled by name (up to
 * {@link MapPages#MAX_LABELLED_ZONES}), each facility type's layer in the type's colour and
 * symbol (filtered as the analysis says), the backdrop lines of {@code output.backdrop} (a
 * railway), each indicator's zones with its table joined (hidden, to be styled by its field), and
 * the roads, motorways and footpaths as the exported maps draw them ({@link BaseLayers}), read only
 * within walking reach of the selected wards when the run reads them so (a national OS Open Roads
 * folder stays small). An OpenStreetMap extract is not drawn (it has no layer to draw until the
 * network is built). Every layer is read into the analysis's working CRS, chosen as a run chooses
 * it, by {@link Layers#studyArea} ({@link WorkingCrsChoice}); without a study area, that of
 * {@code working_crs} or of the first facility layer.
 */
public final class InputLayers {

    /**
     * What was read.
     *
     * @param layers       the layers, top of the panel first
     * @param wardNames    the names of the study-area zones, in file order (empty without a name field)
     * @param warnings     things to tell the user (layers not drawn)
     * @param underResults the ids of the layers that stay under a run's results (the indicators' zones)
     */
    public record Loaded(List<LayerItem> layers, List<String> wardNames, List<String> warnings,
                         Set<Long> underResults) {

        /** Copies the set. */
        public Loaded {
            underResults = Set.copyOf(underResults);
        }

        /** What was read, every layer but the roads and footpaths to be kept above a run's results. */
        public Loaded(List<LayerItem> layers, List<String> wardNames, List<String> warnings) {
            this(layers, wardNames, warnings, Set.of());
        }

        /**
         * @return the ids of the layers to keep above a run's results (facilities, ward outlines,
         *     backdrop lines, motorways: everything but the roads, the footpaths and the indicators'
         *     zones), top first
         */
        public List<Long> aboveResults() {
            return layers.stream().filter(i -> !i.name().equals(ROADS) && !i.name().equals(FOOTPATHS)
                    && !underResults.contains(i.id())).map(LayerItem::id).toList();
        }
    }

    /** The name of the road backdrop layers (walkable roads; motorways are a layer of their own). */
    public static final String ROADS = BaseLayers.ROADS;
    /** The name of the footpath backdrop layer. */
    public static final String FOOTPATHS = BaseLayers.FOOTPATHS;

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
        Layer wards = null;
        if (spec.studyArea() != null && spec.studyArea().layer() != null) {
            WorkingCrsChoice.Chosen chosen = Layers.studyArea(analysis);
            analysis = chosen.analysis();
            wards = chosen.studyLayer();
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
                top.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.INPUT, LayerNames.facilities(f.label(), k), layer,
                        LayerStyles.facility(i, layer.kind())));
            }
        }
        if (wards != null) {
            check(cancelled);
            String field = spec.studyArea().nameField() == null ? null
                    : wards.findAttribute(spec.studyArea().nameField()).orElse(null);
            List<String> labels = new ArrayList<>();
            for (var feature : wards.features()) {
                Object v = field == null ? null : feature.getAttribute(field);
                labels.add(v == null ? null : v.toString());
            }
            List<Zone> zones = zones(wards, field, spec.studyArea());
            zones.stream().map(Zone::name).distinct().forEach(wardNames::add);
            studyEnvelope = selected(wards, field, spec.studyArea());
            LayerItem item = LayerItem.of(ids.getAsLong(), LayerItem.Group.INPUT, LayerNames.WARDS, wards,
                    LayerStyles.wards());
            MapLayer labelled = item.mapLayer().geometries().size() != labels.size() ? item.mapLayer()
                    : MapPages.zoneLabels(labels).map(item.mapLayer()::withLabels).orElse(item.mapLayer());
            top.add(new LayerItem(item.id(), item.group(), labelled, wards, true, item.extent()));
        }
        for (Layer backdrop : Layers.backdrop(analysis)) {
            check(cancelled);
            top.add(item(ids, BaseLayers.backdrop(backdrop, null)));
        }
        List<LayerItem> indicators = indicators(analysis, ids, warnings);
        top.addAll(indicators);
        if (spec.network() != null && analysis.isOpenStreetMap()) {
            warnings.add("The roads come from an OpenStreetMap extract, which is drawn only after a run.");
        } else if (spec.network() != null) {
            ReadOptions options = analysis.readOptions();
            ReadOptions read = options.workingCrs() == null ? options
                    : roadsExtent(analysis, studyEnvelope).map(options::withExtent).orElse(options);
            List<LayerItem> roads = new ArrayList<>();
            List<LayerItem> closed = new ArrayList<>();
            for (LayerRef road : analysis.roads()) {
                check(cancelled);
                if (read.extent() != null && !LayerReader.mayIntersect(road.file(), read.extent(), read.workingCrs())) {
                    continue;
                }
                for (BaseLayers.Part part : BaseLayers.roadLinks(Layers.read(road, read))) {
                    (part.layer().legendLabel().equals(ROADS) ? roads : closed).add(item(ids, part));
                }
            }
            top.addAll(closed);
            for (String footpath : spec.network().footpaths()) {
                check(cancelled);
                top.add(item(ids, BaseLayers.footpaths(Layers.read(analysis.layer(footpath), read))));
            }
            top.addAll(roads);
        }
        return new Loaded(top, wardNames, warnings, indicators.stream().map(LayerItem::id).collect(Collectors.toSet()));
    }

    /**
     * @return each indicator's zones with its table joined, named by its label and hidden, to be
     *     styled by the indicator's field (IMD deciles as a choropleth); an indicator that cannot be
     *     read yet is left out with a warning (the run reports it in full)
     */
    private static List<LayerItem> indicators(Analysis analysis, java.util.function.LongSupplier ids,
                                              List<String> warnings) {
        List<LayerItem> out = new ArrayList<>();
        for (AnalysisSpec.IndicatorSpec i : analysis.spec().indicators()) {
            try {
                Layer zones = Layers.read(analysis.layer(i.layer()), analysis.readOptions());
                Layer joined = AttributeJoin.join(zones, i.layerKey(), CsvTable.read(analysis.path(i.table())),
                        i.tableKey()).layer().renamed(i.label());
                out.add(LayerItem.of(ids.getAsLong(), LayerItem.Group.INPUT, i.label(), joined, LayerStyles.zones())
                        .withVisible(false));
            } catch (CatchmentException | IllegalArgumentException e) {
                warnings.add("The indicator " + i.label() + " is not drawn: " + e.getMessage());
            }
        }
        return out;
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

    /**
     * @param field the name field as spelt in the layer, or null when it has none yet
     * @return every zone as a run names it ({@link StudyArea#zones}), for the list of wards to tick;
     *     none while the name field or the polygons are still missing (the form is being filled in)
     */
    private static List<Zone> zones(Layer wards, String field, AnalysisSpec.StudyAreaSpec a) {
        if (field == null || wards.kind() != GeometryKind.POLYGON) {
            return List.of();
        }
        String code = a.codeField() == null ? null : wards.findAttribute(a.codeField()).orElse(null);
        return StudyArea.zones(wards, field, code, null, new ArrayList<>());
    }

    /**
     * @return the envelope of the zones {@code select} names, as a run selects them, or of all
     *     when there is no selection or it cannot be made yet (a run reports that)
     */
    private static Envelope selected(Layer wards, String field, AnalysisSpec.StudyAreaSpec a) {
        if (a.select() == null || field == null || wards.kind() != GeometryKind.POLYGON) {
            return wards.envelope();
        }
        try {
            String code = a.codeField() == null ? null : wards.findAttribute(a.codeField()).orElse(null);
            Envelope e = new Envelope();
            StudyArea.zones(wards, field, code, a.select(), new ArrayList<>())
                    .forEach(z -> e.expandToInclude(z.geometry().getEnvelopeInternal()));
            return e.isNull() ? wards.envelope() : e;
        } catch (InputException unknownZone) {
            return wards.envelope();
        }
    }

    private static LayerItem item(java.util.function.LongSupplier ids, BaseLayers.Part part) {
        return LayerItem.of(ids.getAsLong(), LayerItem.Group.INPUT, part.layer(), part.features());
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
