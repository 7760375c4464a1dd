package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.build;
import static org.catchment.network.TestNetworks.chain;
import static org.catchment.network.TestNetworks.road;
import static org.catchment.network.TestNetworks.starts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The time a search gives a point on the network, worked out by hand and against a direct search. */
class MinutesAtTest {

    static final double MPM = 80; // 4.8 km/h

    /*
     *  a ------ b ---P-- c ------ d      400 m links, facility at a, P 200 m past b
     */
    @Test
    void pointOnAnEdgeTakesTheBetterEndPlusTheWalkAlongIt() {
        WalkingNetwork net = chain(400, 3);
        Snapper snapper = new Snapper(net, 250);
        List<SearchStart> f = starts(snapper.snap("F", at(0, 0)));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(f, 20);
        SnapPoint p = snapper.snap("P", at(600, 30));
        assertThat(r.minutesAt(p)).isCloseTo((400 + 200) / MPM, offset(1e-12));
        assertThat(r.minutesAt(p)).isCloseTo(ProbeSearch.minutesAt(net, 4.8, f, 20, p), offset(1e-9));
        SnapPoint onNode = snapper.snap("C", at(800, 0));
        assertThat(r.minutesAt(onNode)).isCloseTo(10, offset(1e-12));
    }

    /* a ---Q---F------P------- b   400 m; facility F 120 m from a, Q 50 m from a, P 300 m from a */
    @Test
    void pointOnTheEdgeOfAFacilityIsReachedAlongThatEdge() {
        WalkingNetwork net = build(road("ab", "a", "b", 0, 0, 400, 0));
        Snapper snapper = new Snapper(net, 250);
        List<SearchStart> f = List.of(new SearchStart(snapper.snap("F", at(120, 30)), 0, 30 / MPM));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(f, 20);
        SnapPoint p = snapper.snap("P", at(300, -10));
        SnapPoint q = snapper.snap("Q", at(50, 5));
        assertThat(r.minutesAt(p)).isCloseTo((30 + 180) / MPM, offset(1e-12));
        assertThat(r.minutesAt(q)).isCloseTo((30 + 70) / MPM, offset(1e-12));
        assertThat(r.minutesAt(p)).isCloseTo(ProbeSearch.minutesAt(net, 4.8, f, 20, p), offset(1e-9));
        assertThat(r.minutesAt(q)).isCloseTo(ProbeSearch.minutesAt(net, 4.8, f, 20, q), offset(1e-9));
    }

    @Test
    void pointBeyondTheLimitIsNotReached() {
        WalkingNetwork net = chain(400, 3);
        Snapper snapper = new Snapper(net, 250);
        List<SearchStart> f = starts(snapper.snap("F", at(0, 0)));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(f, 7);
        assertThat(r.minutesAt(snapper.snap("P", at(500, 0)))).isCloseTo(500 / MPM, offset(1e-12));
        SnapPoint far = snapper.snap("P", at(600, 0));
        assertThat(r.minutesAt(far)).isInfinite();
        assertThat(ProbeSearch.minutesAt(net, 4.8, f, 7, far)).isInfinite();
    }
}
