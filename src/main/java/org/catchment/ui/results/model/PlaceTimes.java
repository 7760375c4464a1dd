package org.catchment.ui.results.model;

import java.util.ArrayList;
import java.util.List;
import org.catchment.network.SearchResult;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.ui.form.model.AnalysisForm;
import org.locationtech.jts.geom.Coordinate;

/**
 * Answers "how far is the nearest facility of each type from here?" after a run: from the network
 * node nearest the clicked point, the search's minutes to the nearest facility of each type and
 * which facility that is, plus the straight walk from the point to that node at the analysis's
 * walking speed. Nodes beyond a type's largest band were not searched: they are reported as "more
 * than" that band.
 */
public final class PlaceTimes {

    /**
     * One facility type's search.
     *
     * @param label     the type's readable name
     * @param servedMin the band within which a place counts as served, minutes
     * @param catchment its catchments (search and facilities)
     */
    public record TypeSearch(String label, double servedMin, CatchmentResult catchment) {
    }

    /**
     * The answer for one type.
     *
     * @param label       the type's readable name
     * @param minutes     minutes from the point to the nearest facility, or NaN when beyond {@code limitMin}
     * @param facility    that facility's name, or null when beyond the limit
     * @param limitMin    the largest band searched
     * @param servedMin   the band within which a place counts as served
     */
    public record TypeTime(String label, double minutes, String facility, double limitMin, double servedMin) {

        /** @return true when the point is within the type's served band */
        public boolean served() {
            return minutes <= servedMin;
        }

        /** @return "7.5 min to Elm Road Surgery" or "more than 20 min" */
        public String text() {
            return Double.isNaN(minutes) ? "more than " + AnalysisForm.formatNumber(limitMin) + " min"
                    : String.format(java.util.Locale.UK, "%.1f min to %s", minutes, facility);
        }
    }

    /**
     * The answer for a point.
     *
     * @param node       the nearest network node
     * @param offsetM    straight-line distance from the point to that node, metres
     * @param types      one answer per facility type, in the analysis's order
     */
    public record Place(int node, double offsetM, List<TypeTime> types) {
    }

    private final WalkingNetwork network;
    private final List<TypeSearch> searches;
    private final double metresPerMinute;

    /**
     * @param network          the network searched
     * @param searches         the facility types' searches, in order
     * @param walkingSpeedKmh  the analysis's walking speed, for the leg from the point to the node
     */
    public PlaceTimes(WalkingNetwork network, List<TypeSearch> searches, double walkingSpeedKmh) {
        this.network = network;
        this.searches = List.copyOf(searches);
        this.metresPerMinute = walkingSpeedKmh * 1000 / 60;
    }

    /** @return the answer for a point, or null when the network has no nodes */
    public Place at(Coordinate point) {
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        for (int n = 0; n < network.nodeCount(); n++) {
            double dx = network.nodeX(n) - point.x;
            double dy = network.nodeY(n) - point.y;
            double d2 = dx * dx + dy * dy;
            if (d2 < bestD2) {
                bestD2 = d2;
                best = n;
            }
        }
        if (best < 0) {
            return null;
        }
        double offsetM = Math.sqrt(bestD2);
        List<TypeTime> out = new ArrayList<>();
        for (TypeSearch t : searches) {
            SearchResult s = t.catchment().search();
            double m = s.minutes(best);
            int source = s.source(best);
            if (Double.isInfinite(m) || source < 0) {
                out.add(new TypeTime(t.label(), Double.NaN, null, s.maxMinutes(), t.servedMin()));
            } else {
                out.add(new TypeTime(t.label(), m + offsetM / metresPerMinute,
                        t.catchment().facilities().get(source).name(), s.maxMinutes(), t.servedMin()));
            }
        }
        return new Place(best, offsetM, out);
    }
}
