package org.catchment.export;

import java.util.Locale;
import org.catchment.analysis.AnalysisResult;
import org.catchment.layer.Crs;
import org.catchment.overlay.Desert;

/**
 * The plain-text summary of a run ({@code summary.txt}): the working CRS, the network, each facility type with
 * how many facilities joined the network, the deserts, and every warning. It holds no date or
 * time, so two runs of the same analysis give the same file.
 */
final class Summary {

    private Summary() {
    }

    static String text(AnalysisResult r) {
        StringBuilder s = new StringBuilder();
        s.append(r.analysis().spec().name()).append('\n');
        s.append("=".repeat(r.analysis().spec().name().length())).append("\n\n");
        s.append("Working CRS: ").append(Crs.describe(r.analysis().workingCrs())).append('\n');
        if (r.tiled()) {
            s.append("Network: read tile by tile, ").append(r.tiles().size()).append(" tiles:\n");
            r.tiles().parts().forEach(p -> s.append("  ").append(p.id()).append(": ").append(p.network()).append('\n'));
            s.append('\n');
        } else {
            s.append("Network: ").append(r.network()).append('\n');
            s.append("Walkable: ").append(r.network().walkability()).append('\n');
            s.append("Connectivity: ").append(r.connectivity()).append("\n\n");
        }
        s.append("Facility types:\n");
        for (AnalysisResult.TypeResult t : r.types()) {
            int n = t.catchment().facilities().size();
            int failed = t.catchment().starts().failures().size();
            s.append(String.format(Locale.ROOT, "  %-24s %3d facilities, %d not on the network, bands %s min, served at %s min%n",
                    t.spec().label(), n, failed, t.spec().bandsMin(), t.spec().servedBand()));
        }
        s.append(String.format(Locale.ROOT, "%nDeserts (%s): %d%n", rule(r), r.deserts().deserts().size()));
        for (Desert d : r.deserts().deserts()) {
            s.append(String.format(Locale.ROOT, "  %d. %s: %.1f ha, missing %s%s%s%n", d.id(), String.join("; ", d.wards()),
                    d.areaM2() / 10_000, String.join(", ", labels(r, d.missingTypes())),
                    d.partlyMissingTypes().isEmpty() ? "" : " (in parts also " + String.join(", ",
                            labels(r, d.partlyMissingTypes())) + ")",
                    d.residents() == null ? "" : String.format(Locale.ROOT, ", %.0f residents", d.residents())));
        }
        if (!r.warnings().isEmpty()) {
            s.append("\nWarnings:\n");
            r.warnings().forEach(w -> s.append("  - ").append(w).append('\n'));
        }
        return s.toString();
    }

    private static java.util.List<String> labels(AnalysisResult r, java.util.List<String> types) {
        return types.stream().map(t -> r.types().stream().filter(x -> x.spec().type().equals(t)).findFirst()
                .map(x -> x.spec().label()).orElse(t)).toList();
    }

    private static String rule(AnalysisResult r) {
        var d = r.analysis().spec().deserts();
        return d.missingAllOf() != null ? "missing all of " + String.join(", ", d.missingAllOf())
                : d.minMissing() + " or more of " + MapExport.counted(r, d) + " types missing";
    }
}
