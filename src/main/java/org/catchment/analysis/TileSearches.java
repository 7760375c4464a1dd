package org.catchment.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.io.cache.CacheStore;
import org.catchment.layer.Layer;
import org.catchment.network.MultiSourceSearch;
import org.catchment.network.SearchResult;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.Facility;
import org.catchment.servicearea.StartPoints;
import org.catchment.tiling.TilePart;
import org.catchment.tiling.TilePlan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The searches of a tiled run's result, one tile at a time, for what needs a network after the run
 * (the walking times from a clicked point): a tiled result keeps no network, so a tile's network is
 * opened again as the run made it ({@link TileRun}: the same plan, the same facilities within reach
 * of the tile, read within the same halo, from the network cache when the run kept it there) and
 * each facility type searched on it up to its largest band. A node of the tile's cell then has the
 * times the run gave it (its node times rows), which equal the untiled run's (docs/method.md,
 * "Tiled runs"). A tile whose network is not the run's (the road files changed since) is refused.
 *
 * <p>Opening a tile reads its roads (or its cached network) and searches every type: seconds on a
 * large tile, so it is done off the UI thread, and the caller closes what it opened.
 */
public final class TileSearches {

    private final Analysis analysis;
    private final List<FacilityLoader.Loaded> loaded;
    private final TilePlan plan;
    private final List<int[]> owner;
    private final CacheStore caches;
    private final List<String> networks;

    private TileSearches(Analysis analysis, List<FacilityLoader.Loaded> loaded, TilePlan plan, CacheStore caches,
                         List<String> networks) {
        this.analysis = analysis;
        this.loaded = loaded;
        this.plan = plan;
        this.caches = caches;
        this.networks = networks;
        this.owner = new ArrayList<>();
        for (FacilityLoader.Loaded l : loaded) {
            owner.add(l.facilities().stream().mapToInt(f -> plan.owner(TiledRun.at(f.geometry()))).toArray());
        }
    }

    /**
     * Makes the tiles of a tiled result again (their cells: for tiles by a field, the wards' union
     * per value, which takes a moment on a country's wards).
     *
     * @param result the result of a tiled run ({@link AnalysisResult#tiled()})
     * @return its tiles' searches, with the network cache the run used (the user's, when the
     *     analysis caches its network)
     * @throws IllegalArgumentException for a result in one piece
     */
    public static TileSearches of(AnalysisResult result) {
        return of(result, result.analysis().spec().network().cache() ? NetworkCaching.userStore() : null);
    }

    static TileSearches of(AnalysisResult result, CacheStore caches) {
        if (!result.tiled()) {
            throw new IllegalArgumentException("not the result of a tiled run");
        }
        Analysis analysis = result.analysis();
        List<FacilityLoader.Loaded> loaded = new ArrayList<>();
        for (AnalysisResult.TypeResult t : result.types()) {
            loaded.add(new FacilityLoader.Loaded(t.layers(), t.catchment().facilities(), t.sources(), List.of()));
        }
        OverlayStage.Zones zones = zones(result);
        TilePlan plan = TilePlans.of(analysis, zones, ClipArea.of(analysis, zones, loaded));
        List<String> ids = result.tiles().parts().stream().map(TilePart::id).toList();
        if (!plan.tiles().stream().map(TilePlan.Tile::id).toList().equals(ids)) {
            throw new IllegalStateException("the tiles made again " + plan.tiles().size() + " differ from the run's "
                    + ids.size());
        }
        return new TileSearches(analysis, loaded, plan, caches,
                result.tiles().parts().stream().map(TilePart::network).toList());
    }

    /** @return the study area and zone layers as the run loaded them, from its result */
    private static OverlayStage.Zones zones(AnalysisResult result) {
        List<Layer> others = result.inputs().others();
        List<AnalysisSpec.ZoneSpec> specs = result.analysis().spec().zones();
        List<Layer> zoneLayers = others.subList(others.size() - specs.size(), others.size());
        for (int i = 0; i < specs.size(); i++) {
            if (!zoneLayers.get(i).name().equals(OutputNames.zoneName(specs.get(i)))) {
                throw new IllegalStateException("zone layer " + zoneLayers.get(i).name() + " is not "
                        + OutputNames.zoneName(specs.get(i)));
            }
        }
        return new OverlayStage.Zones(result.inputs().zones(), result.overlayInputs(), List.copyOf(zoneLayers), others,
                List.of(), List.of());
    }

    /** @return the number of tiles */
    public int size() {
        return plan.tiles().size();
    }

    /** @return the index of the tile whose cell holds a point (every point of the plane has one) */
    public int tileAt(Coordinate c) {
        return plan.owner(c);
    }

    /** @return the envelope of a tile's cell within the study envelope, around which its network is read */
    Envelope envelope(int tile) {
        return new Envelope(plan.tiles().get(tile).envelope());
    }

    /** @return the distance R a tile's network is read beyond its cell's envelope, m */
    public double reachM() {
        return ClipArea.networkReachM(analysis.spec());
    }

    /**
     * Opens one tile's network and searches every facility type on it, as its run did.
     *
     * @param tile      the tile's index
     * @param cancelled polled during the searches
     * @return the tile's network and searches; close it to release the network
     * @throws org.catchment.CatchmentException when its roads cannot be read (moved since the run)
     * @throws CancelledException when {@code cancelled} turned true
     */
    public Opened open(int tile, BooleanSupplier cancelled) {
        TilePlan.Tile t = plan.tiles().get(tile);
        List<BitSet> owned = new ArrayList<>();
        for (int[] owners : owner) {
            BitSet b = new BitSet();
            for (int f = 0; f < owners.length; f++) {
                b.set(f, owners[f] == tile);
            }
            owned.add(b);
        }
        ClipArea clip = ClipArea.ofTile(analysis, t.envelope(), loaded, owned);
        List<AnalysisSpec.FacilitySpec> specs = analysis.spec().facilities();
        NetworkStage.Built built;
        try {
            built = NetworkStage.build(analysis, clip, caches);
        } catch (NoNetworkInReach e) {
            List<TypeSearch> none = new ArrayList<>();
            for (int k = 0; k < specs.size(); k++) {
                none.add(new TypeSearch(List.of(), null, AnalysisRunner.options(analysis, specs.get(k)).maxBandMin()));
            }
            same(t, TileRun.EMPTY);
            return new Opened(t, null, none, clip.networkEnvelope(), analysis.spec().network().footpathToleranceM());
        }
        WalkingNetwork network = built.network();
        try (NetworkCaching.Pending cache = built.pending()) {
            same(t, network.toString());
            List<TypeSearch> types = new ArrayList<>();
            for (int k = 0; k < specs.size(); k++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancelledException();
                }
                types.add(search(network, clip.facilities().get(k).facilities(),
                        AnalysisRunner.options(analysis, specs.get(k)), cancelled));
            }
            cache.keep();
            return new Opened(t, network, types, clip.networkEnvelope(), analysis.spec().network().footpathToleranceM());
        } catch (RuntimeException | Error e) {
            network.close();
            throw e;
        }
    }

    /**
     * Checks that a tile's network is the one its run had (the road files may have changed since),
     * so that no time from other roads is shown as the run's.
     */
    private void same(TilePlan.Tile t, String network) {
        String then = networks.get(t.index());
        if (!then.equals(network)) {
            throw new CatchmentException(String.join(", ", analysis.spec().network().roads()) + ": the roads of tile "
                    + t.id() + " are not those of the run (its network had " + then + ", it now has " + network
                    + "): the road files changed since. Run the analysis again to identify walking times.");
        }
    }

    /** @return one type's search on a tile's network, as its catchments began (none when no facility joins it) */
    private static TypeSearch search(WalkingNetwork network, List<Facility> facilities, CatchmentOptions options,
                                     BooleanSupplier cancelled) {
        if (facilities.isEmpty()) {
            return new TypeSearch(facilities, null, options.maxBandMin());
        }
        StartPoints.Result starts = StartPoints.of(network, facilities, options);
        if (starts.starts().isEmpty()) {
            return new TypeSearch(facilities, null, options.maxBandMin());
        }
        return new TypeSearch(facilities, new MultiSourceSearch(network, options.walkingSpeedKmh())
                .run(starts.starts(), options.maxBandMin(), cancelled), options.maxBandMin());
    }

    /**
     * One facility type's search on a tile's network.
     *
     * @param facilities the type's facilities the tile kept (within reach of it), by the search's source index
     * @param search     the search, or null when no facility of the type joins the tile's network (nothing reached)
     * @param limitMin   the type's largest band, where the search stops
     */
    public record TypeSearch(List<Facility> facilities, SearchResult search, double limitMin) {

        public TypeSearch {
            facilities = List.copyOf(facilities);
        }
    }

    /**
     * One tile opened: its network (null for a tile with no road link within reach, where nothing
     * is reached) and its searches.
     */
    public final class Opened implements AutoCloseable {

        private final TilePlan.Tile tile;
        private final WalkingNetwork network;
        private final List<TypeSearch> types;
        private final Envelope read;
        private final double marginM;

        private Opened(TilePlan.Tile tile, WalkingNetwork network, List<TypeSearch> types, Envelope read,
                       double marginM) {
            this.tile = tile;
            this.network = network;
            this.types = List.copyOf(types);
            this.read = read;
            this.marginM = marginM;
        }

        /** @return the tile's index */
        public int tile() {
            return tile.index();
        }

        /** @return the tile's name */
        public String id() {
            return tile.id();
        }

        /** @return its network, or null when no road link lies within reach of it */
        public WalkingNetwork network() {
            return network;
        }

        /** @return per facility type, in the analysis file's order, its search on the network */
        public List<TypeSearch> types() {
            return types;
        }

        /** @return true when a point lies in this tile's cell (a node there has the times the run gave it) */
        public boolean holds(Coordinate c) {
            return plan.owner(c) == tile.index();
        }

        /**
         * @param p a point
         * @return the distance from {@code p} within which every node of the untiled run's network
         *     is a node of this one: the links were read within the envelope around the tile, so a
         *     node farther than the footpath tolerance inside it is here (a footpath joining a road
         *     makes a node within that tolerance of the footpath); 0 or less beyond it
         */
        public double completeWithinM(Coordinate p) {
            double inside = Math.min(Math.min(p.x - read.getMinX(), read.getMaxX() - p.x),
                    Math.min(p.y - read.getMinY(), read.getMaxY() - p.y));
            return inside - marginM;
        }

        @Override
        public void close() {
            if (network != null) {
                network.close();
            }
        }
    }
}
