package org.catchment.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.OutputNames;
import org.catchment.overlay.ClassCount;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;

/**
 * The statistics tables of an analysis, as header plus rows ready for CSV: coverage per ward
 * (and per further zone) by type and band, the deserts, and residents in deserts by indicator
 * class. Columns: docs/analysis-file.md#outputs; the zone totals are included so every row shows
 * how covered and not covered add up.
 */
public final class StatisticsTables {

    /** One table. */
    public record Table(String fileName, List<String> header, List<List<Object>> rows) {
    }

    private StatisticsTables() {
    }

    /** @return every table of the result */
    public static List<Table> of(AnalysisResult result) {
        List<Table> out = new ArrayList<>();
        out.add(coverage(OutputNames.WARD_COVERAGE, "ward", result.wardCoverage()));
        for (int i = 0; i < result.zoneCoverage().size(); i++) {
            out.add(coverage(OutputNames.zoneTable(result.analysis().spec().zones().get(i)), "zone",
                    result.zoneCoverage().get(i)));
        }
        out.add(deserts(result));
        for (AnalysisResult.IndicatorResult ind : result.indicators()) {
            out.add(indicator(ind));
        }
        return out;
    }

    static Table coverage(String file, String zoneColumn, List<CoverageRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (CoverageRow r : rows) {
            out.add(List.of(r.zone(), r.type(), r.label(), r.bandMin(), r.coveredAreaM2(), r.areaShare(), r.zoneAreaM2(),
                    nullable(r.coveredResidents()), nullable(r.residentsShare()), nullable(r.zoneResidents())));
        }
        return new Table(file, List.of(zoneColumn, "type", "label", "band_min", "area_m2", "area_share", "zone_area_m2",
                "residents", "residents_share", "zone_residents"), out);
    }

    static Table deserts(AnalysisResult result) {
        Map<String, String> labels = new LinkedHashMap<>();
        result.types().forEach(t -> labels.put(t.spec().type(), t.spec().label()));
        List<List<Object>> out = new ArrayList<>();
        for (Desert d : result.deserts().deserts()) {
            out.add(List.of(d.id(), String.join("; ", d.wards()), d.areaM2(),
                    String.join("; ", d.missingTypes().stream().map(t -> labels.getOrDefault(t, t)).toList()),
                    d.missingTypes().size(),
                    String.join("; ", d.partlyMissingTypes().stream().map(t -> labels.getOrDefault(t, t)).toList()),
                    nullable(d.residents())));
        }
        return new Table(OutputNames.DESERTS, List.of("id", "ward", "area_m2", "missing_types", "missing_count",
                "partly_missing_types", "residents"), out);
    }

    static Table indicator(AnalysisResult.IndicatorResult ind) {
        List<List<Object>> out = new ArrayList<>();
        for (ClassCount c : ind.rows()) {
            out.add(List.of(c.classNo(), c.lowerBound(), c.upperBound(), c.zones(), c.residents(), c.residentsInDeserts(),
                    c.residents() > 0 ? c.residentsInDeserts() / c.residents() : 0.0));
        }
        return new Table(OutputNames.indicatorTable(ind.spec()), List.of("class", "lower_bound", "upper_bound", "zones",
                "residents", "residents_in_deserts", "share_in_deserts"), out);
    }

    private static Object nullable(Double v) {
        return v == null ? "" : v;
    }
}
