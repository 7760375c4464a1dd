package org.catchment.bench;

import java.util.Locale;
import org.catchment.network.WalkingNetwork;

/**
 * The network stage: building the walking network from OS-schema links in memory (node-id
 * topology, GraphHopper graph, exact edge geometry, location index). Reports the best build time,
 * the heap the built network retains (after a full collection, less what was in use before), and
 * the peak heap in use during a build, which includes the input links and uncollected garbage.
 */
final class NetworkCase implements BenchCase {

    @Override
    public String name() {
        return "network";
    }

    @Override
    public void run(BenchFixture fixture, BenchTable table) {
        double[] baselineMb = new double[1];
        Timing.Timed<WalkingNetwork> timed = Timing.forSize(fixture.targetLinks()).time(() -> {
            fixture.close();
            baselineMb[0] = Heap.usedAfterGcMb();
            Heap.resetPeak();
        }, fixture::build);
        double peakMb = Heap.peakMb();
        WalkingNetwork network = timed.result();
        double retainedMb = Heap.usedAfterGcMb() - baselineMb[0];
        fixture.adopt(network);
        table.row(name(), fixture.synthetic().links().size(), network, "build", timed,
                String.format(Locale.ROOT, "network retains %.0f MB; heap in use peaked at %.0f MB of %.0f MB max"
                        + " (input links %.0f MB before the build)", retainedMb, peakMb, Heap.maxMb(), baselineMb[0]));
    }
}
