package org.catchment.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.catchment.analysis.ProgressListener;

/**
 * Shows a run's progress: a progress bar on a terminal, plain log lines ("[ 35%] Catchments:
 * GP surgeries done") when the output is a file or a pipe, as in CI.
 */
final class Progress implements ProgressListener, AutoCloseable {

    private final PrintWriter err;
    private final ProgressBar bar;
    private String lastLine = "";

    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.bar = terminal ? bar(null) : null;
    }

    /** A progress bar drawn by the given consumer (a test's, of a given width). */
    Progress(PrintWriter err, ProgressBarConsumer consumer) {
        this.err = err;
        this.bar = bar(consumer);
    }

    /**
     * The bar: the stage and message follow it and are cut at the terminal's width, so a long
     * message (the tiles of a tiled run) puts what matters first.
     */
    private static ProgressBar bar(ProgressBarConsumer consumer) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Catchment").setInitialMax(1000)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate();
        return (consumer == null ? builder : builder.setConsumer(consumer)).build();
    }

    /** @return a progress display suited to where standard error goes */
    static Progress forConsole(PrintWriter err) {
        return new Progress(err, System.console() != null && !"true".equals(System.getenv("CI")));
    }

    @Override
    public synchronized void progress(String stage, double fraction, String message) {
        if (bar != null) {
            bar.stepTo(Math.round(fraction * 1000));
            bar.setExtraMessage(stage + ": " + message);
            return;
        }
        String line = String.format(Locale.ROOT, "[%3.0f%%] %s: %s", fraction * 100, stage, message);
        if (!line.equals(lastLine)) {
            err.println(line);
            lastLine = line;
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
