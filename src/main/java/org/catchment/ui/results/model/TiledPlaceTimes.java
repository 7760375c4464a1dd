package org.catchment.ui.results.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.TileSearches;
import org.locationtech.jts.geom.Coordinate;

/**
 * {@link PlaceTimes} on a tiled run's result, which keeps no network: the tile whose cell holds the
 * clicked point is opened again ({@link TileSearches}) and the point answered on its network as on
 * an untiled result's, giving the same minutes:
 * <ul>
 * <li>the nearest node is the untiled network's when it is no farther from the point than the
 *     edge of the envelope the tile's network was read within ({@link TileSearches.Opened#completeWithinM}):
 *     every closer node lies inside it, so is a node of the tile's network too;</li>
 * <li>its times are the untiled run's when it lies in the tile's cell (the halo makes them exact
 *     there); a nearest node across a seam is answered from the tile that holds it;</li>
 * <li>no node within that edge (a point more than the walking reach from any street) is more than
 *     every largest band away, the untiled answer too.</li>
 * </ul>
 * Outside the study area, where the untiled network too is cut short, the nearest tile answers.
 * Opening a tile reads its network, so call this off the UI thread; the two tiles opened last are
 * kept open for the next points (a click on each side of a seam), and closed by {@link #close()}.
 */
public final class TiledPlaceTimes implements AutoCloseable {

    /** Tiles kept open. */
    private static final int KEPT = 2;
    /** Tiles hopped across at most to reach the one holding the nearest node. */
    private static final int HOPS = 3;

    private final AnalysisResult result;
    private final double metresPerMinute;
    private final Map<Integer, TileSearches.Opened> open = new LinkedHashMap<>(4, 0.75f, true);
    private TileSearches searches;
    private boolean closed;

    /** @param result the result of a tiled run ({@link AnalysisResult#tiled()}) */
    public TiledPlaceTimes(AnalysisResult result) {
        if (!result.tiled()) {
            throw new IllegalArgumentException("not the result of a tiled run");
        }
        this.result = result;
        this.metresPerMinute = result.analysis().spec().network().walkingSpeedKmh() * 1000 / 60;
    }

    /** @return true when this is for that result's tiles (another desert rule on the same run) */
    public boolean isFor(AnalysisResult r) {
        return r != null && r.tiles() == result.tiles() && r.analysis().spec().network()
                .equals(result.analysis().spec().network()) && r.analysis().spec().facilities()
                .equals(result.analysis().spec().facilities());
    }

    /**
     * @param point     the clicked point
     * @param cancelled polled while a tile is searched (a newer click)
     * @return the minutes from the point to the nearest facility of each type, as the untiled result gives them
     * @throws org.catchment.CatchmentException when the tile's roads cannot be read again
     */
    public synchronized PlaceTimes.Place at(Coordinate point, BooleanSupplier cancelled) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (searches == null) {
            searches = TileSearches.of(result);
        }
        TileSearches.Opened tile = open(searches.tileAt(point), cancelled);
        PlaceTimes times = times(tile);
        PlaceTimes.Nearest nearest = times.nearest(point);
        for (int hop = 0; hop < HOPS && nearest != null && !tile.holds(times.coordinate(nearest)); hop++) {
            tile = open(searches.tileAt(times.coordinate(nearest)), cancelled);
            times = times(tile);
            nearest = times.nearest(point);
        }
        double complete = tile.completeWithinM(point);
        if (nearest != null && nearest.offsetM() <= complete) {
            return times.place(nearest);
        }
        if (complete / metresPerMinute >= largestBand(tile)) {
            return times.beyond(complete);
        }
        return nearest == null ? times.beyond(0) : times.place(nearest);
    }

    private TileSearches.Opened open(int tile, BooleanSupplier cancelled) {
        TileSearches.Opened o = open.get(tile);
        if (o != null) {
            return o;
        }
        o = searches.open(tile, cancelled);
        open.put(tile, o);
        Iterator<TileSearches.Opened> oldest = open.values().iterator();
        while (open.size() > KEPT) {
            oldest.next().close();
            oldest.remove();
        }
        return o;
    }

    private PlaceTimes times(TileSearches.Opened tile) {
        List<PlaceTimes.TypeSearch> types = new ArrayList<>();
        for (int k = 0; k < result.types().size(); k++) {
            AnalysisResult.TypeResult t = result.types().get(k);
            TileSearches.TypeSearch s = tile.types().get(k);
            types.add(new PlaceTimes.TypeSearch(t.spec().label(), t.spec().servedBand(), s.limitMin(), s.search(),
                    s.facilities()));
        }
        return new PlaceTimes(tile.network(), types, result.analysis().spec().network().walkingSpeedKmh());
    }

    private static double largestBand(TileSearches.Opened tile) {
        return tile.types().stream().mapToDouble(TileSearches.TypeSearch::limitMin).max().orElse(0);
    }

    /** Closes the tiles' networks kept open; later calls fail. */
    @Override
    public synchronized void close() {
        closed = true;
        open.values().forEach(TileSearches.Opened::close);
        open.clear();
    }
}
