package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceRemoval} against a whole new search without the removed facility's starts, on 50
 * random networks (those of {@link SearchAgainstReferenceTest}): for every facility removed, every
 * real node's nearest facility must be the same and its time the same to 1e-9 minutes (the removed
 * facility's start no longer cuts its edge in two, so a walk along that edge is one sum instead of
 * two), and the nodes re-timed must be exactly those the facility was nearest to.
 */
class SourceRemovalTest {

    @Test
    void removingAFacilityGivesTheSearchWithoutItExactly() {
        Random random = new Random(20261215L);
        int compared = 0;
        int changed = 0;
        for (int round = 0; round < 50; round++) {
            WalkingNetwork net = TestNetworks.build(SearchAgainstReferenceTest.randomNetwork(random, 60 + random.nextInt(120)));
            double speedKmh = 3 + random.nextDouble() * 3;
            double limit = 5 + random.nextDouble() * 20;
            Snapper snapper = new Snapper(net, 250);
            List<SearchStart> starts = new ArrayList<>();
            int facilities = 2 + random.nextInt(8);
            for (int f = 0; f < facilities; f++) {
                for (int entrance = 0; entrance < 1 + random.nextInt(2); entrance++) {
                    SnapPoint s = snapper.snap("F" + f, TestNetworks.at(random.nextDouble() * 2000, random.nextDouble() * 2000));
                    if (s != null) {
                        starts.add(new SearchStart(s, f, s.offsetM() / (speedKmh * 1000 / 60)));
                    }
                }
            }
            SearchResult all = new MultiSourceSearch(net, speedKmh).run(starts, limit);
            SourceRemoval removal = new SourceRemoval(all);
            for (int f = 0; f < facilities; f++) {
                final int closed = f;
                List<SearchStart> others = starts.stream().filter(s -> s.source() != closed).toList();
                SearchResult expected = new MultiSourceSearch(net, speedKmh).run(others, limit);
                SourceRemoval.Removal r = removal.without(f);
                BitSet nearest = new BitSet();
                for (int n = 0; n < net.nodeCount(); n++) {
                    String node = "round " + round + " without " + f + " node " + net.nodeSourceId(n);
                    if (Double.isInfinite(expected.minutes(n))) {
                        assertThat(r.search().minutes(n)).as(node).isInfinite();
                    } else {
                        assertThat(r.search().minutes(n)).as(node).isCloseTo(expected.minutes(n), within(1e-9));
                    }
                    assertThat(r.search().source(n)).as(node).isEqualTo(expected.source(n));
                    if (all.source(n) == f) {
                        nearest.set(n);
                    }
                    if (r.search().minutes(n) != all.minutes(n)) {
                        changed++;
                    }
                    compared++;
                }
                BitSet realRetimed = r.retimed().get(0, net.nodeCount());
                assertThat(realRetimed).as("round %d: the nodes re-timed are those %d was nearest to", round, f)
                        .isEqualTo(nearest);
            }
        }
        assertThat(compared).isGreaterThan(20_000);
        assertThat(changed).as("closures that changed some node's time").isGreaterThan(1000);
    }

    @Test
    void theStretchesOfARestrictedSearchAreThoseOfItsEdges() {
        WalkingNetwork net = TestNetworks.chain(100, 5);
        SnapPoint s = new Snapper(net, 50).snap("F", TestNetworks.at(250, 10));
        SearchResult all = new MultiSourceSearch(net, 4.8).run(List.of(new SearchStart(s, 0, 0)), 10);
        BitSet two = new BitSet();
        two.set(0);
        two.set(s.edge());
        List<Integer> visited = new ArrayList<>();
        all.restrictedTo(two).forEachSegment((edge, a, b, nodeA, nodeB) -> visited.add(edge));
        assertThat(visited).as("edge 0 whole, and the two pieces of the start's edge").containsExactlyInAnyOrder(0,
                s.edge(), s.edge());
    }
}
