package org.catchment.servicearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.GF;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.build;
import static org.catchment.network.TestNetworks.road;
import static org.catchment.network.TestNetworks.square;
import static org.catchment.servicearea.ServiceAreaFixtures.points;
import static org.catchment.servicearea.ServiceAreaFixtures.rectangle;

import java.util.ArrayList;
import java.util.List;
import org.catchment.network.NetworkLink;
import org.catchment.network.WalkingNetwork;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class ServiceAreasTest {

    /*
     * F at a: a ====== b, 400 m, reached whole within 10 minutes; trim 100 m.
     * The buffer is a 400 x 200 rectangle plus two half discs drawn as half 32-gons:
     * area = 2 x 100 x 400 + 16 r^2 sin(pi/16) = 80,000 + 31,214.45 = 111,214.45 m2.
     */
    @Test
    void bufferOfOneStreetHasTheAreaWorkedOutByHand() {
        WalkingNetwork net = build(road("ab", "a", "b", 0, 0, 400, 0));
        CatchmentResult r = new CatchmentEngine(net).run(points(0, 0), CatchmentOptions.defaults().withBands(10));
        double expected = 80_000 + 16 * 100 * 100 * Math.sin(Math.PI / 16);
        assertThat(r.disks().get(0).getArea()).isCloseTo(expected, offset(1e-6 * expected));
    }

    /*
     *  a --------- b
     *  |           |     a 600 m square block of streets, all reached; trim 100 m:
     *  |   hole    |     the unreached middle stays a 400 x 400 m hole (inside corners are sharp).
     *  d --------- c
     */
    @Test
    void holesSurviveWhereNoStreetComesWithinTheTrimDistance() {
        WalkingNetwork net = square(600);
        CatchmentResult r = new CatchmentEngine(net).run(points(0, 600), CatchmentOptions.defaults().withBands(30));
        Geometry disk = r.disks().get(0);
        assertThat(disk.getNumGeometries()).isEqualTo(1);
        Polygon p = (Polygon) disk.getGeometryN(0);
        assertThat(p.getNumInteriorRing()).isEqualTo(1);
        assertThat(GF.createPolygon(p.getInteriorRingN(0)).getArea()).isCloseTo(160_000, offset(1e-6));
        assertThat(disk.contains(GF.createPoint(at(300, 300)))).isFalse();
    }

    /* A 5 x 5 grid of 200 m streets with two facilities: rings partition the largest disk exactly. */
    @Test
    void ringsAreExactDifferencesOfDisks() {
        List<NetworkLink> links = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            for (int j = 0; j < 5; j++) {
                links.add(road("h" + i + "_" + j, "n" + j + "_" + i, "n" + (j + 1) + "_" + i, j * 200, i * 200, (j + 1) * 200, i * 200));
                links.add(road("v" + i + "_" + j, "n" + i + "_" + j, "n" + i + "_" + (j + 1), i * 200, j * 200, i * 200, (j + 1) * 200));
            }
        }
        WalkingNetwork net = build(links.toArray(new NetworkLink[0]));
        CatchmentResult r = new CatchmentEngine(net).run(points(130, 410, 870, 620),
                CatchmentOptions.defaults().withBands(5, 10).withRings(true));
        List<Geometry> rings = r.bandPolygons();
        double disk5 = r.disks().get(0).getArea();
        double disk10 = r.disks().get(1).getArea();
        double ring = rings.get(1).getArea();
        assertThat(disk10 - disk5).isCloseTo(ring, offset(1e-6 * ring));
        assertThat(rings.get(0).getArea()).isEqualTo(disk5);
        assertThat(rings.get(0).intersection(rings.get(1)).getArea()).isLessThan(1e-6);
    }

    /*
     *  a ====================================== b     road along y = 0
     *      +--------+
     *      |  park  |    100 x 100 m, its south side 10 m from the road: the access points along that
     *      +--------+    side join within the 30 m tolerance; the interior counts as served.
     */
    @Test
    void parkIsReachedFromItsBoundaryAndItsInteriorIsServed() {
        WalkingNetwork net = build(road("ab", "a", "b", -1000, 0, 1000, 0));
        Facility park = new Facility(0, "p", "Rec ground", rectangle(0, 10, 100, 110));
        CatchmentResult r = new CatchmentEngine(net).run(List.of(park), CatchmentOptions.defaults().withBands(5));
        assertThat(r.starts().snaps()).isNotEmpty();
        assertThat(r.starts().snaps()).allSatisfy(s -> assertThat(s.offsetM()).isCloseTo(10, offset(1e-6)));
        assertThat(r.starts().notes()).isEmpty();
        // spacing 50 m along the south side: access at x = 0, 50, 100 (and the corners' neighbours)
        double minX = r.starts().snaps().stream().mapToDouble(s -> s.snapped().x).min().orElseThrow();
        double maxX = r.starts().snaps().stream().mapToDouble(s -> s.snapped().x).max().orElseThrow();
        assertThat(minX).isCloseTo(at(0, 0).x, offset(1e-6));
        assertThat(maxX).isCloseTo(at(100, 0).x, offset(1e-6));
        // 400 m less the 10 m leg either side of the park's 100 m frontage
        assertThat(ServiceAreaFixtures.reachedLength(r.pieces(), 0)).isCloseTo(100 + 2 * 390, offset(1e-6));
        assertThat(r.disks().get(0).contains(rectangle(0, 10, 100, 110))).isTrue();
    }

    /* A park 120 m from the only road: no access point within 30 m, so its nearest boundary point is used and noted. */
    @Test
    void parkAwayFromTheNetworkFallsBackToItsNearestBoundaryPointAndSaysSo() {
        WalkingNetwork net = build(road("ab", "a", "b", -1000, 0, 1000, 0));
        Facility park = new Facility(0, "p", "Hidden garden", rectangle(0, 120, 100, 220));
        CatchmentResult r = new CatchmentEngine(net).run(List.of(park), CatchmentOptions.defaults().withBands(5));
        assertThat(r.starts().snaps()).hasSize(1);
        assertThat(r.starts().snaps().get(0).offsetM()).isCloseTo(120, offset(1e-6));
        assertThat(r.starts().notes()).containsExactly("Hidden garden: no path or road crosses its boundary or comes"
                + " within 30 m of it at the access points (every 50 m); it is reached from the boundary point nearest"
                + " the network, 120 m away.");
    }

    @Test
    void perFacilityPolygonsOverlapWhereMergedOnesDoNotDoubleCount() {
        WalkingNetwork net = build(road("ab", "a", "b", 0, 0, 1000, 0));
        CatchmentResult r = new CatchmentEngine(net).run(points(300, 0, 700, 0),
                CatchmentOptions.defaults().withBands(5).withPerFacility(true));
        assertThat(r.perFacility()).hasSize(2);
        Geometry a = r.perFacility().get(0).get(0);
        Geometry b = r.perFacility().get(1).get(0);
        // each reaches 400 m either way (clipped at the street's ends): [0, 700] and [300, 1000]
        assertThat(a.intersects(b)).isTrue();
        assertThat(a.union(b).getArea()).isCloseTo(r.disks().get(0).getArea(), offset(1e-6));
    }
}
