package org.catchment.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.function.IntFunction;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.OutputNames;
import org.catchment.overlay.ClassCount;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;

/**
 * The statistics tables of an analysis, as header plus rows ready for CSV: coverage per ward
 * (and per further zone) by type and band, the deserts, and residents in deserts by indicator
 * class. Columns: docs/analysis-file.md#outputs; the zone totals are included so every row shows
 * how covered and not covered add up. Residents are given to one decimal place: spread over the
 * land from census counts, they are estimates.
 */
public final class StatisticsTables {

    /**
     * One table, its rows given in parts so that a table of millions of rows (the postcodes of a
     * country) is written part by part ({@code CsvTableWriter.writeParts}) and never held whole.
     *
     * @param fileName the CSV file's name
     * @param header   the column names
     * @param parts    how many parts
     * @param part     makes the rows of part {@code i} ({@code 0 <= i < parts})
     */
    public record Table(String fileName, List<String> header, int parts, IntFunction<List<List<Object>>> part) {

        /** A table whose rows are all at hand: one part. */
        public Table(String fileName, List<String> header, List<List<Object>> rows) {
            this(fileName, header, 1, i -> rows);
        }

        /** @return every row, the parts in order */
        public List<List<Object>> rows() {
            if (parts == 1) {
                return part.apply(0);
            }
            List<List<Object>> out = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                out.addAll(part.apply(i));
            }
            return out;
        }
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
        if (result.accessibility() != null) {
            out.addAll(AccessOutputs.tables(result.accessibility()));
        }
        return out;
    }

    static Table coverage(String file, String zoneColumn, List<CoverageRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (CoverageRow r : rows) {
            out.add(List.of(r.zone(), r.type(), r.label(), r.bandMin(), r.coveredAreaM2(), r.areaShare(), r.zoneAreaM2(),
                    residents(r.coveredResidents()), nullable(r.residentsShare()), residents(r.zoneResidents())));
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
                    residents(d.residents())));
        }
        return new Table(OutputNames.DESERTS, List.of("id", "ward", "area_m2", "missing_types", "missing_count",
                "partly_missing_types", "residents"), out);
    }

    static Table indicator(AnalysisResult.IndicatorResult ind) {
        List<List<Object>> out = new ArrayList<>();
        for (ClassCount c : ind.rows()) {
            out.add(List.of(c.classNo(), range(c), c.lowerBound(), c.upperBound(), c.zones(), residents(c.residents()),
                    residents(c.residentsInDeserts()), c.residents() > 0 ? c.residentsInDeserts() / c.residents() : 0.0));
        }
        return new Table(OutputNames.indicatorTable(ind.spec()), List.of("class", "range", "lower_bound", "upper_bound",
                "zones", "residents", "residents_in_deserts", "share_in_deserts"), out);
    }

    /** @return the values of the class's zones as "lowest-highest" ("2-2" for IMD decile 2), "" for an empty class */
    static String range(ClassCount c) {
        return c.zones() == 0 ? "" : plain(c.lowestValue()) + "-" + plain(c.highestValue());
    }

    /**
     * @return residents to one decimal place, "" when unknown: they are estimates spread over the
     *     land, not counts of people
     */
    static Object residents(Double v) {
        return v == null || !Double.isFinite(v) ? "" : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static Object nullable(Double v) {
        return v == null ? "" : v;
    }
}
