package org.catchment.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.catchment.analysis.AnalysisSpec.NetworkSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.analysis.AnalysisSpec.PopulationSpec;
import org.catchment.analysis.AnalysisSpec.StudyAreaSpec;

/**
 * The input paths of an analysis file, and how they move when the file does. An analysis file
 * names its layers relative to its own folder, so a project folder can be copied or shared whole;
 * saving the analysis into another folder must therefore rewrite every relative path so that it
 * still names the same file. The output folder is not an input: it stays as written (by default
 * {@code out} beside the analysis file, wherever that now is).
 */
public final class SpecPaths {

    private SpecPaths() {
    }

    /**
     * How a file is written in an analysis file kept in {@code baseDir}: relative to that folder
     * (with {@code ..} steps when outside it) when both are on the same file-system root, else
     * absolute. Forward slashes, so the file reads the same on every system.
     *
     * @param file    the layer file
     * @param baseDir the analysis file's folder, or null for an analysis not yet saved
     * @return the path as the analysis file should hold it
     */
    public static String relative(Path file, Path baseDir) {
        Path abs = file.toAbsolutePath().normalize();
        if (baseDir == null) {
            return abs.toString();
        }
        Path base = baseDir.toAbsolutePath().normalize();
        if (base.getRoot() == null || !base.getRoot().equals(abs.getRoot())) {
            return abs.toString();
        }
        String rel = base.relativize(abs).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    /**
     * Rewrites every input path of a spec written for one folder so it names the same files from
     * another: roads, footpaths, the study area and its residential land, facility layers and
     * postcode lookups, population, zones, indicator tables and layers, scenarios' layers of proposed
     * sites, backdrop layers and the accessibility postcodes. A
     * GeoPackage table after {@code #} is kept. An absolute path the file already held stays
     * absolute (the user chose it); in a spec never saved ({@code from} null) the absolute paths
     * the app wrote for want of a folder become relative to the new one.
     *
     * @param spec the analysis
     * @param from the folder its relative paths are relative to now, or null for an analysis never saved
     * @param to   the folder it is being saved into
     * @return the spec with rewritten paths (equal to {@code spec} when nothing moves)
     */
    public static AnalysisSpec rebase(AnalysisSpec spec, Path from, Path to) {
        return map(spec, p -> rebase(p, from, to));
    }

    /**
     * @return one path ("file" or "file.gpkg#table") rewritten from folder {@code from} to {@code to}
     */
    static String rebase(String path, Path from, Path to) {
        if (path.isBlank()) {
            return path;
        }
        int hash = path.lastIndexOf('#');
        String file = hash > 0 ? path.substring(0, hash) : path;
        String table = hash > 0 ? path.substring(hash) : "";
        Path p = Path.of(file);
        if (from == null ? !p.isAbsolute() : p.isAbsolute()) {
            return path;
        }
        return relative(from == null ? p : from.resolve(p), to) + table;
    }

    /**
     * @param withNetwork include the road and footpath layers
     * @return every input path the spec names (those set), in the order of the analysis file: the
     *     same paths {@link #rebase} rewrites
     */
    public static List<String> inputs(AnalysisSpec spec, boolean withNetwork) {
        List<String> out = new ArrayList<>();
        map(withNetwork ? spec : spec.withNetwork(null), p -> {
            out.add(p);
            return p;
        });
        return out;
    }

    /** @return the spec with {@code mapping} applied to every input path that is set */
    public static AnalysisSpec map(AnalysisSpec spec, UnaryOperator<String> mapping) {
        UnaryOperator<String> f = path -> path == null ? null : mapping.apply(path);
        NetworkSpec n = spec.network();
        StudyAreaSpec a = spec.studyArea();
        PopulationSpec p = spec.population();
        OutputSpec o = spec.output();
        return spec
                .withNetwork(n == null ? null : n.toBuilder().roads(all(n.roads(), f)).footpaths(all(n.footpaths(), f))
                        .build())
                .withStudyArea(a == null ? null : a.toBuilder().layer(f.apply(a.layer()))
                        .residential(f.apply(a.residential())).build())
                .withFacilities(spec.facilities().stream().map(t -> t.toBuilder().layers(all(t.layers(), f))
                        .postcodeLookup(f.apply(t.postcodeLookup())).build()).toList())
                .withPopulation(p == null ? null : new PopulationSpec(f.apply(p.layer()), p.countField(), p.encoding()))
                .withZones(spec.zones().stream().map(z -> z.withLayer(f.apply(z.layer()))).toList())
                .withIndicators(spec.indicators().stream().map(i -> i.toBuilder().table(f.apply(i.table()))
                        .layer(f.apply(i.layer())).build()).toList())
                .withScenarios(spec.scenarios().stream().map(x -> new ScenarioSpec(x.name(), x.close(), x.add().stream()
                        .map(y -> new ScenarioSpec.Add(y.type(), f.apply(y.layer()), y.points())).toList())).toList())
                .withAccessibility(spec.accessibility() == null ? null
                        : new AccessibilitySpec(f.apply(spec.accessibility().postcodes()), spec.accessibility().zones()))
                .withOutput(o.toBuilder().backdrop(o.backdrop().stream()
                        .map(b -> new BackdropSpec(f.apply(b.layer()), b.label())).toList()).build());
    }

    private static List<String> all(List<String> paths, UnaryOperator<String> f) {
        return paths.stream().map(f).toList();
    }
}
