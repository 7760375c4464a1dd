package org.catchment.siting;

import java.util.BitSet;
import java.util.List;
import org.catchment.network.MultiSourceSearch;
import org.catchment.network.SearchResult;
import org.catchment.network.SearchStart;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.AccessChange;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.ReachablePiece;
import org.catchment.servicearea.ReachableNetwork;
import org.catchment.servicearea.ServiceAreas;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The place a candidate site would newly serve within a type's served band: what a scenario
 * adding that one site would report as gained access (docs/method.md#suggested-sites).
 *
 * <p>One search from the candidate's starts, limited to the served band (a search of the type's
 * facilities with the candidate among them reaches a stretch within the band exactly when one of
 * them alone does, so the type's reach with the candidate is its reach now plus the candidate's).
 * The candidate's stretches less those the type reaches already ({@link ServedStretches}) are
 * buffered by the trim distance as every service area is ({@link ServiceAreas}), with the
 * candidate's own area when it is a polygon; from that, the type's service area and everything
 * outside the study area's zones are taken out ({@link TiledArea}), and parts narrower than 1 m
 * are dropped, as the comparison drops them ({@link AccessChange#places}).
 */
final class NewReach {

    private final WalkingNetwork network;
    private final CatchmentOptions options;
    private final double bandMin;
    private final ServedStretches served;
    private final TiledArea excluded;

    /**
     * @param bandMin  the served band, minutes
     * @param served   the stretches the type reaches within it already
     * @param excluded the type's service area within the band and the land outside the study area
     */
    NewReach(WalkingNetwork network, CatchmentOptions options, double bandMin, ServedStretches served,
             TiledArea excluded) {
        this.network = network;
        this.options = options;
        this.bandMin = bandMin;
        this.served = served;
        this.excluded = excluded;
    }

    /** @return the place the candidate would newly serve (polygonal, may be empty) */
    Geometry of(Candidates.Candidate candidate) {
        SearchResult search = new MultiSourceSearch(network, options.walkingSpeedKmh()).run(candidate.starts(), bandMin);
        List<ReachablePiece> pieces = ReachableNetwork.of(search.restrictedTo(nearby(search, candidate.starts())),
                new double[] {bandMin});
        List<ReachablePiece> fresh = served.newParts(pieces);
        List<Geometry> area = candidate.site().isArea() ? List.of(candidate.site().geometry()) : List.of();
        if (fresh.isEmpty() && area.isEmpty()) {
            return network.geometryFactory().createPolygon();
        }
        Geometry disk = ServiceAreas.disks(network, fresh, 1, options.trimDistanceM(), area).get(0);
        return AccessChange.places(excluded.subtractFrom(disk));
    }

    /** @return the walkable edges whose envelope meets the envelope of the nodes reached and the starts */
    private BitSet nearby(SearchResult search, List<SearchStart> starts) {
        Envelope env = new Envelope();
        for (int n = 0; n < search.realNodeCount(); n++) {
            if (search.minutes(n) <= bandMin) {
                env.expandToInclude(network.nodeX(n), network.nodeY(n));
            }
        }
        for (SearchStart s : starts) {
            env.expandToInclude(s.snap().snapped());
        }
        BitSet edges = new BitSet();
        network.forEachWalkableEdgeNear(env, edges::set);
        return edges;
    }
}
