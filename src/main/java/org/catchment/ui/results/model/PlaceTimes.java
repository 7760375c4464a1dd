package org.catchment.ui.results.model;

import java.util.ArrayList;
import java.util.List;
import org.catchment.network.SearchResult;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.catchment.ui.form.model.AnalysisForm;
import org.locationtech.jts.geom.Coordinate;

/**
 * Answers "how far is the nearest facility of each type from here?" after a run: from the network
 * node nearest the clicked point, the search's minutes to the nearest facility of each type and
 * which facility that is, plus the straight walk from the point to that node at the analysis's
 * walking speed. A type's search stops at its largest band: a node it did not reach, or a total
 * beyond that band (the walk to the node taking it past), is reported as "more than" that band,
 * never as a number the search cannot vouch for (the indicators' rule, {@code PointAccess}).
 * A tiled run's result has its times from the tile's network opened again ({@link TiledPlaceTimes}).
 */
public final class PlaceTimes {

    /**
     * One facility type's search.
     *
     * @param label      the type's readable name
     * @param servedMin  the band within which a place counts as served, minutes
     * @param limitMin   the largest band, where the search stopped
     * @param search     the search, or null when no facility of the type joined the network (nothing reached)
     * @param facilities the facilities, by the search's source index
     */
    public record TypeSearch(String label, double servedMin, double limitMin, SearchResult search,
                             List<Facility> facilities) {

        public TypeSearch {
            facilities = List.copyOf(facilities);
        }

        /** @return the search of a type's catchments (a run in one piece's) */
        public static TypeSearch of(String label, double servedMin, CatchmentResult catchment) {
            return new TypeSearch(label, servedMin, catchment.search().maxMinutes(), catchment.search(),
                    catchment.facilities());
        }
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
     * @param node       the nearest network node, or -1 when no node lies within {@code offsetM} (every
     *                   type is then more than its largest band away)
     * @param offsetM    straight-line distance from the point to that node, metres
     * @param types      one answer per facility type, in the analysis's order
     */
    public record Place(int node, double offsetM, List<TypeTime> types) {
    }

    /**
     * The network node nearest a point.
     *
     * @param node    its index
     * @param offsetM its distance from the point, m
     */
    public record Nearest(int node, double offsetM) {
    }

    private final WalkingNetwork network;
    private final List<TypeSearch> searches;
    private final double metresPerMinute;

    /**
     * @param network          the network searched (null: none, as a tile with no road link in reach)
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
        Nearest n = nearest(point);
        return n == null ? null : place(n);
    }

    /** @return the node nearest a point (the first of equals), or null when the network has none */
    public Nearest nearest(Coordinate point) {
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        int count = network == null ? 0 : network.nodeCount();
        for (int n = 0; n < count; n++) {
            double dx = network.nodeX(n) - point.x;
            double dy = network.nodeY(n) - point.y;
            double d2 = dx * dx + dy * dy;
            if (d2 < bestD2) {
                bestD2 = d2;
                best = n;
            }
        }
        return best < 0 ? null : new Nearest(best, Math.sqrt(bestD2));
    }

    /** @return a node's coordinate */
    public Coordinate coordinate(Nearest n) {
        return new Coordinate(network.nodeX(n.node()), network.nodeY(n.node()));
    }

    /** @return the answer from a node a point is {@code n.offsetM()} from */
    public Place place(Nearest n) {
        List<TypeTime> out = new ArrayList<>();
        for (TypeSearch t : searches) {
            SearchResult s = t.search();
            double m = s == null ? Double.POSITIVE_INFINITY : s.minutes(n.node());
            int source = s == null ? -1 : s.source(n.node());
            double total = m + n.offsetM() / metresPerMinute;
            if (Double.isInfinite(m) || source < 0 || total > t.limitMin()) {
                out.add(new TypeTime(t.label(), Double.NaN, null, t.limitMin(), t.servedMin()));
            } else {
                out.add(new TypeTime(t.label(), total, t.facilities().get(source).name(), t.limitMin(),
                        t.servedMin()));
            }
        }
        return new Place(n.node(), n.offsetM(), out);
    }

    /**
     * @param offsetM a distance within which no node lies
     * @return the answer for a point that far from every node: every type more than its largest band
     */
    public Place beyond(double offsetM) {
        List<TypeTime> out = new ArrayList<>();
        for (TypeSearch t : searches) {
            out.add(new TypeTime(t.label(), Double.NaN, null, t.limitMin(), t.servedMin()));
        }
        return new Place(-1, offsetM, out);
    }
}
