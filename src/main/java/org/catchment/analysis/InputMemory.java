package org.catchment.analysis;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.catchment.CatchmentException;
import org.catchment.io.memory.LoadEstimate;

/**
 * Checks, before a run reads anything, that the input layers of an analysis should fit in the free
 * heap ({@link LoadEstimate}), so that a national road file given to a small JVM fails at once with
 * advice instead of with an {@code OutOfMemoryError} after minutes of work. The road and footpath
 * layers count only when the network is read whole and has to be built: with
 * {@code clip_to_study_area} on (the default) only the part within walking reach of the study
 * area is read, whatever the size of the files, and a cached network is not read at all.
 */
public final class InputMemory {

    private InputMemory() {
    }

    /** @return the estimate of every layer file the run will read, each once, in the order of the analysis file */
    public static List<LoadEstimate> estimates(Analysis analysis) {
        AnalysisSpec s = analysis.spec();
        Set<LayerRef> refs = new LinkedHashSet<>();
        boolean readWhole = s.network() != null && (!s.network().clipToStudyArea() || analysis.isOpenStreetMap());
        if (readWhole && !(s.network().cache() && NetworkStage.isCached(analysis, NetworkCaching.userStore()))) {
            refs.addAll(analysis.roads());
            s.network().footpaths().forEach(p -> refs.add(analysis.layer(p)));
        }
        SpecPaths.inputs(s, false).forEach(p -> refs.add(analysis.layer(p)));
        return refs.stream().map(r -> LoadEstimate.of(r.file(), r.table())).toList();
    }

    /**
     * @param analysis  the analysis about to run
     * @param freeHeap  the free heap in bytes ({@link LoadEstimate#freeHeapBytes()}); asked again after a
     *                  full collection before giving up, as garbage counts as used until collected
     * @throws CatchmentException naming the largest input when the inputs need more than is free
     */
    public static void check(Analysis analysis, LongSupplier freeHeap) {
        List<LoadEstimate> all = estimates(analysis);
        long total = all.stream().mapToLong(LoadEstimate::heapBytes).sum();
        long free = freeHeap.getAsLong();
        if (total <= free) {
            return;
        }
        System.gc();
        free = freeHeap.getAsLong();
        if (total <= free) {
            return;
        }
        List<LoadEstimate> largest = all.stream().sorted(Comparator.comparingLong(LoadEstimate::heapBytes).reversed()).toList();
        if (!largest.get(0).fits(free)) {
            throw new CatchmentException(largest.get(0).message(free));
        }
        List<String> parts = largest.stream().limit(3)
                .map(e -> e.file().getFileName() + " " + LoadEstimate.size(e.heapBytes())).toList();
        throw new CatchmentException("The inputs of " + (analysis.file() == null ? "the analysis" : analysis.file().getFileName())
                + " need about " + LoadEstimate.size(total) + " of memory to load (" + String.join(", ", parts)
                + (largest.size() > 3 ? ", ..." : "") + ") but only " + LoadEstimate.size(free) + " is free. "
                + LoadEstimate.advice(total - free) + " or clip the layers to your area first.");
    }
}
