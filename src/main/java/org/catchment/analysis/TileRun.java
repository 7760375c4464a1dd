package org.catchment.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.io.cache.CacheStore;
import org.catchment.network.Connectivity;
import org.catchment.network.SearchResult;
import org.catchment.network.SearchStart;
import org.catchment.network.SnapFailure;
import org.catchment.network.SnapPoint;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentEngine;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.catchment.servicearea.PointAccess;
import org.catchment.servicearea.PolygonWindow;
import org.catchment.servicearea.ReachablePiece;
import org.catchment.servicearea.StartPoints;
import org.catchment.overlay.AreaPieces;
import org.catchment.tiling.TilePart;
import org.catchment.tiling.TilePlan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * One tile of a tiled run ({@link TiledRun}): the network read within walking reach of the tile
 * ({@link ClipArea#ofTile}), the catchments of every type on it, and of all that only what lies in
 * the tile's cell kept as a {@link TilePart}; the network is closed before the next tile. A tile
 * with no road link within reach is an empty tile: nothing reached, and a warning naming it.
 */
final class TileRun {

    /** The network of a tile with no road link within reach, in words. */
    static final String EMPTY = "no road link within reach (empty tile)";

    /**
     * What the whole run gives every tile.
     *
     * @param plan            the tiles and their cells
     * @param loaded          the facilities of each type the whole run keeps
     * @param facilityOwner   per type, the tile each facility is reported by
     * @param postcodes       the study area's postcodes (may be empty)
     * @param postcodeOwner   the tile of each postcode
     * @param residents       the resident points minutes per zone are weighted over (may be empty)
     * @param residentOwner   the tile of each resident point
     * @param inputs          the study area, zones and population each tile overlays within its cell
     * @param studyArea       the study area cut into pieces, so that a tile takes its part of it
     *                        without reading the whole
     */
    record Shared(TilePlan plan, List<FacilityLoader.Loaded> loaded, List<int[]> facilityOwner,
                  List<Coordinate> postcodes, int[] postcodeOwner, List<Coordinate> residents, int[] residentOwner,
                  OverlayInputs inputs, AreaPieces studyArea) {
    }

    private final Analysis analysis;
    private final Shared shared;
    private final TilePlan.Tile tile;

    private TileRun(Analysis analysis, Shared shared, TilePlan.Tile tile) {
        this.analysis = analysis;
        this.shared = shared;
        this.tile = tile;
    }

    /** @return the part of the tile's results in its cell */
    static TilePart run(Analysis analysis, Shared shared, TilePlan.Tile tile, CacheStore caches,
                        BooleanSupplier cancelled) {
        return new TileRun(analysis, shared, tile).run(caches, cancelled);
    }

    private TilePart run(CacheStore caches, BooleanSupplier cancelled) {
        List<BitSet> owned = new ArrayList<>();
        for (int[] owners : shared.facilityOwner()) {
            BitSet b = new BitSet();
            for (int f = 0; f < owners.length; f++) {
                b.set(f, owners[f] == tile.index());
            }
            owned.add(b);
        }
        ClipArea clip = ClipArea.ofTile(analysis, tile.envelope(), shared.loaded(), owned);
        NetworkStage.Built built;
        try {
            built = NetworkStage.build(analysis, clip, caches);
        } catch (NoNetworkInReach e) {
            return withOverlay(empty(clip, owned), cancelled);
        }
        WalkingNetwork network = built.network();
        TilePart part;
        try (NetworkCaching.Pending cache = built.pending()) {
            Connectivity connectivity = Connectivity.of(network);
            List<String> warnings = new ArrayList<>();
            List<CatchmentResult> results = new ArrayList<>();
            List<TilePart.TypePart> types = new ArrayList<>();
            List<AnalysisSpec.FacilitySpec> specs = analysis.spec().facilities();
            int[] postcodes = mine(shared.postcodeOwner());
            int[] residents = mine(shared.residentOwner());
            PointAccess postcodeSnaps = snap(network, shared.postcodes(), postcodes);
            PointAccess residentSnaps = snap(network, shared.residents(), residents);
            for (int k = 0; k < specs.size(); k++) {
                check(cancelled);
                CatchmentResult c = catchments(network, clip, k, cancelled);
                results.add(c);
                int[] whole = clip.wholeIndex(k);
                StartPoints.Result starts = c != null ? c.starts() : StartPoints.of(network,
                        clip.facilities().get(k).facilities(), AnalysisRunner.options(analysis, specs.get(k)));
                List<SnapPoint> ownSnaps = new ArrayList<>();
                List<TilePart.AccessPoint> access = new ArrayList<>();
                for (SearchStart s : starts.starts()) {
                    if (owned.get(k).get(whole[s.source()])) {
                        ownSnaps.add(s.snap());
                        access.add(new TilePart.AccessPoint(whole[s.source()], s.snap().snapped().x,
                                s.snap().snapped().y, s.snap().offsetM(), s.startMinutes()));
                    }
                }
                warnings.addAll(connectivity.warnings(clip.outsideCutComponents(network, connectivity, ownSnaps)));
                types.add(new TilePart.TypePart(disks(c, k), access, failures(k, clip, starts, owned.get(k)),
                        starts.notes(), reach(network, c, whole), minutes(postcodeSnaps, c), minutes(residentSnaps, c)));
            }
            TilePart.NodeRows nodes = nodes(network, results, clip);
            List<String> notes = new ArrayList<>(built.notes());
            notes.addAll(cache.keep());
            part = new TilePart(tile.index(), tile.id(), network.toString(), warnings, notes, types, nodes, postcodes,
                    residents, null);
        } finally {
            network.close();
        }
        return withOverlay(part, cancelled);
    }

    /** @return the part with the overlay of its cell, made once the tile's network is closed */
    private TilePart withOverlay(TilePart p, BooleanSupplier cancelled) {
        TilePart.CellOverlay overlay = TileOverlay.of(analysis, shared, tile,
                p.types().stream().map(TilePart.TypePart::disks).toList(), cancelled);
        return new TilePart(p.tile(), p.id(), p.network(), p.warnings(), p.notes(), p.types(), p.nodes(), p.postcodes(),
                p.residents(), overlay);
    }

    /**
     * The part of a tile with no road link within reach of it (an island, a district whose roads are
     * missing), where the untiled run has no network either: nothing is reached, every postcode and
     * resident point of the cell is off the network, every facility the tile reports fails to join
     * it ({@link StartPoints#unjoined}), and a warning names the tile.
     */
    private TilePart empty(ClipArea clip, List<BitSet> owned) {
        List<AnalysisSpec.FacilitySpec> specs = analysis.spec().facilities();
        int[] postcodes = mine(shared.postcodeOwner());
        int[] residents = mine(shared.residentOwner());
        List<TilePart.TypePart> types = new ArrayList<>();
        int failed = 0;
        for (int k = 0; k < specs.size(); k++) {
            StartPoints.Result starts = StartPoints.unjoined(clip.facilities().get(k).facilities(),
                    AnalysisRunner.options(analysis, specs.get(k)));
            List<TilePart.Failure> failures = failures(k, clip, starts, owned.get(k));
            failed += failures.size();
            types.add(new TilePart.TypePart(disks(null, k), List.of(), failures, List.of(), List.of(),
                    offNetwork(postcodes.length), offNetwork(residents.length)));
        }
        String warning = String.format(Locale.ROOT, "Tile %s: no road link lies within %.2f km of it, so nothing in"
                + " it is reached%s", tile.id(), clip.networkReachM() / 1000, unreached(postcodes.length,
                residents.length, failed));
        TilePart.NodeRows nodes = new TilePart.NodeRows(new String[0], new double[0], new double[0],
                new double[specs.size()][0], new int[specs.size()][0]);
        return new TilePart(tile.index(), tile.id(), EMPTY, List.of(warning),
                List.of(), types, nodes, postcodes, residents, null);
    }

    /** @return what an empty tile leaves unreached, in words */
    private static String unreached(int postcodes, int residents, int facilities) {
        List<String> what = new ArrayList<>();
        if (postcodes > 0) {
            what.add(postcodes + (postcodes == 1 ? " postcode is" : " postcodes are") + " off the network");
        }
        if (residents > 0) {
            what.add(residents + (residents == 1 ? " resident point is" : " resident points are") + " off the network");
        }
        if (facilities > 0) {
            what.add(facilities + (facilities == 1 ? " facility cannot" : " facilities cannot") + " join the network");
        }
        return (what.isEmpty() ? "" : " (" + String.join(", ", what) + ")") + ". Check that network.roads covers it.";
    }

    private static double[] offNetwork(int size) {
        double[] out = new double[size];
        java.util.Arrays.fill(out, PointAccess.OFF_NETWORK);
        return out;
    }

    /** @return the type's catchments on the tile's network, or null when none of its facilities joins it */
    private CatchmentResult catchments(WalkingNetwork network, ClipArea clip, int k, BooleanSupplier cancelled) {
        List<Facility> facilities = clip.facilities().get(k).facilities();
        if (facilities.isEmpty()) {
            return null;
        }
        AnalysisSpec.FacilitySpec spec = analysis.spec().facilities().get(k);
        try {
            return new CatchmentEngine(network).run(facilities, AnalysisRunner.options(analysis, spec), cancelled,
                    PolygonWindow.of(tile.cell()));
        } catch (CancelledException e) {
            throw e;
        } catch (CatchmentException e) {
            if (StartPoints.of(network, facilities, AnalysisRunner.options(analysis, spec)).starts().isEmpty()) {
                return null;
            }
            throw e;
        }
    }

    private List<Geometry> disks(CatchmentResult c, int k) {
        int bands = analysis.spec().facilities().get(k).bandsMin().size();
        List<Geometry> out = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            out.add(c == null ? shared.plan().clip(emptyPolygon(), tile.index())
                    : shared.plan().clip(c.disks().get(b), tile.index()));
        }
        return out;
    }

    private Geometry emptyPolygon() {
        return tile.cell().getFactory().createPolygon();
    }

    /** @return the facilities the tile reports that could not join its network, in order */
    private static List<TilePart.Failure> failures(int k, ClipArea clip, StartPoints.Result starts, BitSet owned) {
        List<Facility> facilities = clip.facilities().get(k).facilities();
        int[] whole = clip.wholeIndex(k);
        BitSet joined = new BitSet();
        starts.starts().forEach(s -> joined.set(s.source()));
        List<TilePart.Failure> out = new ArrayList<>();
        int next = 0;
        for (Facility f : facilities) {
            if (joined.get(f.index())) {
                continue;
            }
            List<SnapFailure> failures = starts.failures();
            SnapFailure failure = next < failures.size() && failures.get(next).name().equals(f.name())
                    ? failures.get(next++) : null;
            if (failure != null && owned.get(whole[f.index()])) {
                out.add(new TilePart.Failure(whole[f.index()], failure.point().x, failure.point().y, failure.nearestM(),
                        failure.toleranceM()));
            }
        }
        return out;
    }

    /** @return the reachable stretches whose middle lies in the cell */
    private List<TilePart.Reach> reach(WalkingNetwork network, CatchmentResult c, int[] whole) {
        List<TilePart.Reach> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        for (ReachablePiece p : c.pieces()) {
            LineString line = network.geometries().subLine(p.edge(), p.fromAlongM(), p.toAlongM(),
                    network.geometryFactory());
            if (line != null && shared.plan().owner(new LengthIndexedLine(line).extractPoint(line.getLength() / 2))
                    == tile.index()) {
                out.add(new TilePart.Reach(line, p.band(), whole[p.source()], p.fromMinutes(), p.toMinutes(), p.lengthM()));
            }
        }
        return out;
    }

    /** @return the nodes of the cell reached by some type, with each type's minutes and nearest facility */
    private TilePart.NodeRows nodes(WalkingNetwork network, List<CatchmentResult> results, ClipArea clip) {
        List<Integer> kept = new ArrayList<>();
        for (int n = 0; n < network.nodeCount(); n++) {
            boolean reached = false;
            for (CatchmentResult c : results) {
                reached |= c != null && c.search().minutes(n) <= c.search().maxMinutes();
            }
            if (reached && shared.plan().owner(new Coordinate(network.nodeX(n), network.nodeY(n))) == tile.index()) {
                kept.add(n);
            }
        }
        String[] ids = new String[kept.size()];
        double[] x = new double[kept.size()];
        double[] y = new double[kept.size()];
        double[][] minutes = new double[results.size()][kept.size()];
        int[][] facility = new int[results.size()][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            int n = kept.get(i);
            ids[i] = network.nodeSourceId(n);
            x[i] = network.nodeX(n);
            y[i] = network.nodeY(n);
            for (int k = 0; k < results.size(); k++) {
                CatchmentResult c = results.get(k);
                SearchResult s = c == null ? null : c.search();
                boolean reached = s != null && s.minutes(n) <= s.maxMinutes();
                minutes[k][i] = reached ? s.minutes(n) : Double.NaN;
                facility[k][i] = reached ? clip.wholeIndex(k)[s.source(n)] : -1;
            }
        }
        return new TilePart.NodeRows(ids, x, y, minutes, facility);
    }

    private int[] mine(int[] owners) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < owners.length; i++) {
            if (owners[i] == tile.index()) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private PointAccess snap(WalkingNetwork network, List<Coordinate> all, int[] mine) {
        List<Coordinate> points = new ArrayList<>();
        for (int i : mine) {
            points.add(all.get(i));
        }
        return PointAccess.snap(network, points, analysis.spec().network().snapToleranceM());
    }

    /** @return the minutes of a type at the snapped points; a type with no facility here reaches none */
    private static double[] minutes(PointAccess points, CatchmentResult c) {
        if (c != null) {
            return points.minutes(c);
        }
        double[] out = new double[points.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = points.onNetwork(i) ? PointAccess.BEYOND : PointAccess.OFF_NETWORK;
        }
        return out;
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
