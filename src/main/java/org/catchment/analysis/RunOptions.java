package org.catchment.analysis;

import java.util.function.Consumer;

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
 * @param tilesDone  told, once a tiled run's tiles are done and before their overlay is merged, of the
 *                   result so far: its analysis, study area, types (service areas, facilities and their
 *                   access points) and tiles, with no overlay ({@code surface}, {@code deserts},
 *                   {@code indicators} and {@code accessibility} null, the coverage, warnings and
 *                   notes empty), so that
 *                   the outputs made from the catchments alone can be begun while the overlay is merged
 *                   (the command line's {@code EarlyOutputs}); not called for a run in one piece
 */
public record RunOptions(boolean restart, AutoTiles autoTiles, long tileHeapBytes,
                         Consumer<AnalysisResult> tilesDone) {

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

    /** As {@link #DEFAULT}, starting over or not, large runs tiled as {@code autoTiles} says, with the tiles' heap. */
    public RunOptions(boolean restart, AutoTiles autoTiles, long tileHeapBytes) {
        this(restart, autoTiles, tileHeapBytes, result -> { });
    }

    /** @return these options, telling {@code listener} of a tiled run's result when its tiles are done */
    public RunOptions withTilesDone(Consumer<AnalysisResult> listener) {
        return new RunOptions(restart, autoTiles, tileHeapBytes, listener);
    }
}
