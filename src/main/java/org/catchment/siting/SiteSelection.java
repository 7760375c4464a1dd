package org.catchment.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.Tasks;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.AccessChange;
import org.catchment.overlay.Overlap;
import org.catchment.overlay.Population;
import org.catchment.overlay.Zone;
import org.catchment.servicearea.CatchmentResult;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Suggested sites: the maximal covering location problem for one facility type (as ArcGIS Pro's
 * Location-Allocation "maximize coverage"). From candidate sites, choose k that together bring
 * the most residents newly within the type's served band, counted as the coverage tables and the
 * scenario comparison count them (docs/method.md#suggested-sites).
 *
 * <p>Each candidate's new reach is computed once ({@link NewReach}: one search bounded by the
 * served band, a polygon of its new stretches), in parallel; then {@link LazyGreedy} picks: a
 * candidate's gain given the picks so far is the residents of its new reach less the picks'
 * reaches. Without population data the objective is the area newly served.
 */
public final class SiteSelection {

    /**
     * What a type's sites are chosen against.
     *
     * @param type            the type's id
     * @param label           its display name
     * @param network         the network
     * @param existing        the type's catchments now (its service area, its stretches)
     * @param servedBandIndex the index of the served band among the type's bands
     * @param within          the area residents are counted in (the study area's zones)
     * @param population      residents, or null to count area
     * @param threads         threads for the candidates' reaches (0: one per processor)
     */
    public record Setting(String type, String label, WalkingNetwork network, CatchmentResult existing,
                          int servedBandIndex, Geometry within, Population population, int threads) {

        /** @return the served band, minutes */
        public double bandMin() {
            return existing.options().bandsMin()[servedBandIndex];
        }
    }

    /**
     * One site chosen.
     *
     * @param rank       1 for the first pick
     * @param candidate  the site
     * @param gain       the residents (area, without population data) it adds to the earlier picks
     * @param cumulative the residents (area) the picks up to it add together
     * @param newReach   the place it newly serves beyond the type's service area and the earlier picks
     */
    public record Pick(int rank, Candidates.Candidate candidate, double gain, double cumulative, Geometry newReach) {

        /** @return the site's name */
        public String name() {
            return candidate.site().name();
        }
    }

    /**
     * The outcome.
     *
     * @param setting     what the sites were chosen against
     * @param candidates  the candidates placed on the network (and those that could not be)
     * @param reaches     each candidate's new reach alone, by candidate index
     * @param alone       each candidate's gain alone, by candidate index
     * @param picks       the picks, in order; fewer than asked when no candidate left adds anyone
     * @param evaluations the gains recomputed after the first pick (lazy greedy's work)
     */
    public record Result(Setting setting, Candidates candidates, List<Geometry> reaches, double[] alone,
                         List<Pick> picks, int evaluations) {

        public Result {
            reaches = List.copyOf(reaches);
            picks = List.copyOf(picks);
        }

        /** @return true when gains are residents, false when they are areas (no population data) */
        public boolean byResidents() {
            return setting.population() != null;
        }
    }

    private SiteSelection() {
    }

    /**
     * @param result a baseline (or scenario) result
     * @param type   a facility type's id
     * @return the setting of that type in that result
     * @throws IllegalArgumentException for a type the result does not have
     */
    public static Setting setting(AnalysisResult result, String type) {
        AnalysisResult.TypeResult t = result.types().stream().filter(x -> x.spec().type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no facility type '" + type + "'"));
        Geometry within = OverlayNGRobust.union(result.overlayInputs().studyArea().zones().stream().map(Zone::geometry)
                .toList());
        return new Setting(type, t.spec().label(), result.network(), t.catchment(), t.servedBandIndex(), within,
                result.overlayInputs().population(), result.analysis().spec().catchments().threads());
    }

    /**
     * @param setting    the type and what it serves now
     * @param candidates the candidates, placed on the network
     * @param k          the number of sites wanted (at least 1)
     * @param progress   receives the candidates done
     * @param cancelled  polled between candidates and picks
     * @return the picks
     */
    public static Result run(Setting setting, Candidates candidates, int k, ProgressListener progress,
                             BooleanSupplier cancelled) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        List<Geometry> reaches = reaches(setting, candidates, progress, cancelled);
        double[] alone = new double[reaches.size()];
        for (int c = 0; c < alone.length; c++) {
            alone[c] = weight(setting, reaches.get(c));
        }
        progress.progress("Sites", 0.95, "Choosing " + k + " of " + candidates.size() + " candidates");
        Gains gains = new Gains(setting, reaches);
        List<LazyGreedy.Step> steps = LazyGreedy.run(alone, k, gains, cancelled);
        List<Pick> picks = new ArrayList<>();
        double total = 0;
        int evaluations = 0;
        for (int i = 0; i < steps.size(); i++) {
            LazyGreedy.Step s = steps.get(i);
            total += s.gain();
            evaluations += s.evaluations();
            picks.add(new Pick(i + 1, candidates.placed().get(s.candidate()), s.gain(), total, gains.taken.get(i)));
        }
        progress.progress("Sites", 1, picks.size() + " sites chosen");
        return new Result(setting, candidates, reaches, alone, picks, evaluations);
    }

    /** @return every candidate's new reach, computed in parallel, by candidate index */
    private static List<Geometry> reaches(Setting s, Candidates candidates, ProgressListener progress,
                                          BooleanSupplier cancelled) {
        Envelope extent = new Envelope(s.network().extent());
        extent.expandToInclude(s.within().getEnvelopeInternal());
        candidates.placed().forEach(c -> extent.expandToInclude(c.site().geometry().getEnvelopeInternal()));
        extent.expandBy(s.existing().options().trimDistanceM() + 10);
        Geometry outside = Overlap.difference(s.network().geometryFactory().toGeometry(extent), s.within());
        TiledArea excluded = new TiledArea(List.of(s.existing().disks().get(s.servedBandIndex()), outside), extent,
                s.network().geometryFactory());
        NewReach reach = new NewReach(s.network(), s.existing().options(), s.bandMin(),
                new ServedStretches(s.existing().pieces(), s.servedBandIndex()), excluded);
        int n = candidates.size();
        int threads = Math.max(1, Math.min(n, s.threads() > 0 ? s.threads() : Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "catchment-site");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Geometry>> futures = new ArrayList<>();
            for (Candidates.Candidate c : candidates.placed()) {
                futures.add(pool.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        throw new CancelledException();
                    }
                    Geometry g = reach.of(c);
                    int d = done.incrementAndGet();
                    if (d % 50 == 0 || d == n) {
                        progress.progress("Sites", 0.95 * d / n, "Reach of " + d + " of " + n + " candidates");
                    }
                    return g;
                }));
            }
            List<Geometry> out = new ArrayList<>();
            for (Future<Geometry> f : futures) {
                out.add(Tasks.await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the residents in an area, or its area without population data */
    static double weight(Setting s, Geometry area) {
        if (area.isEmpty()) {
            return 0;
        }
        return s.population() != null ? s.population().residentsIn(area) : area.getArea();
    }

    /**
     * The objective seen by the greedy: a candidate's gain is the residents its new reach adds to
     * the picks' reaches (a resident on the boundary between them counted once, as in their union),
     * or without population data the area of its reach less theirs. Each candidate keeps what is
     * left of its reach and the number of picks already taken out of it, so a recomputation takes
     * out only the picks made since.
     */
    private static final class Gains implements LazyGreedy.Gains {
        private final Setting setting;
        private final List<Geometry> reaches;
        private final Geometry[] left;
        private final int[] applied;
        private final List<Geometry> picked = new ArrayList<>();
        /** The place each pick newly served, in order of the picks. */
        final List<Geometry> taken = new ArrayList<>();

        Gains(Setting setting, List<Geometry> reaches) {
            this.setting = setting;
            this.reaches = reaches;
            this.left = reaches.toArray(new Geometry[0]);
            this.applied = new int[left.length];
        }

        @Override
        public double gain(int c) {
            update(c);
            if (setting.population() == null || left[c].isEmpty()) {
                return left[c].getArea();
            }
            Geometry reach = reaches.get(c);
            List<Geometry> near = picked.stream().filter(p -> p.getEnvelopeInternal()
                    .intersects(reach.getEnvelopeInternal())).toList();
            Geometry others = near.isEmpty() ? null : OverlayNGRobust.union(near);
            return setting.population().residentsBeyond(reach, others);
        }

        @Override
        public void picked(int c) {
            update(c);
            taken.add(AccessChange.places(left[c]));
            picked.add(reaches.get(c));
        }

        private void update(int c) {
            for (int p = applied[c]; p < picked.size(); p++) {
                left[c] = Overlap.difference(left[c], picked.get(p));
            }
            applied[c] = picked.size();
        }
    }
}
