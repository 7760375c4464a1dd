package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.build;
import static org.catchment.network.TestNetworks.motorway;
import static org.catchment.network.TestNetworks.road;

import com.graphhopper.routing.util.AccessFilter;
import com.graphhopper.storage.index.Snap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapperTest {

    /*
     *  a ----------------------------- b      one 400 m link along y = 0
     *            * facility at (120, 35)
     */
    @Test
    void facilityMidLinkSnapsToTheNearestPointOfTheLinkNotToANode() {
        WalkingNetwork net = build(road("L1", "a", "b", 0, 0, 400, 0));
        SnapPoint s = new Snapper(net, 250).snap("Surgery", at(120, 35));
        assertThat(s).isNotNull();
        assertThat(s.edge()).isEqualTo(0);
        assertThat(s.alongM()).isCloseTo(120, offset(1e-6));
        assertThat(s.offsetM()).isCloseTo(35, offset(1e-6));
        assertThat(s.snapped().x).isCloseTo(at(120, 0).x, offset(1e-6));
        assertThat(s.snapped().y).isCloseTo(at(120, 0).y, offset(1e-6));
    }

    /* A link with a bend: a (0,0) -> (300,0) -> (300,300) b; facility beside the second leg. */
    @Test
    void alongDistanceFollowsTheLinksGeometry() {
        WalkingNetwork net = build(road("L1", "a", "b", 0, 0, 300, 0, 300, 300));
        SnapPoint s = new Snapper(net, 250).snap("Library", at(320, 100));
        assertThat(s.alongM()).isCloseTo(400, offset(1e-6));
        assertThat(s.offsetM()).isCloseTo(20, offset(1e-6));
    }

    @Test
    void directionOfTheEdgeDoesNotChangeTheAlongDistance() {
        WalkingNetwork net = build(road("L1", "b", "a", 400, 0, 0, 0));
        SnapPoint s = new Snapper(net, 250).snap("Park", at(120, -10));
        // the edge runs from b (x = 400) to a, so the point is 280 m from its base node
        assertThat(s.alongM()).isCloseTo(280, offset(1e-6));
        assertThat(s.offsetM()).isCloseTo(10, offset(1e-6));
    }

    @Test
    void facilityFarFromAnyRoadIsReportedByName() {
        WalkingNetwork net = build(road("L1", "a", "b", 0, 0, 400, 0));
        Snapper.Result r = new Snapper(net, 250).snapAll(List.of("Near GP", "Moorland Foodbank"),
                List.of(at(200, 50), at(200, 400)));
        assertThat(r.snapped()).extracting(SnapPoint::name).containsExactly("Near GP");
        assertThat(r.failures()).hasSize(1);
        SnapFailure f = r.failures().get(0);
        assertThat(f.name()).isEqualTo("Moorland Foodbank");
        assertThat(f.message()).startsWith("Moorland Foodbank at (350200, 400400): ")
                .contains("beyond the snap tolerance of 250 m");
        if (!Double.isInfinite(f.nearestM())) {
            assertThat(f.nearestM()).isCloseTo(400, offset(1e-6));
        }
    }

    @Test
    void motorwaysAreNeverSnappedTo() {
        WalkingNetwork net = build(
                motorway("M", "m1", "m2", 0, 0, 400, 0),
                road("R", "r1", "r2", 0, 100, 400, 100));
        SnapPoint s = new Snapper(net, 250).snap("Beside the motorway", at(200, 5));
        assertThat(net.edgeSourceId(s.edge())).isEqualTo("R");
        assertThat(s.offsetM()).isCloseTo(95, offset(1e-6));
    }

    /*
     *  C |                                two links meeting at a right angle at a;
     *    |  * (20.00, 19.98)              the facility is 19.98 m from A and 20.00 m from C
     *  a +------------------ A
     */
    @Test
    void nearestEdgeIsMeasuredInBritishNationalGridNotInGraphHoppersLongitudeAndLatitude() {
        WalkingNetwork net = build(road("A", "a", "b", 0, 0, 400, 0), road("C", "a", "c", 0, 0, 0, 400));
        double[] ll = net.projection().toLonLat(new double[] {at(20, 19.98).x, at(20, 19.98).y}, 1);
        Snap proposed = net.index().findClosest(ll[1], ll[0], AccessFilter.allEdges(net.access()));
        // the premise: GraphHopper's index, measuring in longitude/latitude, proposes the farther link
        assertThat(net.edgeSourceId(proposed.getClosestEdge().getEdge())).isEqualTo("C");

        SnapPoint s = new Snapper(net, 250).snap("Surgery", at(20, 19.98));
        assertThat(net.edgeSourceId(s.edge())).isEqualTo("A");
        assertThat(s.offsetM()).isCloseTo(19.98, offset(1e-9));
        assertThat(s.alongM()).isCloseTo(20, offset(1e-9));
        assertThat(s.snapped().x).isCloseTo(at(20, 0).x, offset(1e-9));
        assertThat(s.snapped().y).isCloseTo(at(20, 0).y, offset(1e-9));
    }

    @Test
    void aSnapOntoAnotherEdgeStartsTheSearchThere() {
        WalkingNetwork net = build(road("A", "a", "b", 0, 0, 400, 0), road("C", "a", "c", 0, 0, 0, 400));
        SnapPoint s = new Snapper(net, 250).snap("Surgery", at(20, 19.98));
        SearchResult r = new MultiSourceSearch(net, 4.8).run(TestNetworks.starts(s), 20);
        // from 20 m along A: 20 m to a, 380 m to b, and c 400 m beyond a (from C it would be 19.98, 399.98, 380.02)
        assertThat(r.minutes(TestNetworks.node(net, "a"))).isCloseTo(20 / 80.0, offset(1e-12));
        assertThat(r.minutes(TestNetworks.node(net, "b"))).isCloseTo(380 / 80.0, offset(1e-12));
        assertThat(r.minutes(TestNetworks.node(net, "c"))).isCloseTo(420 / 80.0, offset(1e-12));
    }
}
