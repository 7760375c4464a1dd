package org.catchment.ui.results.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;

/**
 * The rows of the results tables, from a run's coverage and deserts: per ward, type and band the
 * share of area (and residents) covered, in percent; per desert its area in hectares, wards,
 * missing types by their readable names and residents.
 */
public final class ResultRows {

    /**
     * One row of the coverage table.
     *
     * @param ward            the ward's name
     * @param type            the facility type's readable name
     * @param bandMin         the band, minutes
     * @param areaPct         share of the ward's area within the band, percent
     * @param residentsPct    share of its residents within the band, percent, or null without population
     */
    public record Coverage(String ward, String type, double bandMin, double areaPct, Double residentsPct) {
    }

    /**
     * One row of the deserts table.
     *
     * @param id        the desert's number (as on the map and in deserts.csv)
     * @param areaHa    its area, hectares
     * @param wards     the wards it lies in, comma-separated
     * @param missing   the facility types that serve no part of it, comma-separated readable names
     * @param partly    the types that serve some parts of it but not all, comma-separated readable names
     * @param residents its residents, or null without population
     * @param desert    the desert itself (for highlighting)
     */
    public record DesertRow(int id, double areaHa, String wards, String missing, String partly, Double residents,
                            Desert desert) {
    }

    private ResultRows() {
    }

    /** @return one row per coverage row, in the run's order */
    public static List<Coverage> coverage(List<CoverageRow> rows) {
        List<Coverage> out = new ArrayList<>(rows.size());
        for (CoverageRow r : rows) {
            out.add(new Coverage(r.zone(), r.label(), r.bandMin(), 100 * r.areaShare(),
                    r.residentsShare() == null ? null : 100 * r.residentsShare()));
        }
        return out;
    }

    /**
     * @param deserts the deserts
     * @param labels  readable name by type id (types missing from the map show their id)
     * @return one row per desert, in the run's order
     */
    public static List<DesertRow> deserts(List<Desert> deserts, Map<String, String> labels) {
        List<DesertRow> out = new ArrayList<>(deserts.size());
        for (Desert d : deserts) {
            out.add(new DesertRow(d.id(), d.areaM2() / 10_000, String.join(", ", d.wards()), names(d.missingTypes(), labels),
                    names(d.partlyMissingTypes(), labels), d.residents(), d));
        }
        return out;
    }

    private static String names(List<String> types, Map<String, String> labels) {
        return String.join(", ", types.stream().map(t -> labels.getOrDefault(t, t)).toList());
    }
}
