package org.catchment.servicearea;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.network.MultiSourceSearch;
import org.catchment.network.SearchResult;
import org.catchment.network.SearchStart;
import org.catchment.network.WalkingNetwork;
import org.locationtech.jts.geom.Geometry;

/**
 * Computes the catchments of one facility type: one multi-source search from all its facilities
 * at once, the stretches reached within each band, and the service-area polygons.
 *
 * <p>With {@link CatchmentOptions#perFacility()} each facility is also searched alone, so its own
 * polygons may overlap its neighbours' (ArcGIS Pro's "overlapping" polygons). The merged result is
 * always computed, because allocation and node times need the nearest facility everywhere.
 */
public final class CatchmentEngine {

    private final WalkingNetwork network;

    /** @param network the walking network */
    public CatchmentEngine(WalkingNetwork network) {
        this.network = network;
    }

    /** As {@link #run(List, CatchmentOptions, BooleanSupplier)}, not cancellable. */
    public CatchmentResult run(List<Facility> facilities, CatchmentOptions options) {
        return run(facilities, options, () -> false);
    }

    /**
     * @param facilities the facilities of one type, indexed 0..n-1 in order
     * @param options    bands, speed, trim distance and the rest
     * @param cancelled  polled during the work; when it turns true a {@link CatchmentException} stops the run
     * @return the catchments
     * @throws CatchmentException if no facility can join the network
     */
    public CatchmentResult run(List<Facility> facilities, CatchmentOptions options, BooleanSupplier cancelled) {
        return run(facilities, options, cancelled, null);
    }

    /**
     * As {@link #run(List, CatchmentOptions, BooleanSupplier)}, with the service-area polygons
     * wanted only inside a window ({@link PolygonWindow}): they are exact there and may fall short
     * outside it; the search, the stretches and everything else are as without one.
     *
     * @param window the window, or null for the whole polygons
     */
    public CatchmentResult run(List<Facility> facilities, CatchmentOptions options, BooleanSupplier cancelled,
                               PolygonWindow window) {
        for (int i = 0; i < facilities.size(); i++) {
            if (facilities.get(i).index() != i) {
                throw new IllegalArgumentException("facility " + i + " has index " + facilities.get(i).index());
            }
        }
        StartPoints.Result starts = StartPoints.of(network, facilities, options);
        if (starts.starts().isEmpty()) {
            throw new CatchmentException("None of the " + facilities.size() + " facilities is within "
                    + Math.round(options.snapToleranceM()) + " m of a walkable path or road, so no catchment can be drawn."
                    + " Check that the facilities and the network cover the same area and are in the same coordinate system.");
        }
        double[] bands = options.bandsMin();
        SearchResult search = new MultiSourceSearch(network, options.walkingSpeedKmh())
                .run(starts.starts(), options.maxBandMin(), cancelled);
        checkCancelled(cancelled);
        List<ReachablePiece> pieces = ReachableNetwork.of(search, bands);
        List<Geometry> areas = facilities.stream().filter(Facility::isArea).map(Facility::geometry).toList();
        List<Geometry> disks = ServiceAreas.disks(network, pieces, bands.length, options.trimDistanceM(), areas, window);
        List<List<Geometry>> perFacility = new ArrayList<>();
        if (options.perFacility()) {
            for (Facility f : facilities) {
                checkCancelled(cancelled);
                perFacility.add(alone(f, starts.starts(), options, cancelled, window));
            }
        }
        return new CatchmentResult(List.copyOf(facilities), options, starts, search, pieces, disks, perFacility);
    }

    private List<Geometry> alone(Facility f, List<SearchStart> all, CatchmentOptions options, BooleanSupplier cancelled,
                                 PolygonWindow window) {
        List<SearchStart> own = all.stream().filter(s -> s.source() == f.index()).toList();
        List<Geometry> area = f.isArea() ? List.of(f.geometry()) : List.of();
        if (own.isEmpty()) {
            return List.of();
        }
        SearchResult search = new MultiSourceSearch(network, options.walkingSpeedKmh())
                .run(own, options.maxBandMin(), cancelled);
        List<ReachablePiece> pieces = ReachableNetwork.of(search, options.bandsMin());
        return ServiceAreas.disks(network, pieces, options.bandsMin().length, options.trimDistanceM(), area, window);
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
