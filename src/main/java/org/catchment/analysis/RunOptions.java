package org.catchment.analysis;

/**
 * How a run is asked to go, beyond its analysis: given by the command line ({@code catchment run
 * --restart}) or the app to {@link AnalysisRunner#run(Analysis, ProgressListener, java.util.function.BooleanSupplier,
 * RunOptions)}.
 *
 * @param restart    start over: discard the finished tiles an earlier, stopped run of the analysis kept
 *                   in its output folder ({@link RunResume}) instead of resuming from them
 * @param autoTiles  when a run with no {@code tiles} key is tiled without being asked ({@link AutoTiles})
 * @param tileHeapBytes the heap a tiled run's tiles may share, bytes, in place of the heap free when
 *                   they start ({@link TileMemory}); 0 (the default) to measure it. Tests set it to run
 *                   the tiles one at a time; the results do not depend on it
 */
public record RunOptions(boolean restart, AutoTiles autoTiles, long tileHeapBytes) {

    /** A run that resumes from an earlier run's finished tiles when their inputs are the same. */
    public static final RunOptions DEFAULT = new RunOptions(false);

    /** As {@link #DEFAULT}, starting over or not, large runs tiled as {@link AutoTiles#DEFAULT} says. */
    public RunOptions(boolean restart) {
        this(restart, AutoTiles.DEFAULT);
    }

    /** As {@link #DEFAULT}, starting over or not, large runs tiled as {@code autoTiles} says, the free heap measured. */
    public RunOptions(boolean restart, AutoTiles autoTiles) {
        this(restart, autoTiles, 0);
    }
}
