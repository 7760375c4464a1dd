package org.catchment.servicearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.GF;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.build;
import static org.catchment.network.TestNetworks.road;
import static org.catchment.network.TestNetworks.square;
import static org.catchment.servicearea.ServiceAreaFixtures.points;
import static org.catchment.servicearea.ServiceAreaFixtures.reachedLength;

import java.util.List;
import org.catchment.network.WalkingNetwork;
import org.junit.jupiter.api.Test;

class ReachableNetworkTest {

    static CatchmentOptions options(double... bands) {
        return CatchmentOptions.defaults().withBands(bands);
    }

    /* F at a: a ===================================== b   one straight 1,200 m street */
    @Test
    void straightStreetGivesExactlyFourHundredMetresAtFiveMinutes() {
        WalkingNetwork net = build(road("ab", "a", "b", 0, 0, 1200, 0));
        CatchmentResult r = new CatchmentEngine(net).run(points(0, 0), options(5, 10, 15));
        assertThat(reachedLength(r.pieces(), 0)).isCloseTo(400, offset(1e-9));
        assertThat(reachedLength(r.pieces(), 1)).isCloseTo(800, offset(1e-9));
        assertThat(reachedLength(r.pieces(), 2)).isCloseTo(1200, offset(1e-9));
        ReachablePiece first = r.pieces().stream().filter(p -> p.band() == 0).findFirst().orElseThrow();
        assertThat(first.fromMinutes()).isCloseTo(0, offset(1e-12));
        assertThat(first.toMinutes()).isCloseTo(5, offset(1e-12));
    }

    /*
     *  F0 at a ------------------------------------ b at F1     one 1,000 m street
     *  at 5 min (400 m): [0, 400] and [600, 1000]; at 10 min (800 m) the whole street,
     *  though neither end reaches across it alone; the facilities meet at 500 m.
     */
    @Test
    void edgeReachedFromBothEndsIsCoveredPartlyThenWhole() {
        WalkingNetwork net = build(road("ab", "a", "b", 0, 0, 1000, 0));
        CatchmentResult r = new CatchmentEngine(net).run(points(0, 0, 1000, 0), options(5, 10));
        assertThat(reachedLength(r.pieces(), 0)).isCloseTo(800, offset(1e-9));
        assertThat(reachedLength(r.pieces(), 1)).isCloseTo(1000, offset(1e-9));
        double fromF0 = r.pieces().stream().filter(p -> p.source() == 0).mapToDouble(ReachablePiece::lengthM).sum();
        double fromF1 = r.pieces().stream().filter(p -> p.source() == 1).mapToDouble(ReachablePiece::lengthM).sum();
        assertThat(fromF0).isCloseTo(500, offset(1e-9));
        assertThat(fromF1).isCloseTo(500, offset(1e-9));
    }

    /*
     *  a (F0) ---200--- b
     *  |                |       a square loop of four 200 m streets; F0 at a, F1 at c.
     *  d ------------- c (F1)   At 5 min (400 m) each reaches half the loop: the halves meet.
     */
    @Test
    void squareLoopFromTwoOppositeFacilitiesIsCoveredWhenTheHalvesMeet() {
        WalkingNetwork net = square(200);
        CatchmentResult r = new CatchmentEngine(net).run(points(0, 200, 200, 0), options(5));
        assertThat(reachedLength(r.pieces(), 0)).isCloseTo(800, offset(1e-9));
        // At 2 min (160 m) each facility reaches 160 m each way: 640 m of the 800 m loop.
        CatchmentResult shorter = new CatchmentEngine(net).run(points(0, 200, 200, 0), options(2));
        assertThat(reachedLength(shorter.pieces(), 0)).isCloseTo(640, offset(1e-9));
    }

    /* a ------------------ F ---------------------------- b   F snaps 300 m from a on a 1,000 m street */
    @Test
    void facilityMidEdgeReachesBothWaysFromItsSnappedPoint() {
        WalkingNetwork net = build(road("ab", "a", "b", 0, 0, 1000, 0));
        CatchmentResult r = new CatchmentEngine(net).run(points(300, 0), options(5));
        assertThat(reachedLength(r.pieces(), 0)).isCloseTo(700, offset(1e-9));
        double minAlong = r.pieces().stream().mapToDouble(p -> Math.min(p.fromAlongM(), p.toAlongM())).min().orElseThrow();
        double maxAlong = r.pieces().stream().mapToDouble(p -> Math.max(p.fromAlongM(), p.toAlongM())).max().orElseThrow();
        assertThat(minAlong).isCloseTo(0, offset(1e-9));
        assertThat(maxAlong).isCloseTo(700, offset(1e-9));
    }

    /* The off-network leg of 40 m is walked by default and free when ignored. */
    @Test
    void offNetworkLegCostsTimeUnlessIgnored() {
        WalkingNetwork net = build(road("ab", "a", "b", 0, 0, 1000, 0));
        CatchmentResult walk = new CatchmentEngine(net).run(points(0, 40), options(5));
        assertThat(reachedLength(walk.pieces(), 0)).isCloseTo(360, offset(1e-9));
        CatchmentResult ignore = new CatchmentEngine(net).run(points(0, 40),
                options(5).withOffNetworkLeg(CatchmentOptions.OffNetworkLeg.IGNORE));
        assertThat(reachedLength(ignore.pieces(), 0)).isCloseTo(400, offset(1e-9));
    }

    /*
     *  north street  n1 ------------------------------- n2      y = +150
     *                                                   |  crossing at x = 1000 (300 m)
     *  ====================== railway ================== | ==== y = 0 (no link)
     *                                                   |
     *  south street  s1 ------------------------------- s2      y = -150
     *  F on n1; the far side's times equal the detour: s1 is 1000 + 300 + 1000 m away.
     */
    @Test
    void railwayWithOneCrossingMakesTheFarSideWalkTheDetour() {
        WalkingNetwork net = build(
                road("north", "n1", "n2", 0, 150, 1000, 150),
                road("bridge", "n2", "s2", 1000, 150, 1000, -150),
                road("south", "s2", "s1", 1000, -150, 0, -150));
        CatchmentResult r = new CatchmentEngine(net).run(points(0, 150), options(10, 20, 30));
        int s1 = -1;
        for (int n = 0; n < net.nodeCount(); n++) {
            if (net.nodeSourceId(n).equals("s1")) {
                s1 = n;
            }
        }
        assertThat(r.search().minutes(s1)).isCloseTo(2300 / 80.0, offset(1e-12));
        // Within 20 minutes (1,600 m) the south street is reached only from the crossing: 300 m of it.
        double south = r.pieces().stream().filter(p -> p.band() <= 1 && net.edgeSourceId(p.edge()).equals("south"))
                .mapToDouble(ReachablePiece::lengthM).sum();
        assertThat(south).isCloseTo(300, offset(1e-9));
        // Its polygon does not bridge the railway near F: (0, -150) is 300 m from the north street.
        assertThat(r.disks().get(1).contains(GF.createPoint(at(0, -150)))).isFalse();
        assertThat(r.disks().get(1).contains(GF.createPoint(at(0, 100)))).isTrue();
    }

    @Test
    void piecesAreListedOncePerStretch() {
        WalkingNetwork net = build(road("ab", "a", "b", 0, 0, 1000, 0));
        List<ReachablePiece> pieces = new CatchmentEngine(net).run(points(500, 0), options(5, 10)).pieces();
        assertThat(pieces).hasSize(4);
        assertThat(reachedLength(pieces, 1)).isCloseTo(1000, offset(1e-9));
    }
}
