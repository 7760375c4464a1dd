package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks {@link MultiSourceSearch} against {@link ReferenceDijkstra} on 100 random networks:
 * every node's time to 1e-9 minutes and its nearest facility must agree, and so must the set of
 * nodes reached within the limit.
 */
class SearchAgainstReferenceTest {

    /** How far apart times may be where GraphHopper merged two starts' points, minutes. */
    private static final double MERGED_MIN = 0.0014;

    @Test
    void hundredRandomNetworksAgreeWithTheReference() {
        Random random = new Random(20261123L);
        int compared = 0;
        for (int round = 0; round < 100; round++) {
            List<NetworkLink> links = randomNetwork(random, 60 + random.nextInt(120));
            WalkingNetwork net = TestNetworks.build(links);
            double speedKmh = 3 + random.nextDouble() * 3;
            double mpm = speedKmh * 1000 / 60;
            double limit = 5 + random.nextDouble() * 20;
            Snapper snapper = new Snapper(net, 250);
            List<SearchStart> starts = new ArrayList<>();
            List<ReferenceDijkstra.Start> refStarts = new ArrayList<>();
            int facilities = 1 + random.nextInt(8);
            for (int f = 0; f < facilities; f++) {
                SnapPoint s = snapper.snap("F" + f, TestNetworks.at(random.nextDouble() * 2000, random.nextDouble() * 2000));
                if (s == null) {
                    continue;
                }
                double t0 = s.offsetM() / mpm;
                starts.add(new SearchStart(s, f, t0));
                refStarts.add(new ReferenceDijkstra.Start(net.edgeSourceId(s.edge()), s.alongM(), t0, f));
            }
            if (starts.isEmpty()) {
                continue;
            }
            SearchResult result = new MultiSourceSearch(net, speedKmh).run(starts, limit);
            Map<String, ReferenceDijkstra.Label> expected = ReferenceDijkstra.run(links, refStarts, mpm, limit);
            for (int n = 0; n < net.nodeCount(); n++) {
                ReferenceDijkstra.Label want = expected.get(net.nodeSourceId(n));
                if (want == null) {
                    assertThat(result.minutes(n)).as("round %d node %s", round, net.nodeSourceId(n)).isInfinite();
                } else {
                    assertThat(result.minutes(n)).as("round %d node %s", round, net.nodeSourceId(n))
                            .isCloseTo(want.minutes(), org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(result.source(n)).as("round %d node %s source", round, net.nodeSourceId(n))
                            .isEqualTo(want.source());
                    compared++;
                }
            }
        }
        assertThat(compared).as("nodes compared").isGreaterThan(3000);
    }

    /**
     * Hundreds of facilities a network, clustered so that dozens share an edge: the search leaves
     * out those another start on their edge beats everywhere ({@link DominatedStarts}), and every
     * node's time and nearest facility must still be the reference's, which searches from all.
     * GraphHopper's query graph makes one node of two snapped points closer than 1e-6 degrees
     * (about 7 to 11 cm), so a start that close to another is searched from that one's point:
     * times then agree to {@value #MERGED_MIN} min (11 cm at 80 m a minute), and the nearest
     * facility wherever they agree to 1e-9.
     */
    @Test
    void manyFacilitiesAStreetAgreeWithTheReference() {
        Random random = new Random(18L);
        int compared = 0;
        int exact = 0;
        int left = 0;
        for (int round = 0; round < 20; round++) {
            List<NetworkLink> links = randomNetwork(random, 60 + random.nextInt(60));
            WalkingNetwork net = TestNetworks.build(links);
            double speedKmh = 4.8;
            double mpm = speedKmh * 1000 / 60;
            Snapper snapper = new Snapper(net, 250);
            List<SearchStart> starts = new ArrayList<>();
            List<ReferenceDijkstra.Start> refStarts = new ArrayList<>();
            for (int f = 0; f < 400; f++) {
                double cx = 300 + 400 * (f % 4);
                double cy = 300 + 400 * (f / 100);
                SnapPoint s = snapper.snap("F" + f, TestNetworks.at(cx + random.nextGaussian() * 60,
                        cy + random.nextGaussian() * 60));
                if (s != null) {
                    double t0 = s.offsetM() / mpm;
                    starts.add(new SearchStart(s, f, t0));
                    refStarts.add(new ReferenceDijkstra.Start(net.edgeSourceId(s.edge()), s.alongM(), t0, f));
                }
            }
            left += starts.size() - DominatedStarts.without(net, starts, speedKmh).size();
            SearchResult result = new MultiSourceSearch(net, speedKmh).run(starts, 10);
            Map<String, ReferenceDijkstra.Label> expected = ReferenceDijkstra.run(links, refStarts, mpm, 10);
            for (int n = 0; n < net.nodeCount(); n++) {
                ReferenceDijkstra.Label want = expected.get(net.nodeSourceId(n));
                if (want == null) {
                    assertThat(result.minutes(n)).as("round %d node %s", round, net.nodeSourceId(n)).isInfinite();
                } else {
                    assertThat(result.minutes(n)).as("round %d node %s", round, net.nodeSourceId(n))
                            .isCloseTo(want.minutes(), org.assertj.core.data.Offset.offset(MERGED_MIN));
                    if (Math.abs(result.minutes(n) - want.minutes()) <= 1e-9) {
                        assertThat(result.source(n)).as("round %d node %s source", round, net.nodeSourceId(n))
                                .isEqualTo(want.source());
                        exact++;
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).as("nodes compared").isGreaterThan(1000);
        assertThat(exact).as("nodes agreeing to 1e-9").isGreaterThan(compared * 9 / 10);
        assertThat(left).as("starts left out").isGreaterThan(3000);
    }

    /**
     * Random nodes in a 2 km square, each joined to its three nearest neighbours by a straight or
     * bent line; one link in twenty is a motorway. No self-loops.
     */
    static List<NetworkLink> randomNetwork(Random random, int nodes) {
        double[][] p = new double[nodes][2];
        for (int i = 0; i < nodes; i++) {
            p[i][0] = random.nextDouble() * 2000;
            p[i][1] = random.nextDouble() * 2000;
        }
        List<NetworkLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes; i++) {
            Integer[] order = new Integer[nodes];
            for (int j = 0; j < nodes; j++) {
                order[j] = j;
            }
            final int from = i;
            java.util.Arrays.sort(order, (a, b) -> Double.compare(dist(p[from], p[a]), dist(p[from], p[b])));
            for (int k = 1; k <= 3; k++) {
                int j = order[k];
                String key = Math.min(i, j) + "-" + Math.max(i, j);
                if (!seen.add(key)) {
                    continue;
                }
                double[] xy;
                if (random.nextBoolean()) {
                    xy = new double[] {p[i][0], p[i][1], p[j][0], p[j][1]};
                } else {
                    double mx = (p[i][0] + p[j][0]) / 2 + (random.nextDouble() - 0.5) * 80;
                    double my = (p[i][1] + p[j][1]) / 2 + (random.nextDouble() - 0.5) * 80;
                    xy = new double[] {p[i][0], p[i][1], mx, my, p[j][0], p[j][1]};
                }
                boolean walkable = random.nextInt(20) != 0;
                links.add(new NetworkLink("L" + key, "n" + i, "n" + j, TestNetworks.line(xy), walkable,
                        NetworkLink.Kind.ROAD));
            }
        }
        return links;
    }

    private static double dist(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
