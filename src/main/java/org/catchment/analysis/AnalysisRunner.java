package org.catchment.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.io.cache.CacheStore;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.network.Connectivity;
import org.catchment.network.SnapFailure;
import org.catchment.network.SnapPoint;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.ServedSurface;
import org.catchment.servicearea.CatchmentEngine;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.CatchmentResult;

/**
 * Runs an analysis: builds (or reloads) the walking network, computes the catchments of every
 * facility type, and overlays them into deserts and coverage statistics. This is the one entry
 * point the command line and the desktop app share, so both produce identical results.
 *
 * <p>Facility types are independent and run in parallel ({@code catchments.threads}, default one
 * per processor); each type's result depends only on its own inputs, so the result is the same
 * whatever the thread count. Progress goes to a {@link ProgressListener}; the cancellation flag is
 * polled between stages and inside the long ones, and a cancelled run throws
 * {@link CancelledException} having written nothing.
 *
 * <p>The study area is read first ({@link Layers#studyArea}): it decides the working CRS
 * ({@link WorkingCrsChoice}), every other layer is read into that CRS, and the network's extent is
 * compared with it ({@link NetworkCover}) before the facilities are read.
 *
 * <p>A network the run builds is kept in the network cache only when the whole run succeeds, so a
 * failed or cancelled run leaves no cache behind ({@link NetworkCaching}).
 *
 * <p>With {@code network.clip_to_study_area} (the default) only the network within walking reach
 * of the study area is read and facilities beyond reach are left out; see {@link ClipArea} for
 * the reach and why the results inside the study area are the same as without the clip.
 */
public final class AnalysisRunner {

    private static final double LOAD_END = 0.05;
    private static final double NETWORK_END = 0.30;
    private static final double CATCHMENTS_END = 0.80;

    private Analysis analysis;
    private final ProgressListener progress;
    private final BooleanSupplier cancelled;
    private final CacheStore caches;
    private final RunOptions options;

    private AnalysisRunner(Analysis analysis, ProgressListener progress, BooleanSupplier cancelled, CacheStore caches,
                           RunOptions options) {
        this.analysis = analysis;
        this.progress = progress;
        this.cancelled = cancelled;
        this.caches = caches;
        this.options = options;
    }

    /** Runs an analysis with no progress reporting and no cancellation. */
    public static AnalysisResult run(Analysis analysis) {
        return run(analysis, ProgressListener.NONE, () -> false);
    }

    /**
     * @param analysis  the analysis, as read by {@link AnalysisFiles}
     * @param progress  receives stage, fraction and message
     * @param cancelled polled during the run; when it turns true the run stops with {@link CancelledException}
     * @return the result; close it to release the network
     * @throws CatchmentException with a user-facing message when an input cannot be used
     */
    public static AnalysisResult run(Analysis analysis, ProgressListener progress, BooleanSupplier cancelled) {
        return run(analysis, progress, cancelled, RunOptions.DEFAULT);
    }

    /**
     * As {@link #run(Analysis, ProgressListener, BooleanSupplier)} with the options of the run
     * ({@link RunOptions#restart}: the finished tiles of an earlier run are discarded first).
     */
    public static AnalysisResult run(Analysis analysis, ProgressListener progress, BooleanSupplier cancelled,
                                     RunOptions options) {
        return new AnalysisRunner(analysis, progress, cancelled,
                analysis.spec().network().cache() ? NetworkCaching.userStore() : null, options).run();
    }

    /**
     * As {@link #run(Analysis, ProgressListener, BooleanSupplier)} with the network cache given
     * (the user's is {@code CacheSettings.current().networkStore(FileOps.SYSTEM)}); a network built
     * by the run is kept there only when the run succeeds.
     */
    public static AnalysisResult run(Analysis analysis, ProgressListener progress, BooleanSupplier cancelled,
                                     CacheStore caches) {
        return new AnalysisRunner(analysis, progress, cancelled, caches, RunOptions.DEFAULT).run();
    }

    private AnalysisResult run() {
        List<String> warnings = new ArrayList<>(SpecRules.warnings(analysis.spec()));
        List<String> notes = new ArrayList<>();
        if (options.restart()) {
            String discarded = RunResume.discard(analysis);
            if (discarded != null) {
                notes.add(discarded);
            }
        }
        progress.progress("Loading", 0, "Reading the study area and facilities");
        WorkingCrsChoice.Chosen chosen = Layers.studyArea(analysis);
        analysis = chosen.analysis();
        notes.add(chosen.note());
        OverlayStage.Zones zones = OverlayStage.loadZones(analysis, chosen.studyLayer());
        warnings.addAll(zones.warnings());
        notes.addAll(zones.notes());
        NetworkCover.check(analysis, zones.studyArea().area()).ifPresent(warnings::add);
        List<FacilityLoader.Loaded> loaded = new ArrayList<>();
        for (int i = 0; i < analysis.spec().facilities().size(); i++) {
            checkCancelled();
            FacilityLoader.Loaded l = FacilityLoader.load(analysis, i);
            warnings.addAll(l.warnings());
            loaded.add(l);
        }
        PostcodeLookup postcodes = AccessStage.read(analysis);
        ClipArea clip = ClipArea.of(analysis, zones, loaded);
        if (clip != null) {
            loaded = clip.facilities();
            notes.addAll(clip.notes());
        }
        TilesSpec auto = clip == null ? null
                : options.autoTiles().choose(analysis.spec(), analysis.isOpenStreetMap(), clip.studyEnvelope());
        if (auto != null) {
            notes.add(options.autoTiles().note(clip.studyEnvelope()));
            analysis = new Analysis(analysis.spec().withTiles(auto), analysis.file(), analysis.baseDir(),
                    analysis.workingCrs());
        }
        if (analysis.spec().tiles() != null) {
            return new TiledRun(analysis, progress, cancelled, caches, options).run(zones, loaded, postcodes, clip, warnings, notes);
        }
        progress.progress("Network", LOAD_END, "Building the walking network");
        NetworkStage.Built built = NetworkStage.build(analysis, clip, caches);
        notes.addAll(built.notes());
        WalkingNetwork network = built.network();
        try (NetworkCaching.Pending cache = built.pending()) {
            checkCancelled();
            Connectivity connectivity = Connectivity.of(network);
            if (connectivity.walkableEdges() == 0) {
                throw new CatchmentException(String.join(", ", analysis.spec().network().roads())
                        + ": the network has no walkable link (" + network.edgeCount() + " links, all motorways or"
                        + " otherwise closed to walkers), so no catchment can be drawn. Check network.roads names the"
                        + " road links of the study area.");
            }
            progress.progress("Catchments", NETWORK_END, network.toString());
            List<AnalysisResult.TypeResult> types = catchments(analysis, network, loaded, progress, cancelled);
            for (AnalysisResult.TypeResult t : types) {
                List<SnapPoint> snaps = t.catchment().starts().snaps();
                warnings.addAll(connectivity.warnings(clip == null ? snaps
                        : clip.outsideCutComponents(network, connectivity, snaps)));
                warnings.addAll(snapFailures(t.spec().label(), t.catchment().starts().failures()));
                t.catchment().starts().notes().forEach(n -> warnings.add(t.spec().label() + ": " + n));
            }
            checkCancelled();
            progress.progress("Deserts", CATCHMENTS_END, "Overlaying the catchments");
            AnalysisResult result = overlay(analysis, network, connectivity, zones.inputs(), types,
                    new AnalysisResult.Inputs(zones.layer(), zones.others(), Layers.backdrop(analysis)), warnings, notes,
                    null, cancelled);
            checkCancelled();
            AccessStage.Computed access = AccessStage.compute(analysis, postcodes, zones.inputs(), network, types);
            result = result.withAccessibility(access.access()).withNotes(access.notes());
            checkCancelled();
            result = result.withNotes(cache.keep());
            progress.progress("Done", 1, result.deserts().deserts().size() + " deserts found");
            return result;
        } catch (RuntimeException | Error e) {
            network.close();
            throw e;
        }
    }

    /**
     * @return the messages in order, each said once: a file read by several types (OpenStreetMap's
     *     points read for six types) gives its load warnings once per type
     */
    static List<String> once(List<String> messages) {
        return List.copyOf(new LinkedHashSet<>(messages));
    }

    /**
     * @return the catchments of every facility type on a network, the types in parallel; progress is
     *     told between {@code NETWORK_END} and {@code CATCHMENTS_END} as each type is done
     */
    static List<AnalysisResult.TypeResult> catchments(Analysis analysis, WalkingNetwork network,
                                                      List<FacilityLoader.Loaded> loaded, ProgressListener progress,
                                                      BooleanSupplier cancelled) {
        List<AnalysisSpec.FacilitySpec> specs = analysis.spec().facilities();
        int threads = analysis.spec().catchments().threads();
        threads = Math.min(specs.size(), threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "catchment-type");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<CatchmentResult>> futures = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                AnalysisSpec.FacilitySpec spec = specs.get(i);
                FacilityLoader.Loaded l = loaded.get(i);
                futures.add(pool.submit(() -> {
                    CatchmentResult r;
                    try {
                        r = new CatchmentEngine(network).run(l.facilities(), options(analysis, spec), cancelled);
                    } catch (CatchmentException e) {
                        if (e instanceof CancelledException) {
                            throw e;
                        }
                        throw new CatchmentException(spec.label() + " (" + analysis.layer(spec.layer()).file()
                                .getFileName() + "): " + e.getMessage(), e);
                    }
                    synchronized (done) {
                        int n = done.incrementAndGet();
                        progress.progress("Catchments", NETWORK_END + (CATCHMENTS_END - NETWORK_END) * n / specs.size(),
                                spec.label() + ": " + l.facilities().size() + " facilities done");
                    }
                    return r;
                }));
            }
            List<AnalysisResult.TypeResult> out = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                out.add(new AnalysisResult.TypeResult(specs.get(i), loaded.get(i).layers(), Tasks.await(futures.get(i)),
                        loaded.get(i).sources()));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Facilities named in the one warning about those that could not join the network, at most. */
    private static final int SNAP_FAILURES_NAMED = 3;

    /**
     * @return one warning per facility that could not join the network when there are a few; one
     *     warning counting them, naming the first, when there are more (a large file of facilities
     *     in fields must not give a line each)
     */
    static List<String> snapFailures(String label, List<SnapFailure> failures) {
        if (failures.size() <= SNAP_FAILURES_NAMED) {
            return failures.stream().map(f -> label + ": " + f.message() + ".").toList();
        }
        List<String> named = failures.stream().limit(SNAP_FAILURES_NAMED).map(f -> String.format(Locale.ROOT,
                "%s at (%.0f, %.0f), %s", f.name(), f.point().x, f.point().y, Double.isInfinite(f.nearestM())
                        ? "no path nearby" : String.format(Locale.ROOT, "%.0f m away", f.nearestM()))).toList();
        return List.of(String.format(Locale.ROOT, "%s: %d facilities are farther than the snap tolerance of %.0f m from"
                + " any walkable path or road and were left out (%s, and %d more). Check their locations, or raise"
                + " network.snap_tolerance_m if they really are that far from a path; the status column of the"
                + " facilities layer in catchment.gpkg gives each.", label, failures.size(), failures.get(0).toleranceM(),
                String.join("; ", named), failures.size() - SNAP_FAILURES_NAMED));
    }

    /**
     * Overlays catchments into a result: the served-count surface, deserts, coverage and
     * indicator cross-tabs, with the messages of the run so far and those the deserts give.
     *
     * @param reuse a result over the same zones whose coverage rows are kept for the types whose
     *              catchments are the same objects (a scenario's baseline), or null
     */
    static AnalysisResult overlay(Analysis analysis, WalkingNetwork network, Connectivity connectivity,
                                  OverlayInputs inputs, List<AnalysisResult.TypeResult> types,
                                  AnalysisResult.Inputs layers, List<String> warnings, List<String> notes,
                                  AnalysisResult reuse, BooleanSupplier cancelled) {
        ServedSurface surface = OverlayStage.surface(inputs, types);
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
        OverlayStage.DesertOverlay d = OverlayStage.deserts(analysis.spec(), inputs, surface, cancelled);
        List<List<CoverageRow>> coverage = OverlayStage.coverage(inputs, types, reuse, cancelled);
        List<String> w = new ArrayList<>(warnings);
        w.addAll(d.warnings());
        List<String> n = new ArrayList<>(notes);
        n.addAll(d.notes());
        return new AnalysisResult(analysis, network, connectivity, inputs.studyArea(), types, surface, d.deserts(),
                coverage.get(0), coverage.subList(1, coverage.size()), d.indicators(), layers, inputs, once(w), once(n),
                null);
    }

    /** @return the catchment options of one facility type, from the analysis file */
    static CatchmentOptions options(Analysis analysis, AnalysisSpec.FacilitySpec spec) {
        AnalysisSpec.NetworkSpec n = analysis.spec().network();
        AnalysisSpec.CatchmentSpec c = analysis.spec().catchments();
        return CatchmentOptions.defaults()
                .withWalkingSpeed(n.walkingSpeedKmh())
                .withBands(spec.bandsMin().stream().mapToDouble(Double::doubleValue).toArray())
                .withTrimDistance(c.trimDistanceM())
                .withRings(c.rings())
                .withPerFacility(c.perFacility())
                .withOffNetworkLeg(n.offNetworkLeg())
                .withSnapTolerance(n.snapToleranceM())
                .withAccessPoints(c.accessSpacingM(), c.accessToleranceM());
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }
}
