package org.catchment.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.Completeness;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.SpecPaths;
import org.catchment.overlay.Desert;

/**
 * The open analysis and what happens to it: the document (its file, the spec as saved and as
 * edited, unsaved changes), the run in progress (stage, fraction done, cancelling) and the last
 * run's result. Views listen through {@link Listener}; slow work goes through {@link Jobs}; no
 * JavaFX, so every rule is unit-tested without a toolkit.
 *
 * <p>The rules: one run at a time, so Run is offered nowhere while one goes on; the status follows
 * the runner's reports until the run ends, and then says how it ended; cancelling asks the run to
 * stop at its next check; a result replaces (and closes) the previous one; opening or starting
 * another analysis stops the run, closes the result and resets the status, so nothing of the
 * previous analysis is shown, and a run still finishing for it is dropped.
 */
public final class AnalysisSession {

    /** Where a run stands. */
    public enum RunState {
        /** No run goes on. */
        IDLE,
        /** A run goes on. */
        RUNNING,
        /** A run was asked to stop and has not stopped yet. */
        CANCELLING
    }

    /**
     * What the run controls show.
     *
     * @param state    idle, running or cancelling
     * @param fraction the fraction of the run done, 0 to 1
     * @param text     the stage and what it does ("Network: Building the walking network"), or how
     *                 the last run ended
     */
    public record RunStatus(RunState state, double fraction, String text) {

        /** Before any run of the open analysis. */
        public static final RunStatus READY = new RunStatus(RunState.IDLE, 0, "Ready");

        /** @return true while a run goes on (cancelling included) */
        public boolean isRunning() {
            return state != RunState.IDLE;
        }
    }

    /** Told about changes, on the UI thread. Every method does nothing by default. */
    public interface Listener {

        /** The file, the spec or its unsaved state changed. */
        default void documentChanged() {
        }

        /** A run started, moved on or ended, or the status was reset. */
        default void runChanged(RunStatus status) {
        }

        /** A run's result replaced the last one, or the result was cleared (null). */
        default void resultChanged(AnalysisResult result) {
        }

        /** A run stopped because it was cancelled. */
        default void runCancelled() {
        }

        /** A run failed for a reason other than being cancelled. */
        default void runFailed(Throwable error) {
        }

        /**
         * Run was asked for an analysis not complete enough to run; nothing started.
         *
         * @param message what it lacks and where in the app to add it
         */
        default void runRefused(String message) {
        }
    }

    /** Runs an analysis: {@code AnalysisRunner::run} in the app. */
    @FunctionalInterface
    public interface Runner {

        /** @return the result, or throws (a {@link CancelledException} when cancelled) */
        AnalysisResult run(Analysis analysis, ProgressListener progress, BooleanSupplier cancelled);
    }

    /** One run: its stop flag and the latest progress report not yet shown. */
    private static final class Run {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicReference<RunStatus> pending = new AtomicReference<>();
    }

    private final Jobs jobs;
    private final Runner runner;
    private final List<Listener> listeners = new ArrayList<>();
    private AnalysisDocument document;
    private RunStatus status = RunStatus.READY;
    private Run run;
    private AnalysisResult result;

    /**
     * @param jobs   where the run goes
     * @param runner runs an analysis
     * @param spec   the analysis shown before any is opened
     */
    public AnalysisSession(Jobs jobs, Runner runner, AnalysisSpec spec) {
        this.jobs = jobs;
        this.runner = runner;
        this.document = new AnalysisDocument(null, spec);
    }

    /** @param listener told about every change from now on */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** @return the open analysis as a document (change it through this session) */
    public AnalysisDocument document() {
        return document;
    }

    /** @return the analysis file's folder, or null while the analysis is unsaved */
    public Path baseDir() {
        return document.file() == null ? null : document.file().getParent();
    }

    /** @return what the run controls show */
    public RunStatus status() {
        return status;
    }

    /** @return true while a run goes on: Run is then offered nowhere, Cancel is */
    public boolean isRunning() {
        return status.isRunning();
    }

    /** @return the last run's result for the open analysis, or null */
    public AnalysisResult result() {
        return result;
    }

    /**
     * Makes an analysis the open one (read from {@code file}, or new when it is null): any run is
     * stopped, the result closed and the status reset.
     */
    public void open(Path file, AnalysisSpec spec) {
        stopRun();
        document = new AnalysisDocument(file, spec);
        clearResult();
        setStatus(RunStatus.READY);
        documentChanged();
    }

    /** @param spec the analysis as now edited */
    public void edit(AnalysisSpec spec) {
        if (!spec.equals(document.current())) {
            document.update(spec);
            documentChanged();
        }
    }

    /**
     * Writes the analysis (the YAML the command line reads) to a file. Saving into another folder
     * rewrites the relative layer paths so they still name the same files.
     *
     * @return the spec as saved (its paths relative to the new folder)
     * @throws org.catchment.CatchmentException when the file cannot be written
     */
    public AnalysisSpec saveTo(Path file) {
        Path target = file.toAbsolutePath().normalize();
        AnalysisSpec moved = SpecPaths.rebase(document.current(), baseDir(), target.getParent());
        AnalysisFiles.write(moved, target);
        document.update(moved);
        document.markSaved(target);
        documentChanged();
        return moved;
    }

    /**
     * Runs the analysis as edited, parsed from its YAML exactly as a saved file would be. An
     * analysis that lacks a network, a ward layer or a facility type ({@link Completeness}) is not
     * run: listeners are told what to add, in the app's words. Messages of an unsaved analysis
     * name no file (it has none yet), and none names a line of the YAML, which the user does not see.
     *
     * @return false (and nothing starts) while a run goes on or when the analysis is incomplete
     */
    public boolean run() {
        if (isRunning()) {
            return false;
        }
        AnalysisSpec spec = document.current();
        Optional<Completeness.Gap> gap = Completeness.firstGap(spec);
        if (gap.isPresent()) {
            setStatus(new RunStatus(RunState.IDLE, 0, "Not run: the analysis has " + gap.get().problem() + " yet"));
            listeners.forEach(l -> l.runRefused(gap.get().appMessage()));
            return false;
        }
        Path file = document.file();
        Path base = file != null ? baseDir() : Path.of("").toAbsolutePath();
        Run r = new Run();
        run = r;
        setStatus(new RunStatus(RunState.RUNNING, 0, "Starting\u2026"));
        jobs.submit("run", () -> runner.run(AnalysisFiles.check(spec, file, base),
                        (stage, fraction, message) -> report(r, new RunStatus(RunState.RUNNING, fraction,
                                stage + ": " + message)), r.stop::get),
                value -> finished(r, value), error -> failed(r, error));
        return true;
    }

    /** Asks the run to stop at its next check. */
    public void cancel() {
        if (run != null && status.state() == RunState.RUNNING) {
            run.stop.set(true);
            setStatus(new RunStatus(RunState.CANCELLING, status.fraction(), "Cancelling\u2026"));
        }
    }

    /** Stops any run and closes the result (the window closes). */
    public void close() {
        stopRun();
        clearResult();
    }

    /**
     * @return "2 deserts found, 108.2 ha in all. 7 facility types, 4 wards."
     */
    public static String summary(AnalysisResult r) {
        int n = r.deserts().deserts().size();
        return String.format(Locale.UK, "%d desert%s found, %.1f ha in all. %d facility types, %d wards.",
                n, n == 1 ? "" : "s", r.deserts().deserts().stream().mapToDouble(Desert::areaM2).sum() / 10_000,
                r.types().size(), r.studyArea().zones().size());
    }

    /** Called on a worker thread: shows the latest report once the UI thread gets to it. */
    private void report(Run r, RunStatus reported) {
        if (r.pending.getAndSet(reported) == null) {
            jobs.later(() -> {
                RunStatus latest = r.pending.getAndSet(null);
                if (run == r && latest != null) {
                    setStatus(status.state() == RunState.CANCELLING
                            ? new RunStatus(RunState.CANCELLING, latest.fraction(), status.text()) : latest);
                }
            });
        }
    }

    private void finished(Run r, AnalysisResult value) {
        if (run != r) {
            value.close();
            return;
        }
        run = null;
        AnalysisResult previous = result;
        result = value;
        if (previous != null) {
            previous.close();
        }
        listeners.forEach(l -> l.resultChanged(value));
        setStatus(new RunStatus(RunState.IDLE, 1, "Done: " + summary(value)));
    }

    private void failed(Run r, Throwable error) {
        if (run != r) {
            return;
        }
        run = null;
        if (error instanceof CancelledException) {
            setStatus(new RunStatus(RunState.IDLE, 0, "Cancelled"));
            listeners.forEach(Listener::runCancelled);
        } else {
            setStatus(new RunStatus(RunState.IDLE, 0, "Failed"));
            listeners.forEach(l -> l.runFailed(error));
        }
    }

    private void stopRun() {
        if (run != null) {
            run.stop.set(true);
            run = null;
        }
    }

    private void clearResult() {
        if (result != null) {
            result.close();
            result = null;
            listeners.forEach(l -> l.resultChanged(null));
        }
    }

    private void setStatus(RunStatus newStatus) {
        status = newStatus;
        listeners.forEach(l -> l.runChanged(newStatus));
    }

    private void documentChanged() {
        listeners.forEach(Listener::documentChanged);
    }
}
