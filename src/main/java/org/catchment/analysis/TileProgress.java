package org.catchment.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The progress of a tiled run for a {@link ProgressListener}: tiles done of the total, the tiles
 * under way by name, and an estimate of the time left, e.g. "12 of 360 tiles done, about 14 min left
 * (3 resumed); now E07000032, E07000033". The estimate weighs each tile by its work (an estimate
 * such as its road links): the work done by this run so far divided by the time it took gives a
 * rate, and the work of the tiles not yet done divided by that rate is the time left. Tiles
 * resumed from an earlier run count as done but not towards the rate (they took no time). The
 * fraction reported runs from {@code from} to {@code to} of the whole run in proportion to work.
 * Thread-safe: tiles start and finish on worker threads.
 */
public final class TileProgress {

    private final ProgressListener listener;
    private final String stage;
    private final double from;
    private final double to;
    private final List<String> names;
    private final long[] work;
    private final LongSupplier nanos;
    private final long totalWork;
    private final boolean[] done;
    private final Set<Integer> running = new LinkedHashSet<>();
    private long start;
    private long doneWork;
    private long timedWork;
    private int doneCount;
    private int resumed;

    /**
     * @param listener receives the progress
     * @param stage    the stage name for the listener, e.g. "Tiles"
     * @param from     the fraction of the whole run when no tile is done
     * @param to       the fraction when all are
     * @param names    the tiles' names, in tile order
     * @param work     each tile's work estimate (e.g. its road links; any positive measure)
     * @param nanos    the clock ({@code System::nanoTime}; a fake one in tests)
     */
    public TileProgress(ProgressListener listener, String stage, double from, double to, List<String> names,
                        long[] work, LongSupplier nanos) {
        if (names.size() != work.length) {
            throw new IllegalArgumentException(names.size() + " tile names but " + work.length + " work estimates");
        }
        this.listener = listener;
        this.stage = stage;
        this.from = from;
        this.to = to;
        this.names = List.copyOf(names);
        this.work = work.clone();
        this.nanos = nanos;
        long total = 0;
        for (long w : work) {
            total += Math.max(1, w);
        }
        this.totalWork = total;
        this.done = new boolean[work.length];
        this.start = nanos.getAsLong();
    }

    /** Counts a tile kept from an earlier run as done (call these before the first {@link #started}). */
    public synchronized void resumed(int tile) {
        if (!done[tile]) {
            finish(tile);
            resumed++;
            start = nanos.getAsLong();
        }
    }

    /** A tile is under way. */
    public synchronized void started(int tile) {
        running.add(tile);
        report();
    }

    /** A tile is done. */
    public synchronized void finished(int tile) {
        running.remove(tile);
        if (!done[tile]) {
            finish(tile);
            timedWork += weight(tile);
        }
        report();
    }

    /**
     * @return the line the listener was last given: the count and the time left first, as a narrow
     *     terminal's progress bar cuts the end of a long line
     */
    public synchronized String message() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d of %,d tiles done", doneCount,
                names.size()));
        if (doneCount < names.size()) {
            line.append(", ").append(timeLeft());
        }
        if (resumed > 0) {
            line.append(String.format(Locale.ROOT, " (%,d resumed)", resumed));
        }
        if (!running.isEmpty()) {
            List<String> now = new ArrayList<>();
            running.forEach(t -> now.add(names.get(t)));
            line.append("; now ").append(String.join(", ", now));
        }
        return line.toString();
    }

    /** @return the fraction of the whole run done, by work */
    public synchronized double fraction() {
        return from + (to - from) * doneWork / totalWork;
    }

    /** @return the estimate of the time left in words, e.g. "about 14 min left" */
    private String timeLeft() {
        long elapsed = nanos.getAsLong() - start;
        if (timedWork == 0 || elapsed <= 0) {
            return "estimating the time left";
        }
        double seconds = elapsed / 1e9 * (totalWork - doneWork) / timedWork;
        return "about " + duration(seconds) + " left";
    }

    /** @return a duration in words: "less than a minute", "14 min", "2 h 05 min" */
    static String duration(double seconds) {
        long minutes = Math.round(seconds / 60);
        if (seconds < 60) {
            return "less than a minute";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    private void finish(int tile) {
        done[tile] = true;
        doneCount++;
        doneWork += weight(tile);
    }

    private long weight(int tile) {
        return Math.max(1, work[tile]);
    }

    private void report() {
        listener.progress(stage, fraction(), message());
    }
}
