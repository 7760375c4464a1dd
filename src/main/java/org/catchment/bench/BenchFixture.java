package org.catchment.bench;

import org.catchment.network.OpenRoadsNetworkBuilder;
import org.catchment.network.WalkingNetwork;

/**
 * The synthetic network of one size, generated with the benchmarks' fixed seed, and its walking
 * network built once on first use (in memory, no cache) and shared by the cases.
 */
final class BenchFixture implements AutoCloseable {

    private final int targetLinks;
    private final SyntheticNetwork synthetic;
    private WalkingNetwork network;

    BenchFixture(int targetLinks, long seed) {
        this.targetLinks = targetLinks;
        this.synthetic = SyntheticNetwork.generate(targetLinks, seed);
    }

    /** @return the size asked for (the synthetic network has about this many links) */
    int targetLinks() {
        return targetLinks;
    }

    SyntheticNetwork synthetic() {
        return synthetic;
    }

    /** @return a new walking network built from the synthetic links, in memory */
    WalkingNetwork build() {
        return new OpenRoadsNetworkBuilder(SyntheticNetwork.crs()).addLinks(synthetic.links()).build().network();
    }

    /** @return the shared walking network, built on first use */
    WalkingNetwork network() {
        if (network == null) {
            network = build();
        }
        return network;
    }

    /** Drops a network a case built itself for the shared one, to save building it twice. */
    void adopt(WalkingNetwork built) {
        if (network == null) {
            network = built;
        } else if (built != network) {
            built.close();
        }
    }

    @Override
    public void close() {
        if (network != null) {
            network.close();
            network = null;
        }
    }
}
