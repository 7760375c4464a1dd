package org.catchment.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.servicearea.Facility;
import org.catchment.siting.Candidates;
import org.catchment.siting.SiteSelection;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Suggested sites ({@link SiteSelection}) on the analysis of {@link AnalysisCase} with
 * {@value OverlayCase#POPULATION_POINTS} population points: a grid of about {@value #CANDIDATES}
 * candidates over the study area (the spacing that gives that many), then {@value #K} sites for
 * type0 (30 facilities, served band 20 minutes): every candidate's new reach (a search bounded by
 * the band and a polygon of its new stretches, in parallel) and the lazy greedy. The baseline run
 * is not timed. Above {@value AnalysisCase#MAX_LINKS} links the case is skipped, as the
 * whole-analysis case is.
 */
final class SitingCase implements BenchCase {

    static final int CANDIDATES = 1_000;
    static final int K = 10;
    private static final String TYPE = "type0";

    @Override
    public String name() {
        return "siting";
    }

    @Override
    public void run(BenchFixture fixture, BenchTable table) {
        int links = fixture.synthetic().links().size();
        if (links > AnalysisCase.MAX_LINKS) {
            table.note(String.format(Locale.ROOT, "siting: skipped for %,d links (over %,d)", links, AnalysisCase.MAX_LINKS));
            return;
        }
        try (BenchFolder folder = BenchFolder.create("catchment-bench-")) {
            Path dir = folder.path();
            ShapefileWriter.write(OverlayCase.points(fixture.synthetic().extent(), new GeometryFactory()),
                    dir.resolve("population.shp"));
            try (AnalysisResult base = AnalysisRunner.run(AnalysisCase.write(fixture, dir,
                    "population: {layer: population.shp, count_field: residents}\n"))) {
                time(base, table, links);
            }
        }
    }

    /** @return the CPU time of the whole process (every thread), seconds, or NaN where the system cannot say */
    private static double processCpuS() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    private void time(AnalysisResult base, BenchTable table, int links) {
        SiteSelection.Setting setting = SiteSelection.setting(base, TYPE);
        double spacing = Math.max(10, Math.round(Math.sqrt(setting.within().getArea() / CANDIDATES) / 10) * 10);
        Timing once = new Timing(0, 1);
        Timing.Timed<Candidates> grid = once.time(() -> {
            List<Facility> sites = Candidates.grid(base.network(), setting.within(), spacing);
            return Candidates.place(base.network(), sites, setting.existing().options());
        });
        table.row(name(), links, base.network(), "grid candidates", grid, String.format(Locale.ROOT,
                "%,d candidates at %.0f m spacing", grid.result().size(), spacing));
        double cpu0 = processCpuS();
        Timing.Timed<SiteSelection.Result> sites = once.time(() -> SiteSelection.run(setting, grid.result(), K,
                ProgressListener.NONE, () -> false));
        double cpu = processCpuS() - cpu0;
        SiteSelection.Result r = sites.result();
        table.row(name(), links, base.network(), "site " + TYPE + " k=" + K, sites, String.format(Locale.ROOT,
                "%d picks, %,.0f residents; first %,.0f; %d gains recomputed; %.1f s CPU, all threads", r.picks().size(),
                r.picks().isEmpty() ? 0 : r.picks().get(r.picks().size() - 1).cumulative(),
                r.picks().isEmpty() ? 0 : r.picks().get(0).gain(), r.evaluations(), cpu));
    }
}
