package org.catchment.ui.form.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.catchment.analysis.AnalysisSpec.CatchmentSpec;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.AnalysisSpec.IndicatorSpec;
import org.catchment.analysis.AnalysisSpec.NetworkSpec;
import org.catchment.analysis.AnalysisSpec.PopulationSpec;
import org.catchment.analysis.AnalysisSpec.StudyAreaSpec;
import org.catchment.analysis.AnalysisSpec.ZoneSpec;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.MapSpec;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.analysis.SpecRules;
import org.catchment.analysis.SpecRules.Limit;
import org.catchment.analysis.SpecRules.Range;
import org.catchment.ui.layers.model.AddedLayer;

/**
 * The view model of the analysis panel: holds the {@link AnalysisSpec} being edited and replaces
 * it with a new spec (the records are immutable) whenever a field changes, telling listeners.
 * Fields the panel does not show (footpath crossings, per-facility polygons, access points,
 * attribution, backdrop...) are carried over unchanged, so saving writes back everything the file had.
 *
 * <p>Setters reject values the runner would reject with an {@link IllegalArgumentException} whose
 * message is fit to show beside the field: numbers, bands and type identifiers are checked through
 * {@link SpecRules}, as the analysis file's validator checks them, and the panel takes its
 * spinner bounds from {@link #range}.
 */
public final class AnalysisForm {

    private AnalysisSpec spec;
    private final List<Consumer<AnalysisSpec>> listeners = new ArrayList<>();
    private int preferredMinMissing;

    /** @param spec the analysis to edit */
    public AnalysisForm(AnalysisSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        preferredMinMissing = spec.deserts().minMissing();
    }

    /** @return the analysis as edited so far */
    public AnalysisSpec spec() {
        return spec;
    }

    /** Replaces the whole analysis (after opening a file), telling listeners. */
    public void load(AnalysisSpec newSpec) {
        preferredMinMissing = Objects.requireNonNull(newSpec, "newSpec").deserts().minMissing();
        set(newSpec);
    }

    /** @param listener called with the new spec after every change */
    public void onChange(Consumer<AnalysisSpec> listener) {
        listeners.add(listener);
    }

    /** @param name the analysis title (blank: the default title) */
    public void setName(String name) {
        set(spec.withName(FormValues.blankToNull(name)));
    }

    /** @param kmh walking speed ({@link Limit#WALKING_SPEED}) */
    public void setWalkingSpeedKmh(double kmh) {
        setNetwork(NetworkEdits.walkingSpeed(network(), kmh));
    }

    /**
     * Adds a road source: an OS Open Roads folder, RoadLink shapefile or GeoPackage table, or one
     * OpenStreetMap extract (which must then be the only source).
     *
     * @param path the source as the analysis file writes it
     */
    public void addRoads(String path) {
        setNetwork(NetworkEdits.addRoads(network(), path));
    }

    /** @param index the road source to take out of the network */
    public void removeRoads(int index) {
        setNetwork(NetworkEdits.removeRoads(network(), index));
    }

    /** @param path a footpath / rights-of-way line layer to merge into the roads (not with OpenStreetMap) */
    public void addFootpaths(String path) {
        setNetwork(NetworkEdits.addFootpaths(network(), path));
    }

    /** @param index the footpath layer to take out of the network */
    public void removeFootpaths(int index) {
        setNetwork(NetworkEdits.removeFootpaths(network(), index));
    }

    /** @param toleranceM how near a road a footpath end joins it ({@link Limit#FOOTPATH_TOLERANCE}) */
    public void setFootpathToleranceM(double toleranceM) {
        setNetwork(NetworkEdits.footpathTolerance(network(), toleranceM));
    }

    /** @param toleranceM the largest distance from a facility to the network ({@link Limit#SNAP_TOLERANCE}) */
    public void setSnapToleranceM(double toleranceM) {
        setNetwork(NetworkEdits.snapTolerance(network(), toleranceM));
    }

    /** @param clip read only the roads within walking reach of the study area */
    public void setClipToStudyArea(boolean clip) {
        setNetwork(NetworkEdits.clip(network(), clip));
    }

    /**
     * @param layer      the residents layer (polygons or points), blank for none
     * @param countField the field holding the number of residents; needed with a layer
     */
    public void setPopulation(String layer, String countField) {
        String l = FormValues.blankToNull(layer);
        String c = FormValues.blankToNull(countField);
        if (l == null) {
            set(spec.withPopulation(null));
            return;
        }
        if (c == null) {
            throw new IllegalArgumentException("Name the field of " + l + " that holds the number of residents");
        }
        set(spec.withPopulation(new PopulationSpec(l, c)));
    }

    /**
     * @param layer     a further zone layer (e.g. LSOAs) to report coverage for
     * @param nameField the field naming each zone
     */
    public void addZone(String layer, String nameField) {
        ZoneSpec z = new ZoneSpec(FormValues.required(layer, "Choose the zone layer"),
                FormValues.required(nameField, "Name the field that names each zone"));
        if (spec.zones().stream().anyMatch(x -> x.layer().equals(z.layer()))) {
            throw new IllegalArgumentException(z.layer() + " is already a zone layer");
        }
        set(spec.withZones(FormValues.append(spec.zones(), z)));
    }

    /** @param index the zone layer to drop */
    public void removeZone(int index) {
        set(spec.withZones(FormValues.without(spec.zones(), index)));
    }

    /**
     * Adds an indicator table (e.g. IMD deciles by LSOA) to cross-tabulate against deserts.
     *
     * @param indicator the table, its key, the zone layer and key, the field and its classes
     */
    public void addIndicator(IndicatorSpec indicator) {
        IndicatorSpec i = indicator;
        FormValues.required(i.table(), "Choose the indicator table");
        FormValues.required(i.tableKey(), "Name the table's key column");
        FormValues.required(i.layer(), "Choose the zone layer the table describes");
        FormValues.required(i.layerKey(), "Name the layer's key field");
        FormValues.required(i.field(), "Name the column to classify");
        Limit.CLASS_COUNT.require(i.count());
        set(spec.withIndicators(FormValues.append(spec.indicators(), i)));
    }

    /** @param index the indicator to drop */
    public void removeIndicator(int index) {
        set(spec.withIndicators(FormValues.without(spec.indicators(), index)));
    }

    /** @param dir the output folder, relative to the analysis file's folder or absolute (blank: out) */
    public void setOutputDir(String dir) {
        set(spec.withOutput(spec.output().toBuilder().dir(FormValues.blankToNull(dir)).build()));
    }

    /**
     * @param widthPx  map width ({@link Limit#MAP_WIDTH})
     * @param heightPx map height ({@link Limit#MAP_HEIGHT})
     * @param dpi      resolution ({@link Limit#MAP_DPI})
     */
    public void setMapSize(int widthPx, int heightPx, int dpi) {
        Limit.MAP_WIDTH.require(widthPx);
        Limit.MAP_HEIGHT.require(heightPx);
        Limit.MAP_DPI.require(dpi);
        set(spec.withOutput(spec.output().toBuilder().widthPx(widthPx).heightPx(heightPx).dpi(dpi).build()));
    }

    /**
     * @param map the map as the app shows it (extent, layers, styles by field), saved with the
     *            analysis; null for none. Class counts are checked ({@link Limit#STYLE_CLASS_COUNT}).
     */
    public void setMap(MapSpec map) {
        if (map != null) {
            map.layers().stream().filter(l -> l.style() != null && l.style().count() != null)
                    .forEach(l -> Limit.STYLE_CLASS_COUNT.require(l.style().count()));
        }
        set(spec.withMap(map));
    }

    /** @param trimDistanceM how far service areas reach either side of a street ({@link Limit#TRIM_DISTANCE}) */
    public void setTrimDistanceM(double trimDistanceM) {
        Limit.TRIM_DISTANCE.require(trimDistanceM);
        setCatchments(spec.catchments().toBuilder().trimDistanceM(trimDistanceM).build());
    }

    /** @param rings true for ring polygons (5-10, 10-20), false for nested disks */
    public void setRings(boolean rings) {
        setCatchments(spec.catchments().toBuilder().rings(rings).build());
    }

    /** @param minMissing a place is a desert when at least this many types miss it ({@link Limit#MIN_MISSING}) */
    public void setMinMissing(int minMissing) {
        Limit.MIN_MISSING.require(spec, minMissing);
        preferredMinMissing = minMissing;
        set(spec.withDeserts(spec.deserts().withMinMissing(minMissing)));
    }

    /**
     * @param rule the whole {@code deserts} section (the what-if panel's types counted and threshold)
     * @throws IllegalArgumentException worded for the form for a threshold out of range
     */
    public void setDesertRule(AnalysisSpec.DesertSpec rule) {
        Limit.MIN_MISSING.require(spec, rule.minMissing());
        preferredMinMissing = rule.minMissing();
        set(spec.withDeserts(rule));
    }

    /** @param scenarios the what-if scenarios, as the analysis file keeps them */
    public void setScenarios(List<ScenarioSpec> scenarios) {
        set(spec.withScenarios(scenarios));
    }

    /** @param layer the study-area (ward) layer, as written in the file */
    public void setStudyLayer(String layer) {
        setStudyArea(studyArea().toBuilder().layer(FormValues.blankToNull(layer)).build());
    }

    /** @param nameField the field naming each ward */
    public void setStudyNameField(String nameField) {
        setStudyArea(studyArea().toBuilder().nameField(FormValues.blankToNull(nameField)).build());
    }

    /** @param residential residential land polygons (deserts are sought only there), blank for none */
    public void setResidential(String residential) {
        setStudyArea(studyArea().toBuilder().residential(FormValues.blankToNull(residential)).build());
    }

    /** @param wards the wards to include, or null for all */
    public void setSelectedWards(List<String> wards) {
        setStudyArea(studyArea().toBuilder().select(wards).build());
    }

    /**
     * @param index   the facility type
     * @param bandsMin the time bands, ascending, each within {@link Limit#BAND}; the served band
     *                is kept if it is still one of them, else reset to the largest
     */
    public void setBands(int index, List<Double> bandsMin) {
        checkBands(bandsMin);
        FacilitySpec f = spec.facilities().get(index);
        Double served = f.servedBandMin() != null && bandsMin.contains(f.servedBandMin()) ? f.servedBandMin() : null;
        setFacility(index, f.toBuilder().bandsMin(bandsMin).servedBandMin(served).build());
    }

    /** @param servedBandMin one of the type's bands, or null for the largest */
    public void setServedBand(int index, Double servedBandMin) {
        FacilitySpec f = spec.facilities().get(index);
        SpecRules.checkServedBand(f.bandsMin(), servedBandMin).ifPresent(SpecRules.Problem::raise);
        Double served = servedBandMin != null && servedBandMin.equals(f.bandsMin().get(f.bandsMin().size() - 1))
                && f.servedBandMin() == null ? null : servedBandMin;
        setFacility(index, f.toBuilder().servedBandMin(served).build());
    }

    /** @param label the type's readable name (blank: its identifier) */
    public void setLabel(int index, String label) {
        setFacility(index, spec.facilities().get(index).toBuilder().label(FormValues.blankToNull(label)).build());
    }

    /**
     * Adds a facility type with the default bands.
     *
     * @param type  a short identifier: letters, digits and underscores, not yet used
     * @param layer the facility layer, as written in the file
     */
    public void addType(String type, String layer) {
        addFacility(FacilitySpec.builder(type).layer(layer).build());
    }

    /**
     * Adds a facility type built elsewhere (e.g. from a layer on the map), checked as the analysis
     * file is: the identifier (lower-cased) and the bands.
     *
     * @param facility the type; its identifier must not be in use yet
     */
    public void addFacility(FacilitySpec facility) {
        String id = checkNewType(facility.type());
        checkBands(facility.bandsMin());
        String label = facility.label().equals(facility.type()) ? id : facility.label();
        setFacilities(FormValues.append(spec.facilities(), facility.toBuilder().type(id).label(label).build()));
    }

    /**
     * Adds a layer on the map as a facility type, read as it was read there; with the identifier
     * of a type the analysis has already, the layer is added to that type's layers instead (GP
     * surgeries as points and as polygons), keeping its label and bands.
     *
     * @param layer       how the layer was read (file, table, CSV columns)
     * @param type        the type identifier, e.g. gp
     * @param label       the readable name (blank: the identifier); ignored for an existing type
     * @param bandsText   the time bands as typed, e.g. "10, 20"; ignored for an existing type
     * @param analysisDir the analysis file's folder, or null when it has not been saved
     * @return the type added or extended
     * @throws IllegalArgumentException naming what is wrong, fit to show in the dialog
     */
    public FacilitySpec addLayerAsType(AddedLayer layer, String type, String label, String bandsText,
                                       java.nio.file.Path analysisDir) {
        String id = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < spec.facilities().size(); i++) {
            FacilitySpec f = spec.facilities().get(i);
            if (f.type().equals(id)) {
                FacilitySpec merged = withLayer(f, layer.facility(id, null, f.bandsMin(), analysisDir));
                setFacility(i, merged);
                return merged;
            }
        }
        id = checkNewType(type);
        addFacility(layer.facility(id, FormValues.blankToNull(label), parseMinutes(bandsText), analysisDir));
        return spec.facilities().get(spec.facilities().size() - 1);
    }

    /**
     * @return the type with the other's layer added; the CSV columns, postcode lookup and CRS, which
     *     a type has once for all its layers, must agree (or be set on one side only); a layer
     *     read with bad rows skipped makes the type skip them
     */
    private static FacilitySpec withLayer(FacilitySpec type, FacilitySpec other) {
        if (type.layers().contains(other.layer())) {
            throw new IllegalArgumentException(type.label() + " already reads " + other.layer());
        }
        String[][] pairs = {{type.postcodeLookup(), other.postcodeLookup()}, {type.postcodeField(),
            other.postcodeField()}, {type.xField(), other.xField()}, {type.yField(), other.yField()},
            {type.crs(), other.crs()}};
        for (String[] p : pairs) {
            if (p[0] != null && p[1] != null && !p[0].equals(p[1])) {
                throw new IllegalArgumentException(type.label() + " reads its CSV columns or CRS differently ("
                        + p[0] + ", here " + p[1] + "): give this layer a type of its own");
            }
        }
        return type.toBuilder().layers(FormValues.append(type.layers(), other.layer()))
                .postcodeLookup(first(type.postcodeLookup(), other.postcodeLookup()))
                .postcodeField(first(type.postcodeField(), other.postcodeField()))
                .xField(first(type.xField(), other.xField())).yField(first(type.yField(), other.yField()))
                .crs(first(type.crs(), other.crs()))
                .badRows(other.badRows() != null ? other.badRows() : type.badRows()).build();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /**
     * @param type a proposed type identifier
     * @return it stripped and lower-cased
     * @throws IllegalArgumentException when it is not letters, digits and underscores or already used
     */
    public String checkNewType(String type) {
        String id = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        SpecRules.checkType(id).ifPresent(SpecRules.Problem::raise);
        if (spec.facilities().stream().anyMatch(f -> f.type().equals(id))) {
            throw new IllegalArgumentException("There is already a type called " + id);
        }
        return id;
    }

    /** Removes a facility type, lowering the desert threshold if it would exceed the types left. */
    public void removeType(int index) {
        List<FacilitySpec> list = new ArrayList<>(spec.facilities());
        list.remove(index);
        setFacilities(list);
    }

    private void checkBands(List<Double> bandsMin) {
        SpecRules.checkBands(spec, bandsMin).ifPresent(SpecRules.Problem::raise);
    }

    /**
     * @param limit a number of the analysis
     * @return the values it may take in the analysis as edited (the desert threshold's largest is
     *     the number of facility types): the bounds of the panel's spinners
     */
    public Range range(Limit limit) {
        return limit.range(spec);
    }

    /** @return the warnings a run of the analysis as edited would give for values allowed but unusual */
    public List<String> warnings() {
        return SpecRules.warnings(spec);
    }

    /**
     * @param text minutes separated by commas or spaces, e.g. "5, 10, 20"
     * @return the minutes
     * @throws IllegalArgumentException naming the part that is not a number
     */
    public static List<Double> parseMinutes(String text) {
        List<Double> out = new ArrayList<>();
        for (String part : text.trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' is not a number of minutes");
            }
        }
        return out;
    }

    /** @return minutes as the form shows them: "5, 10, 20" */
    public static String formatMinutes(List<Double> minutes) {
        return SpecRules.minutes(minutes);
    }

    /** @return a number without a needless ".0" */
    public static String formatNumber(double v) {
        return SpecRules.number(v);
    }

    private NetworkSpec network() {
        return spec.network() != null ? spec.network() : NetworkEdits.EMPTY;
    }

    private StudyAreaSpec studyArea() {
        return spec.studyArea() != null ? spec.studyArea() : StudyAreaSpec.builder().build();
    }

    private void setNetwork(NetworkSpec n) {
        set(spec.withNetwork(n));
    }

    private void setStudyArea(StudyAreaSpec a) {
        set(spec.withStudyArea(a));
    }

    private void setCatchments(CatchmentSpec c) {
        set(spec.withCatchments(c));
    }

    private void setFacility(int index, FacilitySpec f) {
        List<FacilitySpec> list = new ArrayList<>(spec.facilities());
        list.set(index, f);
        setFacilities(list);
    }

    /**
     * Sets the types and moves the desert threshold towards the one last chosen (or read), within
     * 1 and the number of types: removing types lowers it, adding them back restores it.
     */
    private void setFacilities(List<FacilitySpec> list) {
        int min = Math.max(1, Math.min(preferredMinMissing, list.size()));
        AnalysisSpec.DesertSpec d = spec.deserts().withMinMissing(min);
        if (d.types() != null) {
            List<String> kept = d.types().stream().filter(t -> list.stream().anyMatch(f -> t.equals(f.type()))).toList();
            d = d.withTypes(kept.isEmpty() || kept.size() == list.size() ? null : kept);
        }
        set(spec.withFacilities(list).withDeserts(d));
    }

    private void set(AnalysisSpec newSpec) {
        if (newSpec.equals(spec)) {
            return;
        }
        spec = newSpec;
        listeners.forEach(l -> l.accept(newSpec));
    }

    /** @return one line describing a further zone layer, as the form lists it */
    public static String describe(AnalysisSpec.ZoneSpec z) {
        return z.layer() + " (name: " + z.nameField() + (z.filter() == null ? "" : ", filter: " + z.filter()) + ")";
    }

    /** @return one line describing an indicator table, as the form lists it */
    public static String describe(AnalysisSpec.IndicatorSpec i) {
        return i.label() + ": " + i.count() + " " + SpecRules.word(i.classes()).replace('_', ' ') + " of " + i.table();
    }
}
