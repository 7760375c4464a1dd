package org.catchment.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.io.IoReasons;
import org.catchment.io.ResumeFolder;
import org.catchment.io.cache.CacheStore;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.network.SearchStart;
import org.catchment.overlay.AreaPieces;
import org.catchment.overlay.CoverageRow;
import org.catchment.network.SnapFailure;
import org.catchment.network.SnapPoint;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.catchment.servicearea.StartPoints;
import org.catchment.tiling.TilePart;
import org.catchment.tiling.TileMosaic;
import org.catchment.tiling.TilePartCodec;
import org.catchment.tiling.TileParts;
import org.catchment.tiling.TilePlan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * A tiled run ({@code tiles} in the analysis file), which {@link AnalysisRunner} hands over to once
 * the inputs are read: the study area is cut into tiles ({@link TilePlans}), each tile is run on
 * its own network read within walking reach of it ({@link TileRun}), keeping only what lies in its
 * cell with the overlay of its cell ({@link TileOverlay}), and the tiles' parts are merged: per type
 * and band the tiles' polygons side by side ({@link TileMosaic}), the overlay merged from the
 * tiles' ({@link TiledOverlay}: deserts joined across the seams before the sliver rule, coverage
 * summed, classes over the whole study area), and the minutes of every postcode and resident
 * point from the tile that holds it. Only one tile's network is open
 * at a time. docs/method.md, "Tiled runs", says why the result equals the untiled run's.
 */
final class TiledRun {

    private static final double TILES_FROM = 0.05;
    private static final double TILES_TO = 0.80;

    private final Analysis analysis;
    private final ProgressListener progress;
    private final BooleanSupplier cancelled;
    private final CacheStore caches;
    private final RunOptions options;

    /**
     * @param options the run's options: the heap the tiles may share ({@link RunOptions#tileHeapBytes}; 0
     *                to measure the heap free when the tiles start, {@link TileMemory}) and who is told
     *                when the tiles are done ({@link RunOptions#tilesDone})
     */
    TiledRun(Analysis analysis, ProgressListener progress, BooleanSupplier cancelled, CacheStore caches,
             RunOptions options) {
        this.analysis = analysis;
        this.progress = progress;
        this.cancelled = cancelled;
        this.caches = caches;
        this.options = options;
    }

    /**
     * @param zones     the study area and zone layers
     * @param loaded    the facilities of each type the whole run keeps (within reach of the study area)
     * @param lookup    the postcodes, or null
     * @param clip      the whole run's clip
     * @param warnings  the warnings so far
     * @param notes     the notes so far
     */
    AnalysisResult run(OverlayStage.Zones zones, List<FacilityLoader.Loaded> loaded, PostcodeLookup lookup,
                       ClipArea clip, List<String> warnings, List<String> notes) {
        if (clip == null) {
            throw new CatchmentException(analysis.file() + ": a tiled run (tiles) reads the network tile by tile, so"
                    + " it needs network.clip_to_study_area on and a road or line network, not an OpenStreetMap"
                    + " extract. Remove tiles, or the clip setting.");
        }
        TilePlan plan = TilePlans.of(analysis, zones, clip);
        List<Coordinate> where = AccessStage.inWorkingCrs(analysis, lookup);
        AccessStage.Points postcodes = AccessStage.postcodes(lookup, where, zones.studyArea());
        AccessStage.Residents residents = AccessStage.residents(analysis, lookup, where, zones.inputs());
        List<Coordinate> residentPoints = residents == null ? List.of() : residents.points();
        List<Coordinate> postcodePoints = postcodes == null ? List.of() : postcodes.points();
        List<int[]> facilityOwner = new ArrayList<>();
        for (FacilityLoader.Loaded l : loaded) {
            facilityOwner.add(l.facilities().stream().mapToInt(f -> plan.owner(at(f.geometry()))).toArray());
        }
        TileRun.Shared shared = new TileRun.Shared(plan, loaded, facilityOwner, postcodePoints,
                owners(plan, postcodePoints), residentPoints, owners(plan, residentPoints), zones.inputs(),
                AreaPieces.of(zones.studyArea().area()));
        TileParts parts = tiles(plan, shared, zones.studyArea().area().getFactory(), clip.studyEnvelope(), notes);
        check();
        progress.progress("Deserts", TILES_TO, "Merging the tiles and overlaying the catchments");
        return merge(zones, loaded, postcodes, residents, parts, warnings, notes);
    }

    /**
     * Runs the tiles, several at once ({@link OrderedWork}) as far as the processors and the heap
     * allow ({@link TileMemory}: each tile reserves its estimated peak heap from a budget before it
     * starts), each finished tile kept in the
     * analysis's resume folder ({@link RunResume}) in tile order; a tile an earlier, stopped run of
     * the same inputs finished is read back from it instead of being run again. Only each part
     * {@link TilePart#withoutRows() without its rows} stays in memory: the rows are read back from
     * the resume folder when the outputs are written.
     *
     * @return the tiles' parts, in tile order
     */
    private TileParts tiles(TilePlan plan, TileRun.Shared shared, GeometryFactory factory, Envelope study,
                            List<String> notes) {
        List<TilePlan.Tile> tiles = plan.tiles();
        TileMemory estimate = TileMemory.of(analysis);
        long[] costs = new long[tiles.size()];
        TilePart[] parts = new TilePart[tiles.size()];
        Envelope nodes = new Envelope();
        Envelope reach = new Envelope();
        ResumeFolder.Kept kept;
        try (ResumeFolder resume = RunResume.open(analysis)) {
            resume.note().ifPresent(notes::add);
            TileProgress tileProgress = new TileProgress(progress, "Tiles", TILES_FROM, TILES_TO,
                    tiles.stream().map(TilePlan.Tile::id).toList(), work(tiles), System::nanoTime);
            for (TilePlan.Tile t : tiles) {
                if (resume.has(t.index())) {
                    tileProgress.resumed(t.index());
                } else {
                    costs[t.index()] = estimate.tileBytes(t.envelope());
                }
            }
            TileMemory.Plan memory = estimate.plan(costs, study, parallelism(), options.tileHeapBytes(), smaller());
            if (memory.note() != null) {
                notes.add(memory.note());
            }
            OrderedWork.run(tiles.size(), parallelism(), costs, memory.budget(), (i, stopped) -> {
                if (resume.has(i)) {
                    return read(resume, i, factory);
                }
                tileProgress.started(i);
                TilePart part = TileRun.run(analysis, shared, tiles.get(i), caches,
                        () -> cancelled.getAsBoolean() || stopped.getAsBoolean());
                tileProgress.finished(i);
                return part;
            }, (i, part) -> {
                if (!resume.has(i)) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    TilePartCodec.write(part, bytes);
                    resume.write(i, bytes.toByteArray());
                }
                TileParts.extend(part, nodes, reach);
                parts[i] = part.withoutRows();
            }, cancelled);
            kept = resume.kept();
        } catch (IOException e) {
            throw new CatchmentException(analysis.outputDir() + ": cannot keep a finished tile in the resume folder ("
                    + IoReasons.of(e) + "). Check the free space and that the output folder may be written to.", e);
        }
        return new TileParts(List.of(parts), i -> rows(kept, i, factory), nodes, reach);
    }

    /** @return a tile kept by an earlier run */
    private static TilePart read(ResumeFolder resume, int i, GeometryFactory factory) {
        try {
            return TilePartCodec.read(new ByteArrayInputStream(resume.read(i)), factory);
        } catch (IOException e) {
            throw new CatchmentException(resume.part(i) + ": a finished tile of an earlier run cannot be read ("
                    + IoReasons.of(e) + "). Run again with --restart to start over.", e);
        }
    }

    /** @return a finished tile of this run read back whole, for the export of its rows */
    private static TilePart rows(ResumeFolder.Kept kept, int i, GeometryFactory factory) {
        try (InputStream in = kept.open(i)) {
            return TilePartCodec.read(in, factory);
        } catch (IOException e) {
            throw new CatchmentException(kept.dir() + ": the finished tiles of this run cannot be read back ("
                    + IoReasons.of(e) + "): a tiled run's outputs are written from its tiles, which are kept until"
                    + " its outputs are written once. Run the analysis again to write them again.", e);
        }
    }

    /** @return each tile's work for the estimate of the time left: the area its network is read over */
    private long[] work(List<TilePlan.Tile> tiles) {
        double reach = ClipArea.networkReachM(analysis.spec());
        long[] out = new long[tiles.size()];
        for (int i = 0; i < out.length; i++) {
            Envelope e = new Envelope(tiles.get(i).envelope());
            e.expandBy(reach);
            out[i] = Math.max(1, Math.round(e.getArea() / 1e4));
        }
        return out;
    }

    /** @return smaller tiles in the words of the analysis file: half the grid's squares, or a 10 km grid */
    private String smaller() {
        Double km = analysis.spec().tiles().gridKm();
        double half = km == null ? 10 : Math.max(1, Math.floor(km / 2));
        return String.format(Locale.ROOT, "tiles: {grid_km: %s}", (long) half);
    }

    /** @return the most tiles run at once: {@code catchments.threads} (0: one per processor) */
    private int parallelism() {
        int threads = analysis.spec().catchments().threads();
        return Math.max(1, threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    private AnalysisResult merge(OverlayStage.Zones zones, List<FacilityLoader.Loaded> loaded,
                                 AccessStage.Points postcodes, AccessStage.Residents residents, TileParts tiles,
                                 List<String> warnings, List<String> notes) {
        List<TilePart> parts = tiles.parts();
        GeometryFactory factory = zones.studyArea().area().getFactory();
        List<List<Geometry>> disks = TileMosaic.disks(parts, factory);
        List<List<Geometry>> rings = analysis.spec().catchments().rings() ? TileMosaic.rings(parts, factory) : null;
        List<AnalysisSpec.FacilitySpec> specs = analysis.spec().facilities();
        List<AnalysisResult.TypeResult> types = new ArrayList<>();
        List<String> w = new ArrayList<>(warnings);
        for (int k = 0; k < specs.size(); k++) {
            AnalysisSpec.FacilitySpec spec = specs.get(k);
            FacilityLoader.Loaded l = loaded.get(k);
            StartPoints.Result starts = starts(l.facilities(), parts, k);
            CatchmentResult c = new CatchmentResult(l.facilities(), AnalysisRunner.options(analysis, spec), starts,
                    null, List.of(), disks.get(k), List.of(), rings == null ? null : rings.get(k));
            types.add(new AnalysisResult.TypeResult(spec, l.layers(), c, l.sources()));
            w.addAll(AnalysisRunner.snapFailures(spec.label(), starts.failures()));
            starts.notes().forEach(x -> w.add(spec.label() + ": " + x));
        }
        parts.forEach(p -> w.addAll(p.warnings()));
        List<String> n = new ArrayList<>(notes);
        n.add(describe(parts));
        AnalysisResult.Inputs layers = new AnalysisResult.Inputs(zones.layer(), zones.others(), Layers.backdrop(analysis));
        options.tilesDone().accept(new AnalysisResult(analysis, null, null, zones.inputs().studyArea(), types, null,
                null, List.of(), List.of(), null, layers, zones.inputs(), List.of(), List.of(), null, tiles));
        OverlayInputs inputs = zones.inputs();
        TiledOverlay.Merged merged = TiledOverlay.merge(analysis, inputs, types, parts, factory, cancelled);
        w.addAll(merged.deserts().warnings());
        n.addAll(merged.deserts().notes());
        List<List<CoverageRow>> coverage = merged.coverage();
        AnalysisResult result = new AnalysisResult(analysis, null, null, inputs.studyArea(), types, merged.surface(),
                merged.deserts().deserts(), coverage.get(0), coverage.subList(1, coverage.size()),
                merged.deserts().indicators(), layers, inputs, AnalysisRunner.once(w), AnalysisRunner.once(n), null);
        check();
        List<double[]> postcodeMinutes = postcodes == null ? null
                : gather(parts, postcodes.points().size(), specs.size(), true);
        List<double[]> residentMinutes = residents == null ? null
                : gather(parts, residents.residents().size(), specs.size(), false);
        AccessStage.Computed access = AccessStage.assemble(analysis, postcodes, postcodeMinutes, zones.inputs(),
                residents, residentMinutes, types);
        result = result.withAccessibility(access.access()).withNotes(access.notes());
        progress.progress("Done", 1, result.deserts().deserts().size() + " deserts found");
        return result.withTiles(tiles);
    }

    /** @return the starts of a type's facilities, each from the tile that reports it, in facility order */
    private static StartPoints.Result starts(List<Facility> facilities, List<TilePart> parts, int k) {
        List<TilePart.AccessPoint> access = new ArrayList<>();
        List<TilePart.Failure> failed = new ArrayList<>();
        LinkedHashSet<String> notes = new LinkedHashSet<>();
        for (TilePart p : parts) {
            access.addAll(p.types().get(k).access());
            failed.addAll(p.types().get(k).failures());
            notes.addAll(p.types().get(k).notes());
        }
        access.sort(Comparator.comparingInt(TilePart.AccessPoint::facility));
        failed.sort(Comparator.comparingInt(TilePart.Failure::facility));
        List<SearchStart> starts = new ArrayList<>();
        List<SnapPoint> snaps = new ArrayList<>();
        for (TilePart.AccessPoint a : access) {
            Facility f = facilities.get(a.facility());
            SnapPoint snap = new SnapPoint(f.name(), at(f.geometry()), -1, 0, a.offsetM(), new Coordinate(a.x(), a.y()),
                    null);
            snaps.add(snap);
            starts.add(new SearchStart(snap, a.facility(), a.startMinutes()));
        }
        List<SnapFailure> failures = failed.stream().map(x -> new SnapFailure(facilities.get(x.facility()).name(),
                new Coordinate(x.x(), x.y()), x.nearestM(), x.toleranceM())).toList();
        return new StartPoints.Result(starts, snaps, failures, List.copyOf(notes));
    }

    /** @return per type, the minutes at every postcode (or resident point) from the tile that holds it */
    private static List<double[]> gather(List<TilePart> parts, int size, int types, boolean postcodes) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < types; k++) {
            double[] minutes = new double[size];
            for (TilePart p : parts) {
                int[] index = postcodes ? p.postcodes() : p.residents();
                TilePart.TypePart t = p.types().get(k);
                double[] m = postcodes ? t.postcodeMinutes() : t.residentMinutes();
                for (int i = 0; i < index.length; i++) {
                    minutes[index[i]] = m[i];
                }
            }
            out.add(minutes);
        }
        return out;
    }

    private String describe(List<TilePart> parts) {
        TilesSpec t = analysis.spec().tiles();
        return String.format(Locale.ROOT, "Tiled run: %d tiles %s, each on its own network read within walking reach"
                + " of it.", parts.size(), t.gridKm() != null ? "on a " + t.gridKm() + " km grid" : "by " + t.by());
    }

    private static int[] owners(TilePlan plan, List<Coordinate> points) {
        return points.stream().mapToInt(plan::owner).toArray();
    }

    /** @return the point of a facility that says which tile reports it: the point, or a point inside the shape */
    static Coordinate at(Geometry g) {
        return g instanceof Point p ? p.getCoordinate() : g.getInteriorPoint().getCoordinate();
    }

    private void check() {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
