package org.catchment.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.OutputNames;
import org.catchment.overlay.AccessChange;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;
import org.catchment.overlay.DesertChange;
import org.catchment.scenario.ClosureRanking;
import org.catchment.scenario.Comparison;
import org.catchment.scenario.ScenarioResult;

/**
 * The tables of the what-if outputs (columns: docs/analysis-file.md#scenario-outputs): a
 * scenario's comparison with its baseline, in one long table of
 * {@code section, zone_layer, zone, type, band_min, measure, before, after, change} rows; one
 * summary line per scenario; a type's closure ranking.
 */
public final class ComparisonTables {

    static final List<String> HEADER = List.of("section", "zone_layer", "zone", "type", "band_min", "measure", "before",
            "after", "change");

    private ComparisonTables() {
    }

    /** @return the comparison table of a scenario ({@code scenario_<name>_comparison.csv}) */
    static StatisticsTables.Table comparison(String fileName, Comparison c) {
        List<List<Object>> rows = new ArrayList<>();
        AnalysisResult before = c.before();
        Map<String, String> labels = labels(before);
        boolean people = before.overlayInputs().population() != null;
        for (AnalysisResult.TypeResult t : before.types()) {
            double band = t.spec().servedBand();
            double[] area = {0, 0};
            double[] residents = {0, 0};
            for (Comparison.ZoneRow z : c.zones()) {
                if (z.zoneSet() == 0 && z.servedBand() && z.before().type().equals(t.spec().type())) {
                    area[0] += z.before().coveredAreaM2();
                    area[1] += z.after().coveredAreaM2();
                    residents[0] += people ? z.before().coveredResidents() : 0;
                    residents[1] += people ? z.after().coveredResidents() : 0;
                }
            }
            rows.add(row("total", "", "", t.spec().type(), band, "area_served_m2", area[0], area[1], area[1] - area[0]));
            if (people) {
                rows.add(row("total", "", "", t.spec().type(), band, "residents_served", residents[0], residents[1],
                        residents[1] - residents[0]));
            }
        }
        for (AccessChange a : c.access()) {
            rows.add(row("total", "", "", a.type(), a.bandMin(), "area_gained_m2", "", "", a.gainedAreaM2()));
            rows.add(row("total", "", "", a.type(), a.bandMin(), "area_lost_m2", "", "", a.lostAreaM2()));
            if (people) {
                rows.add(row("total", "", "", a.type(), a.bandMin(), "residents_gained", "", "", a.gainedResidents()));
                rows.add(row("total", "", "", a.type(), a.bandMin(), "residents_lost", "", "", a.lostResidents()));
            }
        }
        int desertsBefore = before.deserts().deserts().size();
        int desertsAfter = c.after().deserts().deserts().size();
        rows.add(row("total", "", "", "", "", "deserts", desertsBefore, desertsAfter, desertsAfter - desertsBefore));
        if (people) {
            rows.add(row("total", "", "", "", "", "residents_in_deserts", c.residentsInDesertsBefore(),
                    c.residentsInDesertsAfter(), c.residentsInDesertsAfter() - c.residentsInDesertsBefore()));
        }
        List<String> sets = zoneLayerNames(before.analysis().spec());
        for (Comparison.ZoneRow z : c.zones()) {
            CoverageRow b = z.before();
            CoverageRow a = z.after();
            String layer = sets.get(z.zoneSet());
            rows.add(row("zone", layer, b.zone(), b.type(), b.bandMin(), "area_served_m2", b.coveredAreaM2(),
                    a.coveredAreaM2(), a.coveredAreaM2() - b.coveredAreaM2()));
            if (people) {
                rows.add(row("zone", layer, b.zone(), b.type(), b.bandMin(), "residents_served", b.coveredResidents(),
                        a.coveredResidents(), a.coveredResidents() - b.coveredResidents()));
            }
            if (z.change() != null && people) {
                rows.add(row("zone", layer, b.zone(), b.type(), b.bandMin(), "residents_gained", "", "",
                        z.change().gainedResidents()));
                rows.add(row("zone", layer, b.zone(), b.type(), b.bandMin(), "residents_lost", "", "",
                        z.change().lostResidents()));
            }
        }
        for (Comparison.ZoneDeserts z : c.zoneDeserts()) {
            String layer = sets.get(z.zoneSet());
            rows.add(row("zone", layer, z.zone(), "", "", "desert_area_m2", z.areaBeforeM2(), z.areaAfterM2(),
                    z.areaAfterM2() - z.areaBeforeM2()));
            if (people) {
                rows.add(row("zone", layer, z.zone(), "", "", "residents_in_deserts", z.residentsBefore(),
                        z.residentsAfter(), z.residentsAfter() - z.residentsBefore()));
            }
        }
        int group = 0;
        for (DesertChange d : c.deserts()) {
            String zone = "group " + ++group + ": " + String.join("; ", d.wards());
            rows.add(row("desert", "", zone, "", "", "status", "", "", word(d.status())));
            rows.add(row("desert", "", zone, "", "", "desert_ids", ids(d.before()), ids(d.after()), ""));
            rows.add(row("desert", "", zone, "", "", "area_m2", d.areaBeforeM2(), d.areaAfterM2(),
                    d.areaAfterM2() - d.areaBeforeM2()));
            if (people) {
                rows.add(row("desert", "", zone, "", "", "residents", d.residentsBefore(), d.residentsAfter(),
                        d.residentsAfter() - d.residentsBefore()));
            }
            rows.add(row("desert", "", zone, "", "", "missing_types", names(d.missingBefore(), labels),
                    names(d.missingAfter(), labels), ""));
            rows.add(row("desert", "", zone, "", "", "no_longer_missing", "", "", names(d.noLongerMissing(), labels)));
            rows.add(row("desert", "", zone, "", "", "newly_missing", "", "", names(d.newlyMissing(), labels)));
        }
        for (Comparison.FacilityChange f : c.facilities()) {
            rows.add(row("facility", "", "", f.type(), "", "facility", f.closed() ? f.facility().name() : "",
                    f.closed() ? "" : f.facility().name(), (f.closed() ? "closed" : "added")
                            + (f.onNetwork() ? "" : ", not on the network")));
        }
        return new StatisticsTables.Table(fileName, HEADER, rows);
    }

    /** @return the one-line-per-scenario table ({@code scenarios_summary.csv}) */
    static StatisticsTables.Table summary(AnalysisResult baseline, List<ScenarioResult> results) {
        List<String> header = new ArrayList<>(List.of("scenario", "facilities_closed", "facilities_added",
                "types_searched_again", "deserts_before", "deserts_after", "deserts_appeared", "deserts_disappeared",
                "deserts_changed", "residents_in_deserts_before", "residents_in_deserts_after"));
        for (AnalysisResult.TypeResult t : baseline.types()) {
            header.add(t.spec().type() + "_residents_gained");
            header.add(t.spec().type() + "_residents_lost");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ScenarioResult r : results) {
            Comparison c = r.comparison();
            List<Object> row = new ArrayList<>();
            row.add(r.scenario().name());
            row.add(c.facilities().stream().filter(Comparison.FacilityChange::closed).count());
            row.add(c.facilities().stream().filter(f -> !f.closed()).count());
            row.add(String.join("; ", r.outcome().changes().stream().map(x -> x.spec().type()).toList()));
            row.add(c.before().deserts().deserts().size());
            row.add(c.after().deserts().deserts().size());
            for (DesertChange.Status s : List.of(DesertChange.Status.APPEARED, DesertChange.Status.DISAPPEARED,
                    DesertChange.Status.CHANGED)) {
                row.add(c.deserts().stream().filter(d -> d.status() == s).count());
            }
            row.add(nullable(c.residentsInDesertsBefore()));
            row.add(nullable(c.residentsInDesertsAfter()));
            for (AnalysisResult.TypeResult t : baseline.types()) {
                AccessChange a = c.servedAccess(t.spec().type()).orElse(null);
                row.add(a == null ? 0.0 : nullable(a.gainedResidents()));
                row.add(a == null ? 0.0 : nullable(a.lostResidents()));
            }
            rows.add(row);
        }
        return new StatisticsTables.Table("scenarios_summary.csv", header, rows);
    }

    /** @return a type's facilities ranked by the cost of closing each alone ({@code closure_ranking_<type>.csv}) */
    public static StatisticsTables.Table ranking(AnalysisResult.TypeResult type, List<ClosureRanking.Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (ClosureRanking.Row r : rows) {
            out.add(List.of(r.rank(), type.spec().type(), r.facility().id(), r.facility().name(), type.spec().servedBand(),
                    nullable(r.residentsLosing()), r.areaLosingM2(), r.onNetwork() ? "yes" : "no"));
        }
        return new StatisticsTables.Table(rankingFileName(type.spec().type()), List.of("rank", "type", "facility_id",
                "name", "band_min", "residents_losing_access", "area_losing_access_m2", "on_network"), out);
    }

    /** @return the file name of a type's closure ranking */
    public static String rankingFileName(String type) {
        return "closure_ranking_" + type + ".csv";
    }

    /** @return the names of the zone layers as the comparison table gives them: ward, then each zone layer's */
    static List<String> zoneLayerNames(AnalysisSpec spec) {
        List<String> out = new ArrayList<>();
        out.add("ward");
        spec.zones().forEach(z -> out.add(OutputNames.zoneName(z)));
        return out;
    }

    /** @return a desert status as the outputs write it: appeared, disappeared, changed, unchanged */
    static String word(DesertChange.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> labels(AnalysisResult r) {
        Map<String, String> out = new LinkedHashMap<>();
        r.types().forEach(t -> out.put(t.spec().type(), t.spec().label()));
        return out;
    }

    private static String names(List<String> types, Map<String, String> labels) {
        return String.join("; ", types.stream().map(t -> labels.getOrDefault(t, t)).toList());
    }

    private static String ids(List<Desert> deserts) {
        return String.join("; ", deserts.stream().map(d -> Integer.toString(d.id())).toList());
    }

    private static List<Object> row(Object... values) {
        return Arrays.stream(values).map(v -> v == null ? (Object) "" : v).toList();
    }

    private static Object nullable(Double v) {
        return v == null ? "" : v;
    }
}
