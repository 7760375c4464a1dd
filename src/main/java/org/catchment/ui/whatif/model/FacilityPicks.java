package org.catchment.ui.whatif.model;

import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.AnalysisResult;
import org.catchment.scenario.Comparison;
import org.catchment.servicearea.Facility;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The facilities under a right-click on the map, for the what-if menu: those of the result shown
 * (the baseline, or the scenario with its proposed sites) and those the scenario closed, nearest
 * first.
 */
public final class FacilityPicks {

    /** What a picked facility is in the scenario shown. */
    public enum Kind {
        /** A facility of the baseline, open: it can be closed. */
        OPEN,
        /** A site the scenario adds: it can be removed. */
        ADDED,
        /** A facility the scenario closes: it can be reopened. */
        CLOSED
    }

    /**
     * A facility under the cursor.
     *
     * @param type      its type's id
     * @param label     its type's readable name
     * @param facility  the facility (of the baseline for {@link Kind#OPEN} and {@link Kind#CLOSED})
     * @param kind      what it is in the scenario shown
     * @param distanceM how far it is from the point clicked, metres (0 inside an area facility)
     */
    public record Pick(String type, String label, Facility facility, Kind kind, double distanceM) {
    }

    private static final GeometryFactory GF = new GeometryFactory();

    private FacilityPicks() {
    }

    /**
     * @param shown      the result shown: the baseline, or the scenario's
     * @param comparison the scenario against the baseline, or null when the baseline is shown
     * @param at         the point clicked, in the analysis's working CRS
     * @param toleranceM how far from the point a facility may be, metres (a few pixels on screen)
     * @return the facilities within the tolerance, nearest first
     */
    public static List<Pick> at(AnalysisResult shown, Comparison comparison, Coordinate at, double toleranceM) {
        Point p = GF.createPoint(at);
        List<Pick> out = new ArrayList<>();
        for (AnalysisResult.TypeResult t : shown.types()) {
            for (Facility f : t.catchment().facilities()) {
                double d = f.geometry().distance(p);
                if (d <= toleranceM) {
                    boolean added = t.sources().get(f.index()).layer() < 0;
                    out.add(new Pick(t.spec().type(), t.spec().label(), f, added ? Kind.ADDED : Kind.OPEN, d));
                }
            }
        }
        if (comparison != null) {
            for (Comparison.FacilityChange c : comparison.facilities()) {
                Geometry g = c.facility().geometry();
                double d = g.distance(p);
                if (c.closed() && d <= toleranceM) {
                    out.add(new Pick(c.type(), c.label(), c.facility(), Kind.CLOSED, d));
                }
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Pick::distanceM));
        return out;
    }
}
