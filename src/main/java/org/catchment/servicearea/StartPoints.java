package org.catchment.servicearea;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.catchment.network.SearchStart;
import org.catchment.network.SnapFailure;
import org.catchment.network.SnapOutcome;
import org.catchment.network.SnapPoint;
import org.catchment.network.Snapper;
import org.catchment.network.WalkingNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Turns facilities into search starts.
 *
 * <p>A point facility starts where it snaps onto the network. An area facility (a park, a retail
 * centre) starts from access points on its boundary: every point where a walkable edge crosses or
 * touches the boundary, plus boundary points no more than the access spacing apart (default 50 m)
 * that lie within the access tolerance (default 30 m) of a walkable edge. When no boundary point is
 * that close, the boundary point nearest to the network (within the snap tolerance) is used and a
 * note says so. A multipoint facility (a site with several entrances) starts from each of its
 * points that snaps; a point that cannot snap while others do is a note, and the facility fails
 * (once, reported at its point nearest the network) only when none snaps. Each start begins at its off-network walking time unless the analysis ignores that leg.
 */
public final class StartPoints {

    private static final double FALLBACK_SPACING_M = 5;

    /**
     * @param starts   the search starts, with each facility's index as source, in the order of the
     *                 facilities (a facility's starts together)
     * @param snaps    the snapped point of every start, in the same order
     * @param failures facilities that could not join the network, one each, in the order of the facilities
     * @param notes    facilities that joined it only through the fallback
     */
    public record Result(List<SearchStart> starts, List<SnapPoint> snaps, List<SnapFailure> failures, List<String> notes) {
    }

    /** Point facilities of a type from which they are snapped in parallel. */
    static final int PARALLEL_FROM = 10_000;

    private StartPoints() {
    }

    /**
     * @param network    the network
     * @param facilities the facilities of one type
     * @param options    tolerances, spacing, speed and whether the off-network leg is timed
     */
    public static Result of(WalkingNetwork network, List<Facility> facilities, CatchmentOptions options) {
        Snapper snapper = new Snapper(network, options.snapToleranceM());
        Snapper access = options.accessToleranceM() > 0 ? new Snapper(network, options.accessToleranceM()) : null;
        List<SearchStart> starts = new ArrayList<>();
        List<SnapPoint> snaps = new ArrayList<>();
        List<SnapFailure> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        SnapOutcome[][] pointOutcomes = snapPoints(facilities, snapper);
        for (int k = 0; k < facilities.size(); k++) {
            Facility f = facilities.get(k);
            List<SnapPoint> points = new ArrayList<>();
            if (f.isArea()) {
                points.addAll(accessPoints(network, f, access, options.accessSpacingM()));
                if (points.isEmpty()) {
                    SnapOutcome nearest = nearestBoundaryPoint(f, snapper);
                    if (nearest instanceof SnapPoint sp) {
                        points.add(sp);
                        notes.add(String.format(Locale.ROOT, "%s: no path or road crosses its boundary or comes"
                                + " within %.0f m of it at the access points (every %.0f m); it is reached from the"
                                + " boundary point nearest the network, %.0f m away.", f.name(), options.accessToleranceM(),
                                options.accessSpacingM(), sp.offsetM()));
                    } else {
                        failures.add((SnapFailure) nearest);
                    }
                }
            } else {
                List<SnapFailure> missed = new ArrayList<>();
                for (SnapOutcome o : pointOutcomes[k]) {
                    if (o instanceof SnapPoint sp) {
                        points.add(sp);
                    } else {
                        missed.add((SnapFailure) o);
                    }
                }
                if (points.isEmpty() && !missed.isEmpty()) {
                    failures.add(missed.stream().min(Comparator.comparingDouble(SnapFailure::nearestM)).orElseThrow());
                } else {
                    missed.forEach(m -> notes.add(partMissed(m, f.geometry().getNumGeometries())));
                }
            }
            for (SnapPoint sp : points) {
                double minutes = options.offNetworkLeg() == CatchmentOptions.OffNetworkLeg.WALK
                        ? sp.offsetM() / options.metresPerMinute() : 0;
                starts.add(new SearchStart(sp, f.index(), minutes));
                snaps.add(sp);
            }
        }
        return new Result(starts, snaps, failures, notes);
    }

    /**
     * The outcome {@link #of} gives on a network with no walkable edge within the failure search of
     * any facility (a tile of a tiled run with no road within reach): every facility fails to join,
     * reported at its first point (a point facility) or its first boundary point (an area), with no
     * path or road nearby.
     *
     * @param facilities the facilities of one type
     * @param options    the snap tolerance
     */
    public static Result unjoined(List<Facility> facilities, CatchmentOptions options) {
        List<SnapFailure> failures = new ArrayList<>();
        for (Facility f : facilities) {
            Coordinate at = f.isArea() ? boundarySamples(f.geometry(), FALLBACK_SPACING_M).get(0)
                    : f.geometry().getGeometryN(0).getCoordinate();
            failures.add(new SnapFailure(f.name(), at, Double.POSITIVE_INFINITY, options.snapToleranceM()));
        }
        return new Result(List.of(), List.of(), failures, List.of());
    }

    /**
     * Snaps every point of the point facilities (not the areas), in parallel for a type of
     * {@value #PARALLEL_FROM} facilities or more: each point is snapped on its own, so the
     * outcomes, kept in facility order, are the same in any order.
     *
     * @return per facility its points' outcomes in order; null for an area facility
     */
    private static SnapOutcome[][] snapPoints(List<Facility> facilities, Snapper snapper) {
        SnapOutcome[][] out = new SnapOutcome[facilities.size()][];
        IntStream indexes = IntStream.range(0, facilities.size());
        (facilities.size() >= PARALLEL_FROM ? indexes.parallel() : indexes).forEach(k -> {
            Facility f = facilities.get(k);
            if (!f.isArea()) {
                SnapOutcome[] o = new SnapOutcome[f.geometry().getNumGeometries()];
                for (int i = 0; i < o.length; i++) {
                    o[i] = snapper.snapOrFail(f.name(), f.geometry().getGeometryN(i).getCoordinate());
                }
                out[k] = o;
            }
        });
        return out;
    }

    /** @return the note on one point of a multipoint facility that cannot join the network while others do */
    private static String partMissed(SnapFailure m, int parts) {
        return String.format(Locale.ROOT, "%s: one of its %d points, at (%.0f, %.0f), is %s, beyond the snap tolerance"
                + " of %.0f m; the facility is reached from its other points.", m.name(), parts, m.point().x, m.point().y,
                Double.isInfinite(m.nearestM()) ? "far from any walkable path or road"
                        : String.format(Locale.ROOT, "%.0f m from the nearest walkable path or road", m.nearestM()),
                m.toleranceM());
    }

    private static List<SnapPoint> accessPoints(WalkingNetwork network, Facility f, Snapper access, double spacingM) {
        List<SnapPoint> out = new ArrayList<>();
        Geometry boundary = f.geometry().getBoundary();
        Snapper onEdge = new Snapper(network, 1);
        network.forEachWalkableEdgeNear(f.geometry().getEnvelopeInternal(), e -> {
            Geometry cross = network.edgeLine(e).intersection(boundary);
            for (int i = 0; i < cross.getNumGeometries(); i++) {
                Geometry g = cross.getGeometryN(i);
                if (g.isEmpty()) {
                    continue;
                }
                Coordinate c = g instanceof Point ? g.getCoordinate() : g.getCoordinates()[0];
                SnapPoint sp = onEdge.snap(f.name(), c);
                if (sp != null) {
                    out.add(sp);
                }
            }
        });
        if (access != null) {
            for (Coordinate c : boundarySamples(f.geometry(), spacingM)) {
                SnapPoint sp = access.snap(f.name(), c);
                if (sp != null) {
                    out.add(sp);
                }
            }
        }
        return out;
    }

    private static SnapOutcome nearestBoundaryPoint(Facility f, Snapper snapper) {
        SnapOutcome best = null;
        for (Coordinate c : boundarySamples(f.geometry(), FALLBACK_SPACING_M)) {
            SnapOutcome o = snapper.snapOrFail(f.name(), c);
            if (best == null || distance(o) < distance(best)) {
                best = o;
            }
        }
        return best;
    }

    private static double distance(SnapOutcome o) {
        return o instanceof SnapPoint sp ? sp.offsetM() : ((SnapFailure) o).nearestM();
    }

    /** @return points along every ring of an area, evenly spaced no more than {@code spacingM} apart */
    static List<Coordinate> boundarySamples(Geometry area, double spacingM) {
        List<Coordinate> out = new ArrayList<>();
        for (int p = 0; p < area.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) area.getGeometryN(p);
            addSamples(polygon.getExteriorRing(), spacingM, out);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                addSamples(polygon.getInteriorRingN(h), spacingM, out);
            }
        }
        return out;
    }

    private static void addSamples(LineString ring, double spacingM, List<Coordinate> out) {
        double length = ring.getLength();
        int n = Math.max(1, (int) Math.ceil(length / spacingM));
        LengthIndexedLine line = new LengthIndexedLine(ring);
        for (int i = 0; i < n; i++) {
            out.add(line.extractPoint(length * i / n));
        }
    }
}
