package org.catchment.servicearea;

import java.util.List;
import org.catchment.network.SearchResult;
import org.locationtech.jts.geom.Geometry;

/**
 * The catchments of one facility type.
 *
 * @param facilities   the facilities, by index
 * @param options      how they were computed
 * @param starts       where each facility joined the network, and those that could not
 * @param search       node times and nearest facilities up to the largest band
 * @param pieces       the reachable stretches with their band and facility
 * @param disks        one merged polygon per band (0 to the band), smallest band first
 * @param perFacility  with {@link CatchmentOptions#perFacility()}: for each facility its own disks
 *                     (overlapping other facilities'), else empty
 * @param rings        the rings when they were made piece by piece (a tiled run's, each tile's own
 *                     rings side by side), else null: made from the disks when asked for
 */
public record CatchmentResult(List<Facility> facilities, CatchmentOptions options, StartPoints.Result starts,
                              SearchResult search, List<ReachablePiece> pieces, List<Geometry> disks,
                              List<List<Geometry>> perFacility, List<Geometry> rings) {

    /** The result of a search in one piece, its rings (if asked for) made from its disks. */
    public CatchmentResult(List<Facility> facilities, CatchmentOptions options, StartPoints.Result starts,
                           SearchResult search, List<ReachablePiece> pieces, List<Geometry> disks,
                           List<List<Geometry>> perFacility) {
        this(facilities, options, starts, search, pieces, disks, perFacility, null);
    }

    /** @return one polygon per band: disks, or rings when the options ask for rings */
    public List<Geometry> bandPolygons() {
        if (!options.rings()) {
            return disks;
        }
        return rings != null ? rings : ServiceAreas.rings(disks);
    }

    /** @return the disk of the largest band (the area served at all) */
    public Geometry largestDisk() {
        return disks.get(disks.size() - 1);
    }
}
