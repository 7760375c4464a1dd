package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.InputException;
import org.catchment.io.AttributeJoin;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvTable;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.overlay.BandArea;
import org.catchment.overlay.ClassMethod;
import org.catchment.overlay.Classifier;
import org.catchment.overlay.Coverage;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.CrossTab;
import org.catchment.overlay.DesertResult;
import org.catchment.overlay.DesertRule;
import org.catchment.overlay.Deserts;
import org.catchment.overlay.Population;
import org.catchment.overlay.ServedSurface;
import org.catchment.overlay.StudyArea;
import org.catchment.overlay.StudyOverlap;
import org.catchment.overlay.TypeArea;
import org.catchment.overlay.Zone;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The overlay part of a run: loads the study area, residential land, population, further zone
 * layers and indicator tables, then turns the catchments into the served-count surface, the
 * deserts, the coverage tables and the indicator cross-tabulations. Each part is a function of
 * the catchments and the {@link OverlayInputs}, so a result can redo any of them in memory: the
 * deserts alone for another desert rule, all of them for other catchments.
 */
final class OverlayStage {

    /**
     * The zone layers of an analysis, loaded before the network so bad input fails fast.
     *
     * @param notes what the user should know: zones of a {@code zones} layer left out as outside the study area
     */
    record Zones(Layer layer, OverlayInputs inputs, List<Layer> zoneLayers, List<Layer> others, List<String> warnings,
                 List<String> notes) {

        StudyArea studyArea() {
            return inputs.studyArea();
        }
    }

    /** The deserts under one rule, with the indicator cross-tabulations and what to tell the user. */
    record DesertOverlay(DesertResult deserts, List<AnalysisResult.IndicatorResult> indicators, List<String> warnings,
                         List<String> notes) {
    }

    private OverlayStage() {
    }

    /**
     * @param analysis the analysis, in its working CRS
     * @param wards    the study-area layer, filtered, in the working CRS ({@link Layers#studyArea})
     */
    static Zones loadZones(Analysis analysis, Layer wards) {
        AnalysisSpec s = analysis.spec();
        AnalysisSpec.StudyAreaSpec a = s.studyArea();
        List<String> warnings = new ArrayList<>();
        List<Layer> others = new ArrayList<>();
        warnings.addAll(wards.warnings());
        Geometry residential = null;
        if (a.residential() != null) {
            Layer land = Layers.read(analysis.layer(a.residential()), analysis.readOptions());
            requirePolygons(land, "study_area.residential");
            warnings.addAll(land.warnings());
            others.add(land.renamed("residential"));
            residential = union(land);
        }
        StudyArea study = StudyArea.of(wards, a.nameField(), a.codeField(), a.select(), residential);
        warnings.addAll(study.warnings());
        Population population = null;
        if (s.population() != null) {
            Layer pop = Layers.read(analysis.layer(s.population().layer()),
                    encoded(analysis, s.population().encoding()));
            warnings.addAll(pop.warnings());
            population = pop.kind() == GeometryKind.POINT
                    ? Population.fromPoints(pop, s.population().countField())
                    : Population.fromPolygons(pop, s.population().countField(), residential);
            warnings.addAll(population.warnings());
            others.add(pop.renamed("population"));
        }
        List<Layer> zoneLayers = new ArrayList<>();
        List<List<Zone>> zoneSets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < s.zones().size(); i++) {
            AnalysisSpec.ZoneSpec z = s.zones().get(i);
            Layer layer = reportedZones(analysis, i, study, notes);
            List<Zone> zs = StudyArea.reportedZones(layer, z.nameField(), warnings);
            zoneLayers.add(layer);
            zoneSets.add(zs);
            others.add(layer.renamed(OutputNames.zoneName(z)));
        }
        List<OverlayInputs.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < s.indicators().size(); i++) {
            indicators.add(indicator(analysis, i));
        }
        return new Zones(wards, new OverlayInputs(study, population, zoneSets, indicators), zoneLayers, others, warnings,
                notes);
    }

    /**
     * Reads the i-th {@code zones} layer with its {@code filter} applied and keeps the zones that
     * share area with the study area ({@link StudyOverlap}), noting how many it left out.
     *
     * @throws InputException when no zone of the layer shares area with the study area
     */
    private static Layer reportedZones(Analysis analysis, int i, StudyArea study, List<String> notes) {
        AnalysisSpec.ZoneSpec z = analysis.spec().zones().get(i);
        String key = "zones[" + i + "]";
        LayerRef ref = analysis.layer(z.layer());
        Path file = ref.file();
        Layer whole = Layers.read(ref, encoded(analysis, z.encoding()));
        Layer read = Layers.filter(whole, z.filter(), analysis, key + ".filter");
        boolean filtered = z.filter() != null && !z.filter().isBlank();
        if (filtered && read.isEmpty() && !whole.isEmpty()) {
            throw new InputException(analysis.file(), key + ".filter", "the filter keeps none of the "
                    + count(whole.size()) + " zones of " + file, "Correct the values it compares; the layer's fields"
                    + " are: " + String.join(", ", Layers.fieldNames(whole)));
        }
        StudyOverlap.Kept kept = StudyOverlap.of(read, study.zones());
        if (kept.leftOut() == 0) {
            return read;
        }
        if (kept.meeting() == 0) {
            throw new InputException(file, key, (filtered ? "none of the " + count(read.size()) + " zones its filter keeps"
                    : "none of its " + count(read.size()) + " zones") + " shares any area with the study area",
                    "Give a zone layer that covers the study area (in a CRS its .prj or the analysis file names)"
                    + (filtered ? ", or widen " + key + ".filter" : ""));
        }
        notes.add(OutputNames.zoneName(z) + ": " + count(kept.leftOut()) + " of " + count(read.size())
                + " zones lie outside the study area and are not reported");
        return kept.layer();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** @return the study area cut by which types serve each place (at each type's served band) */
    static ServedSurface surface(OverlayInputs inputs, List<AnalysisResult.TypeResult> types) {
        List<TypeArea> served = new ArrayList<>();
        for (AnalysisResult.TypeResult t : types) {
            served.add(new TypeArea(t.spec().type(), t.spec().label(), t.catchment().disks().get(t.servedBandIndex())));
        }
        return ServedSurface.of(inputs.studyArea().area(), served);
    }

    /** @return the deserts of a surface under the analysis's desert rule, and the indicator cross-tabs */
    static DesertOverlay deserts(AnalysisSpec spec, OverlayInputs inputs, ServedSurface surface,
                                 BooleanSupplier cancelled) {
        DesertResult deserts = Deserts.find(surface, rule(spec.deserts()), inputs.studyArea().zones(), inputs.population());
        return described(spec, inputs, deserts, surface.typeIds(), cancelled);
    }

    /** @return deserts found with the indicator cross-tabs and what to tell the user about them */
    static DesertOverlay described(AnalysisSpec spec, OverlayInputs inputs, DesertResult deserts, List<String> typeIds,
                                   BooleanSupplier cancelled) {
        AnalysisSpec.DesertSpec d = spec.deserts();
        List<AnalysisResult.IndicatorResult> indicators = new ArrayList<>();
        for (OverlayInputs.Indicator i : inputs.indicators()) {
            check(cancelled);
            indicators.add(new AnalysisResult.IndicatorResult(i.spec(), i.breaks(), CrossTab.residentsInDesertsByClass(
                    i.zones(), i.values(), i.breaks(), inputs.population(), deserts.deserts())));
        }
        return new DesertOverlay(deserts, indicators, desertWarnings(d, deserts), desertNotes(d, typeIds));
    }

    /** @return the desert rule of the analysis file's {@code deserts} section */
    static DesertRule rule(AnalysisSpec.DesertSpec d) {
        return new DesertRule(d.minMissing(), d.missingAllOf(), d.minAreaM2(), d.types());
    }

    /** @return the warning on the slivers left out, if any */
    static List<String> desertWarnings(AnalysisSpec.DesertSpec d, DesertResult deserts) {
        return deserts.slivers() == 0 ? List.of() : List.of(String.format(Locale.ROOT, "%d desert slivers"
                + " under %.0f m² (%.0f m² in all) were left out.", deserts.slivers(), d.minAreaM2(), deserts.sliverAreaM2()));
    }

    /** @return the note that no place can be a desert, when the threshold exceeds the types counted */
    static List<String> desertNotes(AnalysisSpec.DesertSpec d, List<String> typeIds) {
        int counted = d.countedTypes(typeIds).size();
        if (d.missingAllOf() != null || d.minMissing() <= counted) {
            return List.of();
        }
        return List.of("Deserts: the rule needs " + d.minMissing() + " or more types missing but counts only " + counted
                + (counted == 1 ? " type" : " types") + (d.types() == null ? "" : " (deserts.types)")
                + ", so no place can be a desert. Lower deserts.min_missing to " + Math.max(1, counted)
                + " or count more types to find deserts.");
    }

    /**
     * @param reuse a result over the same zones whose rows may be kept for the types whose catchments
     *              are the same objects (a scenario's unchanged types), or null to compute every row
     * @return the coverage of each zone of the study area and of each further zone layer, by type and band
     */
    static List<List<CoverageRow>> coverage(OverlayInputs inputs, List<AnalysisResult.TypeResult> types,
                                            AnalysisResult reuse, BooleanSupplier cancelled) {
        boolean[] kept = new boolean[types.size()];
        List<AnalysisSpec.FacilitySpec> changed = new ArrayList<>();
        List<List<Geometry>> changedDisks = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            AnalysisResult.TypeResult t = types.get(i);
            kept[i] = reuse != null && reuse.types().get(i).catchment() == t.catchment();
            if (!kept[i]) {
                changed.add(t.spec());
                changedDisks.add(t.catchment().disks());
            }
        }
        List<BandArea> bands = bandAreas(changed, changedDisks);
        List<List<Zone>> sets = zoneSets(inputs);
        check(cancelled);
        List<List<CoverageRow>> all = bands.isEmpty() ? null
                : Coverage.forSets(sets, bands, inputs.population(), () -> check(cancelled));
        List<List<CoverageRow>> out = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            List<CoverageRow> computed = all == null ? List.of() : all.get(s);
            if (reuse == null) {
                out.add(computed);
                continue;
            }
            List<CoverageRow> old = s == 0 ? reuse.wardCoverage() : reuse.zoneCoverage().get(s - 1);
            List<CoverageRow> rows = new ArrayList<>();
            int from = 0;
            int next = 0;
            for (int z = 0; z < sets.get(s).size(); z++) {
                for (int i = 0; i < types.size(); i++) {
                    for (int b = 0; b < types.get(i).spec().bandsMin().size(); b++) {
                        rows.add(kept[i] ? old.get(from) : computed.get(next++));
                        from++;
                    }
                }
            }
            out.add(rows);
        }
        return out;
    }

    /**
     * @param types the facility types
     * @param disks per type, the area reachable within each of its bands (the whole disk, or its
     *              part in a tile's cell)
     * @return every band of every type as a band area, in type then band order: the order of each
     *         zone's coverage rows
     */
    static List<BandArea> bandAreas(List<AnalysisSpec.FacilitySpec> types, List<List<Geometry>> disks) {
        List<BandArea> bands = new ArrayList<>();
        for (int k = 0; k < types.size(); k++) {
            AnalysisSpec.FacilitySpec t = types.get(k);
            for (int b = 0; b < t.bandsMin().size(); b++) {
                bands.add(new BandArea(t.type(), t.label(), t.bandsMin().get(b), disks.get(k).get(b)));
            }
        }
        return bands;
    }

    /** @return the sets of zones coverage is given for: the study area's zones, then each zone layer's */
    static List<List<Zone>> zoneSets(OverlayInputs inputs) {
        List<List<Zone>> sets = new ArrayList<>();
        sets.add(inputs.studyArea().zones());
        sets.addAll(inputs.zoneSets());
        return sets;
    }

    private static OverlayInputs.Indicator indicator(Analysis analysis, int i) {
        AnalysisSpec.IndicatorSpec spec = analysis.spec().indicators().get(i);
        String key = "indicators[" + i + "]";
        Layer layer = Layers.read(analysis.layer(spec.layer()), analysis.readOptions());
        CsvTable table = CsvTable.read(analysis.path(spec.table()),
                spec.encoding() == null ? null : SpecRules.charset(spec.encoding()).orElseThrow());
        AttributeJoin.Result joined = AttributeJoin.join(layer, spec.layerKey(), table, spec.tableKey());
        Layer j = joined.layer();
        String field = j.findAttribute(spec.field()).orElseThrow(() -> new InputException(table.file(), null,
                "there is no column '" + spec.field() + "' to classify", "Its columns are: "
                + String.join(", ", table.columns()) + ". Correct " + key + ".field"));
        List<Zone> zoneList = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (SimpleFeature f : j.features()) {
            Object v = f.getAttribute(field);
            if (!(v instanceof Number n)) {
                continue;
            }
            Geometry g = Layer.geometry(f);
            zoneList.add(new Zone(String.valueOf(f.getAttribute(spec.layerKey())), null, g));
            values.add(n.doubleValue());
        }
        if (values.isEmpty()) {
            throw new InputException(table.file(), null, "no zone of " + layer.name() + " has a number in '" + spec.field()
                    + "' after joining on " + spec.tableKey(), "Check that " + key + ".table_key and layer_key match");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] breaks = breaks(v, spec);
        return new OverlayInputs.Indicator(spec, zoneList, v, breaks);
    }

    /** Deciles of a column that already holds whole classes 1..n (IMD deciles) are taken as they are. */
    private static double[] breaks(double[] values, AnalysisSpec.IndicatorSpec spec) {
        boolean wholeClasses = Arrays.stream(values).allMatch(x -> x == Math.rint(x) && x >= 1 && x <= spec.count());
        if (spec.classes() == ClassMethod.DECILES && wholeClasses) {
            double[] b = new double[spec.count()];
            for (int k = 0; k < b.length; k++) {
                b[k] = k + 1;
            }
            return b;
        }
        return Classifier.breaks(values, spec.classes(), spec.count());
    }

    /** @return the default read options, with the text encoding of an {@code encoding} key when given */
    private static ReadOptions encoded(Analysis analysis, String encoding) {
        return encoding == null ? analysis.readOptions()
                : analysis.readOptions().withEncoding(SpecRules.charset(encoding).orElseThrow());
    }

    private static void requirePolygons(Layer layer, String key) {
        if (layer.kind() != GeometryKind.POLYGON) {
            throw new InputException(layer.source().orElse(null), null, "this layer holds "
                    + (layer.kind() == null ? "no geometries" : layer.kind().plural()) + ", not polygons",
                    "Give a polygon layer for " + key);
        }
    }

    private static Geometry union(Layer layer) {
        List<Geometry> parts = new ArrayList<>();
        for (SimpleFeature f : layer.features()) {
            Geometry g = Layer.geometry(f);
            if (g != null && !g.isEmpty()) {
                parts.add(g.isValid() ? g : GeometryFixer.fix(g));
            }
        }
        return OverlayNGRobust.union(parts);
    }

    /** @throws CancelledException when the run was stopped */
    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
