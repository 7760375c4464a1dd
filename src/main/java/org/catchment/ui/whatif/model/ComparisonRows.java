package org.catchment.ui.whatif.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.SpecRules;
import org.catchment.overlay.AccessChange;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.DesertChange;
import org.catchment.scenario.Comparison;

/**
 * The rows of the app's comparison tables, from a {@link Comparison} of the baseline and a
 * scenario: per zone (of the study area or a further zone layer), facility type and band the area
 * and residents served before and after, and per zone the area and residents in deserts before and
 * after; per group of overlapping deserts what happened to it, with its residents and missing types
 * before and after. The same figures as the comparison CSV the export writes.
 */
public final class ComparisonRows {

    /** The readable name of the rows about deserts in the zone table. */
    public static final String IN_DESERTS = "In deserts";

    /**
     * One zone and type (or {@link #IN_DESERTS}) and band, before and after.
     *
     * @param zone             the zone's name
     * @param type             the type's readable name, or {@link #IN_DESERTS}
     * @param bandMin          the band, minutes, or null for the desert rows
     * @param areaBeforeHa     area served (or in deserts) before, hectares
     * @param areaAfterHa      the same after
     * @param residentsBefore  residents served (or in deserts) before, or null without population data
     * @param residentsAfter   the same after
     */
    public record ZoneRow(String zone, String type, Double bandMin, double areaBeforeHa, double areaAfterHa,
                          Double residentsBefore, Double residentsAfter) {

        /** @return true when the area changed by more than a square metre or the residents by more than 0.05 */
        public boolean changed() {
            return Math.abs(areaAfterHa - areaBeforeHa) * 10_000 > 1
                    || residentsBefore != null && Math.abs(residentsAfter - residentsBefore) > 0.05;
        }
    }

    /**
     * One group of overlapping deserts ({@link DesertChange}).
     *
     * @param status          appeared, disappeared, changed or unchanged
     * @param wards           the wards it lies in
     * @param areaBeforeHa    its area before, hectares
     * @param areaAfterHa     after
     * @param residentsBefore its residents before, or null without population data
     * @param residentsAfter  after
     * @param missingBefore   the types missing throughout it before, readable names
     * @param missingAfter    after
     * @param change          the group itself (for the map)
     */
    public record DesertRow(String status, String wards, double areaBeforeHa, double areaAfterHa,
                            Double residentsBefore, Double residentsAfter, String missingBefore, String missingAfter,
                            DesertChange change) {
    }

    private ComparisonRows() {
    }

    /** @return the zone layers' names: the study area's, then each further zone layer's, in order */
    public static List<String> zoneLayers(AnalysisSpec spec) {
        List<String> out = new ArrayList<>();
        out.add("Study area zones");
        for (AnalysisSpec.ZoneSpec z : spec.zones()) {
            String file = Path.of(z.layer().replaceFirst("#.*$", "")).getFileName().toString();
            out.add(file.replaceFirst("\\.[^.]*$", ""));
        }
        return out;
    }

    /**
     * @param zoneSet 0 for the study area's zones, k for the k-th further zone layer
     * @return per zone, the rows of each type and band, then its row {@link #IN_DESERTS}
     */
    public static List<ZoneRow> zones(Comparison c, int zoneSet) {
        Map<String, List<ZoneRow>> byZone = new LinkedHashMap<>();
        for (Comparison.ZoneRow z : c.zones()) {
            if (z.zoneSet() == zoneSet) {
                CoverageRow b = z.before();
                CoverageRow a = z.after();
                byZone.computeIfAbsent(b.zone(), k -> new ArrayList<>()).add(new ZoneRow(b.zone(), b.label(),
                        b.bandMin(), b.coveredAreaM2() / 10_000, a.coveredAreaM2() / 10_000, b.coveredResidents(),
                        a.coveredResidents()));
            }
        }
        for (Comparison.ZoneDeserts z : c.zoneDeserts()) {
            if (z.zoneSet() == zoneSet) {
                byZone.computeIfAbsent(z.zone(), k -> new ArrayList<>()).add(new ZoneRow(z.zone(), IN_DESERTS, null,
                        z.areaBeforeM2() / 10_000, z.areaAfterM2() / 10_000, z.residentsBefore(), z.residentsAfter()));
            }
        }
        List<ZoneRow> out = new ArrayList<>();
        byZone.values().forEach(out::addAll);
        return out;
    }

    /** @return one row per group of overlapping deserts, in the comparison's order */
    public static List<DesertRow> deserts(Comparison c) {
        Map<String, String> labels = labels(c.before());
        List<DesertRow> out = new ArrayList<>();
        for (DesertChange d : c.deserts()) {
            out.add(new DesertRow(d.status().name().toLowerCase(Locale.ROOT), String.join(", ", d.wards()),
                    d.areaBeforeM2() / 10_000, d.areaAfterM2() / 10_000, d.residentsBefore(), d.residentsAfter(),
                    names(d.missingBefore(), labels), names(d.missingAfter(), labels), d));
        }
        return out;
    }

    /**
     * @return the comparison in a few lines: facilities closed and added, deserts and residents in
     *     deserts before and after, and per changed type the residents (or area) gaining and losing
     *     access within its served band
     */
    public static String summary(String scenario, Comparison c) {
        long closed = c.facilities().stream().filter(Comparison.FacilityChange::closed).count();
        long added = c.facilities().size() - closed;
        StringBuilder s = new StringBuilder(String.format(Locale.UK, "Scenario %s against the baseline: %d closed,"
                + " %d added. Deserts %d \u2192 %d", scenario, closed, added, c.before().deserts().deserts().size(),
                c.after().deserts().deserts().size()));
        if (c.residentsInDesertsBefore() != null) {
            s.append(String.format(Locale.UK, ", residents in deserts %,.0f \u2192 %,.0f", c.residentsInDesertsBefore(),
                    c.residentsInDesertsAfter()));
        }
        s.append('.');
        for (AnalysisResult.TypeResult t : c.before().types()) {
            AccessChange a = c.servedAccess(t.spec().type()).orElse(null);
            if (a == null) {
                continue;
            }
            String band = SpecRules.number(a.bandMin());
            if (a.gainedResidents() != null) {
                s.append(String.format(Locale.UK, "%n%s within %s min: %,.0f residents gain access, %,.0f lose it.",
                        a.label(), band, a.gainedResidents(), a.lostResidents()));
            } else {
                s.append(String.format(Locale.UK, "%n%s within %s min: %.1f ha gain access, %.1f ha lose it.",
                        a.label(), band, a.gainedAreaM2() / 10_000, a.lostAreaM2() / 10_000));
            }
        }
        return s.toString();
    }

    private static Map<String, String> labels(AnalysisResult r) {
        Map<String, String> out = new LinkedHashMap<>();
        r.types().forEach(t -> out.put(t.spec().type(), t.spec().label()));
        return out;
    }

    private static String names(List<String> types, Map<String, String> labels) {
        return types.isEmpty() ? "\u2013" : String.join(", ", types.stream().map(t -> labels.getOrDefault(t, t)).toList());
    }
}
