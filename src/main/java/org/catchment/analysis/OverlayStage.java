package org.catchment.analysis;

import java.util.ArrayList;
import java.util.List;
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
import org.catchment.overlay.TypeArea;
import org.catchment.overlay.Zone;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The overlay part of a run: loads the study area, residential land, population and further zone
 * layers, then turns the catchments into the served-count surface, the deserts, the coverage
 * tables and the indicator cross-tabulations.
 */
final class OverlayStage {

    /** The zone layers of an analysis, loaded before the network so bad input fails fast. */
    record Zones(Layer layer, StudyArea studyArea, Population population, List<Layer> zoneLayers,
                 List<List<Zone>> zoneSets, List<Layer> others, List<String> warnings) {
    }

    /** What the overlay produced. */
    record Overlay(ServedSurface surface, DesertResult deserts, List<CoverageRow> wardCoverage,
                   List<List<CoverageRow>> zoneCoverage, List<AnalysisResult.IndicatorResult> indicators,
                   List<String> warnings) {
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
        for (AnalysisSpec.ZoneSpec z : s.zones()) {
            Layer layer = Layers.read(analysis.layer(z.layer()), encoded(analysis, z.encoding()));
            StudyArea zs = StudyArea.of(layer, z.nameField(), null, null, null);
            warnings.addAll(zs.warnings());
            zoneLayers.add(layer);
            zoneSets.add(zs.zones());
            others.add(layer.renamed(OutputNames.zoneName(z)));
        }
        return new Zones(wards, study, population, zoneLayers, zoneSets, others, warnings);
    }

    static Overlay overlay(Analysis analysis, Zones zones, List<AnalysisResult.TypeResult> types,
                           BooleanSupplier cancelled) {
        List<TypeArea> served = new ArrayList<>();
        List<BandArea> bands = new ArrayList<>();
        for (AnalysisResult.TypeResult t : types) {
            List<Geometry> disks = t.catchment().disks();
            served.add(new TypeArea(t.spec().type(), t.spec().label(), disks.get(t.servedBandIndex())));
            for (int b = 0; b < disks.size(); b++) {
                bands.add(new BandArea(t.spec().type(), t.spec().label(), t.spec().bandsMin().get(b), disks.get(b)));
            }
        }
        check(cancelled);
        ServedSurface surface = ServedSurface.of(zones.studyArea().area(), served);
        check(cancelled);
        AnalysisSpec.DesertSpec d = analysis.spec().deserts();
        DesertResult deserts = Deserts.find(surface, new DesertRule(d.minMissing(), d.missingAllOf(), d.minAreaM2()),
                zones.studyArea().zones(), zones.population());
        List<String> warnings = new ArrayList<>();
        if (deserts.slivers() > 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "%d desert slivers under %.0f m² (%.0f m² in all) were"
                    + " left out.", deserts.slivers(), d.minAreaM2(), deserts.sliverAreaM2()));
        }
        check(cancelled);
        List<CoverageRow> wardCoverage = Coverage.compute(zones.studyArea().zones(), bands, zones.population());
        List<List<CoverageRow>> zoneCoverage = new ArrayList<>();
        for (List<Zone> set : zones.zoneSets()) {
            check(cancelled);
            zoneCoverage.add(Coverage.compute(set, bands, zones.population()));
        }
        List<AnalysisResult.IndicatorResult> indicators = new ArrayList<>();
        for (int i = 0; i < analysis.spec().indicators().size(); i++) {
            check(cancelled);
            indicators.add(indicator(analysis, i, zones, deserts));
        }
        return new Overlay(surface, deserts, wardCoverage, zoneCoverage, indicators, warnings);
    }

    private static AnalysisResult.IndicatorResult indicator(Analysis analysis, int i, Zones zones, DesertResult deserts) {
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
        return new AnalysisResult.IndicatorResult(spec, breaks,
                CrossTab.residentsInDesertsByClass(zoneList, v, breaks, zones.population(), deserts.deserts()));
    }

    /** Deciles of a column that already holds whole classes 1..n (IMD deciles) are taken as they are. */
    private static double[] breaks(double[] values, AnalysisSpec.IndicatorSpec spec) {
        boolean wholeClasses = java.util.Arrays.stream(values).allMatch(x -> x == Math.rint(x) && x >= 1 && x <= spec.count());
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
                parts.add(g.isValid() ? g : org.locationtech.jts.geom.util.GeometryFixer.fix(g));
            }
        }
        return OverlayNGRobust.union(parts);
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
