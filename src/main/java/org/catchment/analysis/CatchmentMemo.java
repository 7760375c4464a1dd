package org.catchment.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.catchment.network.MultiSourceSearch;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentEngine;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.catchment.servicearea.ServiceAreas;
import org.catchment.servicearea.StartPoints;
import org.locationtech.jts.geom.Geometry;

/**
 * The catchments of the facility lists a session has searched, by type and list, so that going
 * back to an earlier set of edits (undo, another scenario closing the same library) costs no
 * search. Holds at most {@value #CAPACITY} lists, the least recently used dropped first; safe for
 * concurrent use.
 *
 * <p>Unlike a baseline run, a scenario may leave a type with no facility on the network (all
 * closed, or only sites off the network): its catchments are then empty, and it serves nowhere
 * but inside its area facilities.
 */
public final class CatchmentMemo {

    /** The most facility lists remembered. */
    static final int CAPACITY = 32;

    private record Key(String type, List<Facility> facilities) {
    }

    private final Map<Key, CatchmentResult> results = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CatchmentResult> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * @return the catchments of these facilities of a type: remembered, or searched now on the
     *     network and remembered
     */
    CatchmentResult catchments(WalkingNetwork network, String type, List<Facility> facilities, CatchmentOptions options,
                               BooleanSupplier cancelled) {
        Key key = new Key(type, List.copyOf(facilities));
        synchronized (this) {
            CatchmentResult known = results.get(key);
            if (known != null && known.options().equals(options)) {
                return known;
            }
        }
        CatchmentResult r = search(network, facilities, options, cancelled);
        synchronized (this) {
            results.put(key, r);
        }
        return r;
    }

    private static CatchmentResult search(WalkingNetwork network, List<Facility> facilities, CatchmentOptions options,
                                          BooleanSupplier cancelled) {
        StartPoints.Result starts = StartPoints.of(network, facilities, options);
        if (!starts.starts().isEmpty()) {
            return new CatchmentEngine(network).run(facilities, options, cancelled);
        }
        List<Geometry> areas = facilities.stream().filter(Facility::isArea).map(Facility::geometry).toList();
        return new CatchmentResult(List.copyOf(facilities), options, starts,
                new MultiSourceSearch(network, options.walkingSpeedKmh()).run(List.of(), options.maxBandMin(), cancelled),
                List.of(), ServiceAreas.disks(network, List.of(), options.bandsMin().length, options.trimDistanceM(), areas),
                options.perFacility() ? facilities.stream().map(f -> List.<Geometry>of()).toList() : List.of());
    }
}
