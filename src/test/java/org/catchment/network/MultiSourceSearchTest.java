package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.build;
import static org.catchment.network.TestNetworks.chain;
import static org.catchment.network.TestNetworks.motorway;
import static org.catchment.network.TestNetworks.node;
import static org.catchment.network.TestNetworks.road;
import static org.catchment.network.TestNetworks.starts;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiSourceSearchTest {

    static final double MPM = 80; // 4.8 km/h

    /*
     *  a ------ b ------ c ------ d      400 m links, facility at a
     */
    @Test
    void timesAlongAChainAreLengthOverSpeed() {
        WalkingNetwork net = chain(400, 3);
        SnapPoint f = new Snapper(net, 250).snap("F", at(0, 0));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(f), 20);
        assertThat(r.minutes(node(net, "a"))).isCloseTo(0, offset(1e-12));
        assertThat(r.minutes(node(net, "b"))).isCloseTo(5, offset(1e-12));
        assertThat(r.minutes(node(net, "c"))).isCloseTo(10, offset(1e-12));
        assertThat(r.minutes(node(net, "d"))).isCloseTo(15, offset(1e-12));
        assertThat(r.source(node(net, "d"))).isZero();
    }

    @Test
    void searchStopsAtTheLimit() {
        WalkingNetwork net = chain(400, 3);
        SnapPoint f = new Snapper(net, 250).snap("F", at(0, 0));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(f), 7);
        assertThat(r.minutes(node(net, "b"))).isCloseTo(5, offset(1e-12));
        assertThat(r.minutes(node(net, "c"))).isInfinite();
        assertThat(r.source(node(net, "c"))).isEqualTo(-1);
    }

    /* a ------------------------ b   400 m; facility 120 m from a */
    @Test
    void facilityMidEdgeStartsFromItsSnappedPoint() {
        WalkingNetwork net = build(road("ab", "a", "b", 0, 0, 400, 0));
        SnapPoint f = new Snapper(net, 250).snap("F", at(120, 30));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(List.of(new SearchStart(f, 0, 30 / MPM)), 20);
        assertThat(r.minutes(node(net, "a"))).isCloseTo((30 + 120) / MPM, offset(1e-12));
        assertThat(r.minutes(node(net, "b"))).isCloseTo((30 + 280) / MPM, offset(1e-12));
    }

    /*
     *        b1 (100, 100)
     *         |
     *  a1 ----+---- a2     a1-a2 passes under b1-b2 with no shared node (a bridge)
     *         |
     *        b2 (100, -100)
     */
    @Test
    void linesThatCrossWithoutASharedNodeAreNotConnected() {
        WalkingNetwork net = build(
                road("A", "a1", "a2", 0, 0, 200, 0),
                road("B", "b1", "b2", 100, 100, 100, -100));
        SnapPoint f = new Snapper(net, 250).snap("F", at(0, 0));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(f), 60);
        assertThat(r.minutes(node(net, "a2"))).isCloseTo(200 / MPM, offset(1e-12));
        assertThat(r.minutes(node(net, "b1"))).isInfinite();
        assertThat(r.minutes(node(net, "b2"))).isInfinite();
    }

    /* a --- b ==M== c --- d : the middle link is a motorway */
    @Test
    void motorwayLinksAreNotWalked() {
        WalkingNetwork net = build(
                road("ab", "a", "b", 0, 0, 100, 0),
                motorway("bc", "b", "c", 100, 0, 500, 0),
                road("cd", "c", "d", 500, 0, 600, 0));
        SnapPoint f = new Snapper(net, 250).snap("F", at(0, 0));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(f), 60);
        assertThat(r.minutes(node(net, "b"))).isCloseTo(100 / MPM, offset(1e-12));
        assertThat(r.minutes(node(net, "c"))).isInfinite();
    }

    /*
     *  F0 at a ------- b ------- c at F1     two 400 m links; b is 5 min from both
     *  equal times go to the facility listed first
     */
    @Test
    void equalTimesGoToTheFirstFacility() {
        WalkingNetwork net = chain(400, 2);
        Snapper snapper = new Snapper(net, 250);
        SnapPoint f1 = snapper.snap("F1", at(800, 0));
        SnapPoint f0 = snapper.snap("F0", at(0, 0));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(List.of(
                new SearchStart(f1, 1, 0), new SearchStart(f0, 0, 0)), 20);
        assertThat(r.minutes(node(net, "b"))).isCloseTo(5, offset(1e-12));
        assertThat(r.source(node(net, "b"))).isZero();
        assertThat(r.source(node(net, "c"))).isEqualTo(1);
    }

    /*
     * A cul-de-sac loop that starts and ends at node n, reached by a 100 m stem from s.
     * The loop is a 400 m square; the facility stands 50 m along it.
     */
    @Test
    void loopLinksAreSplitAndMeasuredExactly() {
        WalkingNetwork net = build(
                road("stem", "s", "n", -100, 0, 0, 0),
                road("loop", "n", "n", 0, 0, 100, 0, 100, 100, 0, 100, 0, 0));
        assertThat(net.edgeCount()).isEqualTo(3);
        SnapPoint f = new Snapper(net, 250).snap("F", at(50, -5));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(f), 60);
        assertThat(r.minutes(node(net, "n"))).isCloseTo(50 / MPM, offset(1e-12));
        assertThat(r.minutes(node(net, "s"))).isCloseTo(150 / MPM, offset(1e-12));
        assertThat(r.minutes(node(net, "loop#mid"))).isCloseTo(150 / MPM, offset(1e-12));
    }

    @Test
    void segmentsCoverEveryWalkableStretchOnce() {
        WalkingNetwork net = chain(400, 2);
        Snapper snapper = new Snapper(net, 250);
        SearchResult r = new MultiSourceSearch(net, 4.8).run(starts(
                snapper.snap("F0", at(100, 0)), snapper.snap("F1", at(300, 0))), 20);
        double[] total = {0};
        r.forEachSegment((e, from, to, a, b) -> total[0] += Math.abs(to - from));
        assertThat(total[0]).isCloseTo(800, offset(1e-9));
    }
}
