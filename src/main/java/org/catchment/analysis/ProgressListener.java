package org.catchment.analysis;

/**
 * Receives progress from a running analysis. The command line draws a progress bar from it, the
 * desktop app a progress bar and a stage label. Calls come from worker threads; implementations
 * must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (stage, fraction, message) -> { };

    /**
     * @param stage    the stage running, e.g. "Network", "Catchments", "Deserts", "Export"
     * @param fraction the fraction of the whole run done so far, 0 to 1
     * @param message  what is happening, for a status line
     */
    void progress(String stage, double fraction, String message);
}
