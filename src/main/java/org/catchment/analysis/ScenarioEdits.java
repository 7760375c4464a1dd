package org.catchment.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.catchment.InputException;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvPointOptions;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.servicearea.Facility;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Resolves a scenario's edits against a baseline, type by type: which of the type's facilities
 * its closures pick (by the features they were made from, {@link AnalysisResult.Source}), and the
 * sites its additions bring (read from a layer, or given as points in the analysis's CRS). Each
 * problem found in the data is one line naming the scenario, the edit and what to do.
 */
final class ScenarioEdits {

    /**
     * The sites added to one type.
     *
     * @param facilities the sites, numbered on from the type's facilities left open
     * @param sources    where each came from (layer -1: not one of the type's layers)
     */
    record Sites(List<Facility> facilities, List<AnalysisResult.Source> sources) {
    }

    private final AnalysisResult baseline;
    private final ScenarioSpec scenario;
    private final List<String> warnings;

    ScenarioEdits(AnalysisResult baseline, ScenarioSpec scenario, List<String> warnings) {
        this.baseline = baseline;
        this.scenario = scenario;
        this.warnings = warnings;
    }

    /** @return the indices of the facilities of type {@code t} the scenario closes */
    BitSet closed(int t) {
        AnalysisResult.TypeResult type = baseline.types().get(t);
        BitSet closed = new BitSet();
        for (int k = 0; k < scenario.close().size(); k++) {
            ScenarioSpec.Close c = scenario.close().get(k);
            if (!c.type().equals(type.spec().type())) {
                continue;
            }
            Set<AnalysisResult.Source> picked = c.filter() != null ? byFilter(type, c.filter(), k) : byIds(type, c, k);
            int before = closed.cardinality();
            for (int i = 0; i < type.sources().size(); i++) {
                if (picked.contains(type.sources().get(i))) {
                    closed.set(i);
                }
            }
            if (closed.cardinality() == before) {
                warnings.add(where(k, "close") + ": the " + picked.size() + " features it picks are not among the"
                        + " facilities of the run (beyond reach of the study area, or without a place), so closing"
                        + " them changes nothing.");
            }
        }
        return closed;
    }

    /** @return the sites the scenario adds to type {@code t}, numbered on from {@code first} */
    Sites added(int t, int first) {
        AnalysisResult.TypeResult type = baseline.types().get(t);
        List<Facility> sites = new ArrayList<>();
        List<AnalysisResult.Source> sources = new ArrayList<>();
        GeometryFactory gf = baseline.network().geometryFactory();
        for (int k = 0; k < scenario.add().size(); k++) {
            ScenarioSpec.Add a = scenario.add().get(k);
            if (!a.type().equals(type.spec().type())) {
                continue;
            }
            if (a.points() != null) {
                for (int p = 0; p < a.points().size(); p++) {
                    ScenarioSpec.Site site = a.points().get(p);
                    int n = sites.size() + 1;
                    String name = site.name() == null || site.name().isBlank()
                            ? "Proposed " + type.spec().label() + " " + n : site.name();
                    sites.add(new Facility(first + sites.size(), "proposed-" + n, name,
                            gf.createPoint(new Coordinate(site.x(), site.y()))));
                    sources.add(new AnalysisResult.Source(-1, "add[" + k + "].points[" + p + "]"));
                }
            } else {
                FacilityLoader.Loaded l = FacilityLoader.sites(read(a, k), type.spec(),
                        baseline.analysis().layer(a.layer()), first + sites.size());
                warnings.addAll(l.warnings());
                sites.addAll(l.facilities());
                for (AnalysisResult.Source s : l.sources()) {
                    sources.add(new AnalysisResult.Source(-1, "add[" + k + "]/" + s.feature()));
                }
            }
        }
        return new Sites(sites, sources);
    }

    private Layer read(ScenarioSpec.Add a, int k) {
        LayerRef ref = baseline.analysis().layer(a.layer());
        ReadOptions options = baseline.analysis().readOptions();
        Layer layer = Layers.isCsv(ref) ? Layers.read(ref, new CsvPointOptions(null, null, null, null, options))
                : Layers.read(ref, options);
        if (layer.kind() == GeometryKind.LINE) {
            throw new InputException(ref.file(), where(k, "add"), "this layer holds lines, but proposed sites of '"
                    + a.type() + "' must be points or polygons", "Give a point or polygon layer of the sites");
        }
        if (layer.isEmpty()) {
            throw new InputException(ref.file(), where(k, "add"), "the layer of proposed sites is empty",
                    "Give a layer with at least one site, or remove this addition");
        }
        return layer;
    }

    private Set<AnalysisResult.Source> byFilter(AnalysisResult.TypeResult type, String cql, int k) {
        Set<AnalysisResult.Source> picked = new HashSet<>();
        for (int l = 0; l < type.layers().size(); l++) {
            for (SimpleFeature f : Layers.filter(type.layers().get(l), cql, baseline.analysis(),
                    where(k, "close") + ".filter").features()) {
                picked.add(new AnalysisResult.Source(l, f.getID()));
            }
        }
        if (picked.isEmpty()) {
            throw new InputException(baseline.analysis().file(), where(k, "close"), "the filter \"" + cql
                    + "\" picks no facility of '" + type.spec().type() + "'" + readFrom(type),
                    "Check the filter's field and value against the layer (the type's own filter applies first)");
        }
        return picked;
    }

    private Set<AnalysisResult.Source> byIds(AnalysisResult.TypeResult type, ScenarioSpec.Close c, int k) {
        Set<AnalysisResult.Source> picked = new HashSet<>();
        Set<String> found = new HashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        AnalysisSpec.FacilitySpec spec = type.spec();
        for (int l = 0; l < type.layers().size(); l++) {
            Layer layer = type.layers().get(l);
            if (layer.isEmpty()) {
                continue;
            }
            LayerRef ref = baseline.analysis().layer(spec.layers().get(l));
            String field = spec.idField() != null ? FacilityLoader.idField(layer, spec, ref).orElseThrow()
                    : FacilityLoader.nameField(layer, spec, ref);
            if (field == null) {
                throw new InputException(ref.file(), where(k, "close") + ".ids", "the facilities of '" + spec.type()
                        + "' have no name field to match the ids against",
                        "Add id_field (or name_field) to the type, or close them by a filter");
            }
            fields.add(field);
            for (SimpleFeature f : layer.features()) {
                String value = FacilityLoader.text(f, field).orElse(null);
                if (value != null && c.ids().contains(value)) {
                    picked.add(new AnalysisResult.Source(l, f.getID()));
                    found.add(value);
                }
            }
        }
        List<String> missing = c.ids().stream().filter(id -> !found.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(baseline.analysis().file(), where(k, "close") + ".ids", "no facility of '"
                    + spec.type() + "' has the " + (spec.idField() != null ? "id" : "name") + " "
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()) + " (in the field "
                    + String.join(", ", fields) + readFrom(type) + ")", "Check the ids against that field, exactly"
                    + " as written there, or close by a filter");
        }
        return picked;
    }

    private String readFrom(AnalysisResult.TypeResult type) {
        return " in " + String.join(", ", type.spec().layers().stream()
                .map(p -> baseline.analysis().layer(p).file().getFileName().toString()).toList());
    }

    private String where(int k, String edit) {
        return String.format(Locale.ROOT, "scenario '%s', %s[%d]", scenario.name(), edit, k);
    }
}
