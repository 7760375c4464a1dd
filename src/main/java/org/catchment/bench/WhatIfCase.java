package org.catchment.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.scenario.ClosureRanking;
import org.catchment.scenario.ScenarioResult;
import org.catchment.scenario.WhatIfSession;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What-if questions of a baseline in memory ({@link WhatIfSession}), on the analysis of
 * {@link AnalysisCase} ({@value OverlayCase#TYPES} types over {@value OverlayCase#WARD_COLUMNS} x
 * {@value OverlayCase#WARD_ROWS} wards) with {@value OverlayCase#POPULATION_POINTS} population
 * points: the live desert rule (the threshold changed, one type left out of the rule, both back,
 * each redoing the deserts and their tables from the surface in memory), one facility closed as a
 * scenario (one type searched again, the overlay and the comparison redone) and the closure
 * ranking of the type with the most facilities. The baseline run itself is not timed. Above
 * {@value AnalysisCase#MAX_LINKS} links the case is skipped, as the whole-analysis case is.
 */
final class WhatIfCase implements BenchCase {

    @Override
    public String name() {
        return "whatif";
    }

    @Override
    public void run(BenchFixture fixture, BenchTable table) {
        int links = fixture.synthetic().links().size();
        if (links > AnalysisCase.MAX_LINKS) {
            table.note(String.format(Locale.ROOT, "whatif: skipped for %,d links (over %,d)", links, AnalysisCase.MAX_LINKS));
            return;
        }
        try (BenchFolder folder = BenchFolder.create("catchment-bench-")) {
            Path dir = folder.path();
            ShapefileWriter.write(OverlayCase.points(fixture.synthetic().extent(), new GeometryFactory()),
                    dir.resolve("population.shp"));
            AnalysisResult run = AnalysisRunner.run(AnalysisCase.write(fixture, dir,
                    "population: {layer: population.shp, count_field: residents}\n"));
            try (WhatIfSession session = WhatIfSession.of(run)) {
                time(session, fixture, table);
            }
        }
    }

    private void time(WhatIfSession session, BenchFixture fixture, BenchTable table) {
        int links = fixture.synthetic().links().size();
        AnalysisResult base = session.baseline();
        Timing timing = Timing.forSize(fixture.targetLinks());
        AnalysisSpec.DesertSpec rule = session.desertRule();
        List<String> types = base.types().stream().map(t -> t.spec().type()).toList();
        rule(session, table, links, timing, "rule: threshold 2", rule.withMinMissing(2));
        rule(session, table, links, timing, "rule: type0 out", rule.withTypes(types.subList(1, types.size())));
        rule(session, table, links, timing, "rule: as the file", rule);
        ScenarioSpec close = ScenarioSpec.named("close_one").withClose(ScenarioSpec.Close.ids("type5",
                base.types().get(5).catchment().facilities().get(0).name()));
        Timing once = new Timing(0, 1);
        Timing.Timed<ScenarioResult> scenario = once.time(() -> session.evaluate(close, ProgressListener.NONE, () -> false));
        table.row(name(), links, base.network(), "scenario: close 1", scenario, String.format(Locale.ROOT,
                "type5 searched again; %.0f residents lose access", scenario.result().comparison().servedAccess("type5")
                        .map(a -> a.lostResidents()).orElse(0.0)));
        Timing.Timed<List<ClosureRanking.Row>> rank = once.time(() -> session.rank("type5", () -> false));
        table.row(name(), links, base.network(), "rank type5 closures", rank, rank.result().size()
                + " facilities; the first loses " + String.format(Locale.ROOT, "%.0f", rank.result().get(0).residentsLosing())
                + " residents");
    }

    private void rule(WhatIfSession session, BenchTable table, int links, Timing timing, String step,
                      AnalysisSpec.DesertSpec rule) {
        Timing.Timed<AnalysisResult> t = timing.time(() -> {
            session.setDesertRule(rule);
            return session.baseline();
        });
        table.row(name(), links, t.result().network(), step, t, t.result().deserts().deserts().size() + " deserts, "
                + t.result().indicators().size() + " cross-tabs");
    }
}
