package org.catchment.reliability;

import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.io.cache.CacheStore;
import org.catchment.overlay.Desert;
import org.locationtech.jts.io.WKBWriter;

/**
 * What a run computed, exactly (the deserts' geometries as WKB, their missing types, every ward
 * coverage row), beside what it said (its notes); two runs computed the same when their
 * {@link #results()} are equal.
 *
 * @param results the deserts and coverage rows as text, exact to the last bit
 * @param notes   the run's notes
 */
record RunOutcome(List<String> results, List<String> notes) {

    /** Runs the analysis with that network cache and closes the result. */
    static RunOutcome of(Analysis analysis, CacheStore caches) {
        try (AnalysisResult r = AnalysisRunner.run(analysis, ProgressListener.NONE, () -> false, caches)) {
            List<String> results = new ArrayList<>();
            for (Desert d : r.deserts().deserts()) {
                results.add(WKBWriter.toHex(new WKBWriter().write(d.geometry())) + " " + d.missingTypes());
            }
            r.wardCoverage().forEach(row -> results.add(row.toString()));
            return new RunOutcome(results, r.notes());
        }
    }

    /** @return the note that says the cache was found damaged, or null */
    String damageNote() {
        return notes.stream().filter(n -> n.contains("was damaged")).findFirst().orElse(null);
    }
}
