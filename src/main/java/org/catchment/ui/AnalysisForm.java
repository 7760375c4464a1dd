package org.catchment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.AnalysisSpec.CatchmentSpec;
import org.catchment.analysis.AnalysisSpec.DesertSpec;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.AnalysisSpec.NetworkSpec;
import org.catchment.analysis.AnalysisSpec.StudyAreaSpec;

/**
 * The view model of the analysis panel: holds the {@link AnalysisSpec} being edited and replaces
 * it with a new spec (the records are immutable) whenever a field changes, telling listeners.
 * Fields the panel does not show (footpath tolerance, population, zones, output...) are carried
 * over unchanged, so saving writes back everything the file had.
 *
 * <p>Setters reject values the runner would reject with an {@link IllegalArgumentException} whose
 * message is fit to show beside the field.
 */
public final class AnalysisForm {

    private AnalysisSpec spec;
    private final List<Consumer<AnalysisSpec>> listeners = new ArrayList<>();

    /** @param spec the analysis to edit */
    public AnalysisForm(AnalysisSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** @return the analysis as edited so far */
    public AnalysisSpec spec() {
        return spec;
    }

    /** Replaces the whole analysis (after opening a file), telling listeners. */
    public void load(AnalysisSpec newSpec) {
        set(Objects.requireNonNull(newSpec, "newSpec"));
    }

    /** @param listener called with the new spec after every change */
    public void onChange(Consumer<AnalysisSpec> listener) {
        listeners.add(listener);
    }

    /** @param name the analysis title (blank: the default title) */
    public void setName(String name) {
        AnalysisSpec s = spec;
        set(new AnalysisSpec(name == null || name.isBlank() ? null : name.strip(), s.network(), s.studyArea(),
                s.facilities(), s.catchments(), s.population(), s.zones(), s.indicators(), s.deserts(), s.output()));
    }

    /** @param kmh walking speed, more than 0 and at most 20 km/h */
    public void setWalkingSpeedKmh(double kmh) {
        if (!(kmh > 0 && kmh <= 20)) {
            throw new IllegalArgumentException("Walking speed must be between 0 and 20 km/h");
        }
        NetworkSpec n = network();
        setNetwork(new NetworkSpec(n.roads(), n.footpaths(), n.footpathToleranceM(), n.nodeCrossings(), kmh,
                n.snapToleranceM(), n.offNetworkLeg(), n.cache(), n.clipToStudyArea()));
    }

    /** @param roads the road layers, as written in the file */
    public void setRoads(List<String> roads) {
        NetworkSpec n = network();
        setNetwork(new NetworkSpec(roads, n.footpaths(), n.footpathToleranceM(), n.nodeCrossings(),
                n.walkingSpeedKmh(), n.snapToleranceM(), n.offNetworkLeg(), n.cache(), n.clipToStudyArea()));
    }

    /** @param trimDistanceM how far service areas reach either side of a street, 1 to 1000 m */
    public void setTrimDistanceM(double trimDistanceM) {
        if (!(trimDistanceM >= 1 && trimDistanceM <= 1000)) {
            throw new IllegalArgumentException("Trim distance must be between 1 and 1000 m");
        }
        CatchmentSpec c = spec.catchments();
        setCatchments(new CatchmentSpec(trimDistanceM, c.rings(), c.perFacility(), c.accessSpacingM(),
                c.accessToleranceM(), c.threads()));
    }

    /** @param rings true for ring polygons (5-10, 10-20), false for nested disks */
    public void setRings(boolean rings) {
        CatchmentSpec c = spec.catchments();
        setCatchments(new CatchmentSpec(c.trimDistanceM(), rings, c.perFacility(), c.accessSpacingM(),
                c.accessToleranceM(), c.threads()));
    }

    /** @param minMissing a place is a desert when at least this many types miss it (1 to the number of types) */
    public void setMinMissing(int minMissing) {
        int types = Math.max(1, spec.facilities().size());
        if (minMissing < 1 || minMissing > types) {
            throw new IllegalArgumentException("The desert threshold must be between 1 and " + types
                    + " missing types");
        }
        DesertSpec d = spec.deserts();
        set(with(new DesertSpec(minMissing, d.missingAllOf(), d.minAreaM2())));
    }

    /** @param layer the study-area (ward) layer, as written in the file */
    public void setStudyLayer(String layer) {
        StudyAreaSpec a = studyArea();
        setStudyArea(new StudyAreaSpec(blankToNull(layer), a.nameField(), a.codeField(), a.select(), a.residential(),
                a.filter()));
    }

    /** @param nameField the field naming each ward */
    public void setStudyNameField(String nameField) {
        StudyAreaSpec a = studyArea();
        setStudyArea(new StudyAreaSpec(a.layer(), blankToNull(nameField), a.codeField(), a.select(), a.residential(),
                a.filter()));
    }

    /** @param wards the wards to include, or null for all */
    public void setSelectedWards(List<String> wards) {
        StudyAreaSpec a = studyArea();
        setStudyArea(new StudyAreaSpec(a.layer(), a.nameField(), a.codeField(), wards, a.residential(), a.filter()));
    }

    /**
     * @param index   the facility type
     * @param bandsMin the time bands, ascending, each more than 0 and at most 120 minutes; the
     *                served band is kept if it is still one of them, else reset to the largest
     */
    public void setBands(int index, List<Double> bandsMin) {
        checkBands(bandsMin);
        FacilitySpec f = spec.facilities().get(index);
        Double served = f.servedBandMin() != null && bandsMin.contains(f.servedBandMin()) ? f.servedBandMin() : null;
        setFacility(index, new FacilitySpec(f.type(), f.label(), f.layer(), f.filter(), f.nameField(), bandsMin, served,
                f.postcodeLookup(), f.postcodeField(), f.xField(), f.yField(), f.crs()));
    }

    /** @param servedBandMin one of the type's bands, or null for the largest */
    public void setServedBand(int index, Double servedBandMin) {
        FacilitySpec f = spec.facilities().get(index);
        if (servedBandMin != null && !f.bandsMin().contains(servedBandMin)) {
            throw new IllegalArgumentException("The served band must be one of the type's bands "
                    + formatMinutes(f.bandsMin()));
        }
        Double served = servedBandMin != null && servedBandMin.equals(f.bandsMin().get(f.bandsMin().size() - 1))
                && f.servedBandMin() == null ? null : servedBandMin;
        setFacility(index, new FacilitySpec(f.type(), f.label(), f.layer(), f.filter(), f.nameField(), f.bandsMin(),
                served, f.postcodeLookup(), f.postcodeField(), f.xField(), f.yField(), f.crs()));
    }

    /** @param label the type's readable name (blank: its identifier) */
    public void setLabel(int index, String label) {
        FacilitySpec f = spec.facilities().get(index);
        setFacility(index, new FacilitySpec(f.type(), blankToNull(label), f.layer(), f.filter(), f.nameField(),
                f.bandsMin(), f.servedBandMin(), f.postcodeLookup(), f.postcodeField(), f.xField(), f.yField(), f.crs()));
    }

    /**
     * Adds a facility type with the default bands.
     *
     * @param type  a short identifier: letters, digits and underscores, not yet used
     * @param layer the facility layer, as written in the file
     */
    public void addType(String type, String layer) {
        addFacility(new FacilitySpec(type, null, layer, null, null, null, null, null, null, null, null, null));
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
        FacilitySpec f = facility;
        List<FacilitySpec> list = new ArrayList<>(spec.facilities());
        list.add(new FacilitySpec(id, f.label().equals(f.type()) ? id : f.label(), f.layer(), f.filter(), f.nameField(),
                f.bandsMin(), f.servedBandMin(), f.postcodeLookup(), f.postcodeField(), f.xField(), f.yField(), f.crs()));
        setFacilities(list);
    }

    /**
     * Adds a layer on the map as a facility type, read as it was read there.
     *
     * @param layer       how the layer was read (file, table, CSV columns)
     * @param type        the type identifier, e.g. gp
     * @param label       the readable name (blank: the identifier)
     * @param bandsText   the time bands as typed, e.g. "10, 20"
     * @param analysisDir the analysis file's folder, or null when it has not been saved
     * @return the type added
     * @throws IllegalArgumentException naming what is wrong, fit to show in the dialog
     */
    public FacilitySpec addLayerAsType(AddedLayer layer, String type, String label, String bandsText,
                                       java.nio.file.Path analysisDir) {
        String id = checkNewType(type);
        FacilitySpec f = layer.facility(id, blankToNull(label), parseMinutes(bandsText), analysisDir);
        addFacility(f);
        return spec.facilities().get(spec.facilities().size() - 1);
    }

    /**
     * @param type a proposed type identifier
     * @return it stripped and lower-cased
     * @throws IllegalArgumentException when it is not letters, digits and underscores or already used
     */
    public String checkNewType(String type) {
        String id = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("A type identifier is letters, digits and underscores, e.g. gp");
        }
        if (spec.facilities().stream().anyMatch(f -> f.type().equals(id))) {
            throw new IllegalArgumentException("There is already a type called " + id);
        }
        return id;
    }

    /** Removes a facility type, lowering the desert threshold if it would exceed the types left. */
    public void removeType(int index) {
        List<FacilitySpec> list = new ArrayList<>(spec.facilities());
        list.remove(index);
        DesertSpec d = spec.deserts();
        int min = Math.max(1, Math.min(d.minMissing(), list.size()));
        AnalysisSpec s = spec;
        set(new AnalysisSpec(s.name(), s.network(), s.studyArea(), list, s.catchments(), s.population(), s.zones(),
                s.indicators(), new DesertSpec(min, d.missingAllOf(), d.minAreaM2()), s.output()));
    }

    private static void checkBands(List<Double> bandsMin) {
        if (bandsMin.isEmpty()) {
            throw new IllegalArgumentException("Give at least one time band");
        }
        for (int i = 0; i < bandsMin.size(); i++) {
            double b = bandsMin.get(i);
            if (!(b > 0 && b <= 120)) {
                throw new IllegalArgumentException("Time bands must be between 0 and 120 minutes");
            }
            if (i > 0 && !(b > bandsMin.get(i - 1))) {
                throw new IllegalArgumentException("Time bands must be in ascending order");
            }
        }
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
        return String.join(", ", minutes.stream().map(AnalysisForm::formatNumber).toList());
    }

    /** @return a number without a needless ".0" */
    public static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private NetworkSpec network() {
        return spec.network() != null ? spec.network()
                : new NetworkSpec(null, null, null, null, null, null, null, null, null);
    }

    private StudyAreaSpec studyArea() {
        return spec.studyArea() != null ? spec.studyArea() : new StudyAreaSpec(null, null, null, null, null, null);
    }

    private void setNetwork(NetworkSpec n) {
        AnalysisSpec s = spec;
        set(new AnalysisSpec(s.name(), n, s.studyArea(), s.facilities(), s.catchments(), s.population(), s.zones(),
                s.indicators(), s.deserts(), s.output()));
    }

    private void setStudyArea(StudyAreaSpec a) {
        AnalysisSpec s = spec;
        set(new AnalysisSpec(s.name(), s.network(), a, s.facilities(), s.catchments(), s.population(), s.zones(),
                s.indicators(), s.deserts(), s.output()));
    }

    private void setCatchments(CatchmentSpec c) {
        AnalysisSpec s = spec;
        set(new AnalysisSpec(s.name(), s.network(), s.studyArea(), s.facilities(), c, s.population(), s.zones(),
                s.indicators(), s.deserts(), s.output()));
    }

    private void setFacility(int index, FacilitySpec f) {
        List<FacilitySpec> list = new ArrayList<>(spec.facilities());
        list.set(index, f);
        setFacilities(list);
    }

    private void setFacilities(List<FacilitySpec> list) {
        AnalysisSpec s = spec;
        set(new AnalysisSpec(s.name(), s.network(), s.studyArea(), list, s.catchments(), s.population(), s.zones(),
                s.indicators(), s.deserts(), s.output()));
    }

    private AnalysisSpec with(DesertSpec d) {
        AnalysisSpec s = spec;
        return new AnalysisSpec(s.name(), s.network(), s.studyArea(), s.facilities(), s.catchments(), s.population(),
                s.zones(), s.indicators(), d, s.output());
    }

    private void set(AnalysisSpec newSpec) {
        if (newSpec.equals(spec)) {
            return;
        }
        spec = newSpec;
        listeners.forEach(l -> l.accept(newSpec));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
