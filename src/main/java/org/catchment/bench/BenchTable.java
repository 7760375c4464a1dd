package org.catchment.bench;

import java.io.PrintStream;
import java.util.Locale;
import org.catchment.network.WalkingNetwork;

/**
 * The plain-text table the benchmarks print: one row per timed step, printed as soon as it is
 * measured so that a long run shows progress. Columns: case, links (as generated), nodes and
 * edges (as built), step, best wall time and best CPU time of the benchmark thread in seconds,
 * the number of timed runs, and a free-text
 * result (counts, heap).
 */
final class BenchTable {

    private static final String FORMAT = "%-10s %9s %9s %9s  %-20s %8s %8s %4s  %s%n";
    private final PrintStream out;

    BenchTable(PrintStream out) {
        this.out = out;
    }

    void header() {
        out.printf(Locale.ROOT, FORMAT, "case", "links", "nodes", "edges", "step", "best_s", "cpu_s", "runs", "result");
    }

    /**
     * @param caseName the case
     * @param links    links generated
     * @param network  the network built from them (for node and edge counts)
     * @param step     what was timed
     * @param timed    the timing
     * @param result   what it produced, in words
     */
    void row(String caseName, int links, WalkingNetwork network, String step, Timing.Timed<?> timed, String result) {
        out.printf(Locale.ROOT, FORMAT, caseName, links, network.nodeCount(), network.edgeCount(), step,
                String.format(Locale.ROOT, "%.3f", timed.bestS()), String.format(Locale.ROOT, "%.3f", timed.bestCpuS()),
                timed.runs(), result);
        out.flush();
    }

    /** Prints a note line (machine, settings). */
    void note(String text) {
        out.println("# " + text);
        out.flush();
    }
}
