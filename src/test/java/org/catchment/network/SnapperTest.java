package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.build;
import static org.catchment.network.TestNetworks.motorway;
import static org.catchment.network.TestNetworks.road;

import com.graphhopper.routing.util.AccessFilter;
import com.graphhopper.storage.index.Snap;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Layer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineSegment;

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
        assertThat(f.nearestM()).as("the exact distance to the link").isCloseTo(400, offset(1e-6));
        assertThat(new Snapper(net, 250).snapOrFail("Far", at(200, 2600))).isInstanceOfSatisfying(SnapFailure.class,
                far -> assertThat(far.nearestM()).as("beyond the 2 km searched").isInfinite());
    }

    /*
     *  a ---- b ---- c     two links meeting at b; a point level with b snaps onto the tower node b
     *         *            (one start whichever link is named), one beside a's link between nodes
     */
    @Test
    void aPointLevelWithAJunctionSnapsOntoItsNodeAndTheSearchStartsThere() {
        WalkingNetwork net = build(road("L1", "a", "b", 0, 0, 100, 0), road("L2", "b", "c", 100, 0, 200, 0));
        SnapPoint atB = new Snapper(net, 250).snap("At b", at(100, -40));
        assertThat(atB.recipe().position()).isEqualTo(com.graphhopper.storage.index.Snap.Position.TOWER);
        assertThat(atB.offsetM()).isCloseTo(40, offset(1e-9));
        SnapPoint mid = new Snapper(net, 250).snap("Mid a-b", at(30, 10));
        assertThat(mid.recipe().position()).isEqualTo(com.graphhopper.storage.index.Snap.Position.EDGE);
        SearchResult r = new MultiSourceSearch(net, 4.8).run(List.of(new SearchStart(atB, 0, 0)), 10);
        // 80 m a minute: a and c are both 100 m from b
        assertThat(r.minutes(nodeAt(net, 0, 0))).isCloseTo(1.25, offset(1e-9));
        assertThat(r.minutes(nodeAt(net, 200, 0))).isCloseTo(1.25, offset(1e-9));
        SearchResult fromMid = new MultiSourceSearch(net, 4.8).run(List.of(new SearchStart(mid, 0, 0)), 10);
        assertThat(fromMid.minutes(nodeAt(net, 0, 0))).isCloseTo(30 / 80.0, offset(1e-9));
        assertThat(fromMid.minutes(nodeAt(net, 200, 0))).isCloseTo(170 / 80.0, offset(1e-9));
    }

    @Test
    void theNearestSegmentIsTheOneABruteForceSearchFinds() {
        Layer roads = LayerReader.read(Path.of("data", "sample", "RoadLink.shp"), ReadOptions.defaults());
        try (WalkingNetwork net = new OpenRoadsNetworkBuilder(roads.crs()).addRoads(roads).build().network()) {
            Random random = new Random(18);
            Snapper snapper = new Snapper(net, 250);
            EdgeGeometries g = net.geometries();
            for (int i = 0; i < 3000; i++) {
                Coordinate p = new Coordinate(
                        348_000 + random.nextDouble() * 10_000, 388_000 + random.nextDouble() * 9_000);
                double best = Double.POSITIVE_INFINITY;
                for (int e = 0; e < net.edgeCount(); e++) {
                    for (int s = 0; net.isWalkable(e) && s + 1 < g.pointCount(e); s++) {
                        best = Math.min(best, new LineSegment(g.x(e, s), g.y(e, s),
                                g.x(e, s + 1), g.y(e, s + 1)).distance(p));
                    }
                }
                SnapOutcome o = snapper.snapOrFail("P" + i, p);
                double found = o instanceof SnapPoint sp ? sp.offsetM() : ((SnapFailure) o).nearestM();
                if (best > 2000) {
                    assertThat(found).as("point %d", i).isInfinite();
                } else {
                    // within a millimetre: a point a few centimetres past a segment's end in latitude and
                    // longitude is put on the vertex, as GraphHopper's query graph requires
                    assertThat(found).as("point %d", i).isCloseTo(best, offset(1e-3));
                    assertThat(o instanceof SnapPoint).as("point %d", i).isEqualTo(best <= 250);
                }
                if (o instanceof SnapPoint sp) {
                    assertThat(g.pointAt(sp.edge(), sp.alongM()).distance(sp.snapped())).as("point %d", i)
                            .isLessThan(1e-6);
                }
            }
        }
    }

    private static int nodeAt(WalkingNetwork net, double x, double y) {
        Coordinate c = at(x, y);
        for (int n = 0; n < net.nodeCount(); n++) {
            if (Math.abs(net.nodeX(n) - c.x) < 1e-6 && Math.abs(net.nodeY(n) - c.y) < 1e-6) {
                return n;
            }
        }
        throw new IllegalArgumentException("no node at " + c);
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
