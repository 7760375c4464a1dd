package org.catchment.siting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.catchment.analysis.CandidateSites;
import org.catchment.network.SearchStart;
import org.catchment.network.SnapFailure;
import org.catchment.network.SnapPoint;
import org.catchment.network.Snapper;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.Facility;
import org.catchment.servicearea.StartPoints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The sites a siting run chooses from, each placed on the network as a facility of the type
 * would be: a layer's features (any point or polygon layer, read as a scenario's proposed sites
 * are), or a regular grid of points on the walkable links of the study area.
 *
 * <p>The grid (docs/method.md#suggested-sites): the points whose coordinates are whole multiples
 * of the spacing s (so the grid does not move with the study area's extent) inside the study
 * area's zones, in rows from south to north, west to east. Each is moved onto the nearest walkable
 * link if one passes through its cell (the s x s square around it: the link is then within
 * s √2 / 2 of the point), else dropped; points that land on the same place (to 1 cm) are one
 * candidate, the first kept. A candidate stands at its point on the link, so it starts with no
 * off-network leg.
 *
 * @param placed the candidates that join the network, numbered 0..n-1 in order
 * @param failed those that do not (beyond the snap tolerance), in order
 */
public record Candidates(List<Candidate> placed, List<SnapFailure> failed) {

    /**
     * One candidate site on the network.
     *
     * @param site   the site as a facility of the type (index = its place among the candidates)
     * @param starts where its search starts (source 0)
     */
    public record Candidate(Facility site, List<SearchStart> starts) {

        public Candidate {
            starts = List.copyOf(starts);
        }
    }

    public Candidates {
        placed = List.copyOf(placed);
        failed = List.copyOf(failed);
    }

    /**
     * @param setting  the type the sites are for
     * @param layer    the candidates read from a layer, or null for a grid
     * @param spacingM the grid's spacing, metres (unused with a layer)
     * @return the candidates, placed on the network as the type's facilities would be
     */
    public static Candidates of(SiteSelection.Setting setting, CandidateSites.Read layer, double spacingM) {
        List<Facility> sites = layer != null ? layer.sites() : grid(setting.network(), setting.within(), spacingM);
        return place(setting.network(), sites, setting.existing().options());
    }

    /**
     * @param network    the network
     * @param sites      the candidate sites (points or polygons), any numbering
     * @param options    the type's options (snap tolerance, access points, off-network leg)
     * @return the sites placed on the network as the type's facilities would be, renumbered from 0
     */
    public static Candidates place(WalkingNetwork network, List<Facility> sites, CatchmentOptions options) {
        List<Candidate> placed = new ArrayList<>();
        List<SnapFailure> failed = new ArrayList<>();
        for (Facility f : sites) {
            Facility site = new Facility(placed.size(), f.id(), f.name(), f.geometry());
            StartPoints.Result r = StartPoints.of(network, List.of(new Facility(0, f.id(), f.name(), f.geometry())), options);
            if (r.starts().isEmpty()) {
                failed.addAll(r.failures());
            } else {
                placed.add(new Candidate(site, r.starts()));
            }
        }
        return new Candidates(placed, failed);
    }

    /**
     * @param network  the network
     * @param area     the study area's zones (their union)
     * @param spacingM the grid spacing s, metres
     * @return the grid's sites, on the network, in rows from south to north
     */
    public static List<Facility> grid(WalkingNetwork network, Geometry area, double spacingM) {
        Envelope env = area.getEnvelopeInternal();
        PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
        Snapper snapper = new Snapper(network, spacingM * Math.sqrt(2) / 2);
        Set<List<Long>> seen = new HashSet<>();
        List<Facility> sites = new ArrayList<>();
        long i0 = (long) Math.ceil(env.getMinX() / spacingM);
        long i1 = (long) Math.floor(env.getMaxX() / spacingM);
        long j0 = (long) Math.ceil(env.getMinY() / spacingM);
        long j1 = (long) Math.floor(env.getMaxY() / spacingM);
        for (long j = j0; j <= j1; j++) {
            for (long i = i0; i <= i1; i++) {
                Coordinate c = new Coordinate(i * spacingM, j * spacingM);
                if (!inside.covers(network.geometryFactory().createPoint(c))) {
                    continue;
                }
                SnapPoint sp = snapper.snap("grid point", c);
                if (sp == null || !seen.add(List.of(Math.round(sp.snapped().x * 100), Math.round(sp.snapped().y * 100)))) {
                    continue;
                }
                String name = String.format(Locale.ROOT, "Site at %.0f, %.0f", sp.snapped().x, sp.snapped().y);
                String id = String.format(Locale.ROOT, "grid %s %s", number(c.x), number(c.y));
                sites.add(new Facility(sites.size(), id, name, network.geometryFactory().createPoint(sp.snapped())));
            }
        }
        return sites;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** @return one line per candidate left out, saying how far it is from the network */
    public List<String> warnings() {
        return failed.stream().map(f -> "candidate " + f.message()).toList();
    }

    /** @return the number of candidates placed */
    public int size() {
        return placed.size();
    }
}
