package org.catchment.export;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.catchment.analysis.Analysis;
import org.catchment.render.MapDocument;

/**
 * What every map page of an analysis carries, whether the command line draws it after a run or
 * the app exports the map as shown: the title and legend heading, the credit lines (the
 * analysis's {@code output.attribution}, else the licence of its network's data) and the rule for
 * labelling zones. Decided here once, so the two front ends print the same page.
 */
public final class MapPages {

    /** Zones are labelled on a map only when there are at most this many. */
    public static final int MAX_LABELLED_ZONES = 40;
    /** The credit OS OpenData asks for, followed by the year. */
    static final String OS_CREDIT = "Contains OS data \u00a9 Crown copyright and database right ";
    /** The credit OpenStreetMap asks for. */
    static final String OSM_CREDIT = "Map data \u00a9 OpenStreetMap contributors (ODbL)";

    private MapPages() {
    }

    /**
     * @param title    the page's title
     * @param analysis the analysis the map shows
     * @return a page with its title, the legend heading and the analysis's credit lines; add the
     *     layers (bottom first) and the extent
     */
    public static MapDocument.Builder page(String title, Analysis analysis) {
        MapDocument.Builder doc = MapDocument.builder(title).legendTitle("Legend");
        credits(analysis).forEach(doc::attribution);
        return doc;
    }

    /**
     * @return the credit lines at the foot of a map: {@code output.attribution} when the analysis
     *     gives it (an empty list prints none), else the OpenStreetMap or OS OpenData credit of its
     *     network; none for an analysis without a network yet
     */
    public static List<String> credits(Analysis analysis) {
        List<String> given = analysis.spec().output().attribution();
        if (given != null) {
            return given;
        }
        if (analysis.spec().network() == null || analysis.spec().network().roads().isEmpty()) {
            return List.of();
        }
        return List.of(analysis.isOpenStreetMap() ? OSM_CREDIT : OS_CREDIT + Year.now().getValue());
    }

    /**
     * @param names the zones' names, one per zone drawn
     * @return the names to print on the map, or empty when there are more than
     *     {@value #MAX_LABELLED_ZONES} zones (a map of 126 residential areas labelled by their codes
     *     is unreadable; the zones are still drawn, and named in the tables)
     */
    public static Optional<List<String>> zoneLabels(List<String> names) {
        return names.size() > MAX_LABELLED_ZONES ? Optional.empty() : Optional.of(names);
    }
}
