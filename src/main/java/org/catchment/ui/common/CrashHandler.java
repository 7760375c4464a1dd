package org.catchment.ui.common;

import javafx.application.Platform;
import javafx.stage.Window;
import org.catchment.RunLog;
import org.catchment.ui.model.CrashReport;

/**
 * What happens to an unexpected error (a bug, not bad input): it is written to the log file
 * ({@link RunLog}) and shown in the {@link CrashDialog}, one dialog at a time (while one is open the
 * next errors go to the log alone). Installed as every thread's default handler by the app, it
 * catches what nothing else caught: an exception thrown on the FX thread (an event handler, a
 * {@code runLater}) or in any other thread; a background job's failure handler passes an unexpected
 * error here through {@link Dialogs#error(Window, String, Throwable)}.
 */
public final class CrashHandler {

    private static volatile Window owner;
    private static boolean showing;

    private CrashHandler() {
    }

    /**
     * Makes this the default handler of uncaught exceptions in every thread.
     *
     * @param window the window the dialog belongs to
     * @return the handler it replaces (tests put it back)
     */
    public static Thread.UncaughtExceptionHandler install(Window window) {
        owner = window;
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(CrashHandler::uncaught);
        return previous;
    }

    /** Logs an uncaught exception and shows it once the FX thread is free. */
    static void uncaught(Thread thread, Throwable error) {
        CrashReport report = CrashReport.of(error, thread.getName());
        report.log(RunLog.current());
        try {
            Platform.runLater(() -> show(owner, null, report));
        } catch (IllegalStateException closed) {
            // the app is closing: the log has it
        }
    }

    /**
     * Logs an unexpected error a job or an action received and shows it; on the FX thread, waits
     * until the dialog is closed.
     *
     * @param window the window the dialog belongs to
     * @param header what failed
     * @param error  the error
     */
    public static void report(Window window, String header, Throwable error) {
        CrashReport report = CrashReport.of(error, Thread.currentThread().getName());
        report.log(RunLog.current());
        if (Platform.isFxApplicationThread()) {
            show(window, header, report);
        } else {
            Platform.runLater(() -> show(window, header, report));
        }
    }

    private static void show(Window window, String header, CrashReport report) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            CrashDialog.show(window, header, report, RunLog.current().file());
        } catch (RuntimeException e) {
            RunLog.current().error("the crash dialog could not be shown", e);
        } finally {
            showing = false;
        }
    }
}
