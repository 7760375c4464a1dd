package org.catchment.servicearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.GF;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.build;
import static org.catchment.network.TestNetworks.road;
import static org.catchment.servicearea.ServiceAreaFixtures.points;
import static org.catchment.servicearea.ServiceAreaFixtures.rectangle;

import java.util.ArrayList;
import java.util.List;
import org.catchment.network.NetworkLink;
import org.catchment.network.WalkingNetwork;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

class PolygonWindowTest {

    private static LineString line(double x0, double y0, double x1, double y1) {
        return GF.createLineString(new Coordinate[] {at(x0, y0), at(x1, y1)});
    }

    /*
     * Coordinates relative to the test networks' origin ({@code at}).
     * Window: the square 0..100 x 0..100; trim 10 m, so a tile of lines is kept when one of its
     * lines' envelopes is within 20 m of the window:
     *   inside (50,50)-(60,50)          near
     *   east at x = 115 (15 m away)     near
     *   east at x = 125 (25 m away)     not
     *   crossing the west side          near
     *   north at y = 121 (21 m away)    not
     */
    @Test
    void aTileIsBufferedWhenOneOfItsLinesIsWithinTwiceTheTrimDistanceOfTheWindow() {
        PolygonWindow window = PolygonWindow.of(rectangle(0, 0, 100, 100));
        LineString inside = line(50, 50, 60, 50);
        LineString east15 = line(115, 0, 115, 100);
        LineString east25 = line(125, 0, 125, 100);
        LineString west = line(-50, 50, 10, 50);
        LineString north21 = line(0, 121, 100, 121);
        assertThat(window.anyNear(List.of(inside), 10)).isTrue();
        assertThat(window.anyNear(List.of(east15), 10)).isTrue();
        assertThat(window.anyNear(List.of(west), 10)).isTrue();
        assertThat(window.anyNear(List.of(east25, north21), 10)).isFalse();
        assertThat(window.anyNear(List.of(east25, north21, east15), 10)).isTrue();
    }

    /*
     * Filled blocks are cut to the window's envelope widened by 2 x trim (-20..120): a block inside
     * it is kept as it is (the same object), one across its edge is cut there (the block 100..200 x
     * 0..50 keeps 100..120 x 0..50, 1,000 m2), one beyond it is left out.
     */
    @Test
    void filledBlocksAreCutToTheWindowsNeighbourhood() {
        PolygonWindow window = PolygonWindow.of(rectangle(0, 0, 100, 100));
        Geometry inside = rectangle(10, 10, 50, 50);
        Geometry across = rectangle(100, 0, 200, 50);
        Geometry beyond = rectangle(130, 0, 200, 50);
        List<Geometry> cut = window.cut(List.of(inside, across, beyond), 10);
        assertThat(cut).hasSize(2);
        assertThat(cut.get(0)).isSameAs(inside);
        assertThat(cut.get(1).getArea()).isCloseTo(1_000, offset(1e-6));
        assertThat(cut.get(1).getEnvelopeInternal().getMaxX()).isCloseTo(at(120, 0).x, offset(1e-9));
    }

    /* Facility areas (served whole) are kept when their envelope meets the window: the one 1 m away is not. */
    @Test
    void keepsTheFacilityAreasThatMeetTheWindow() {
        PolygonWindow window = PolygonWindow.of(rectangle(0, 0, 100, 100));
        Geometry overlapping = rectangle(90, 90, 120, 120);
        Geometry touching = rectangle(100, 0, 110, 10);
        Geometry apart = rectangle(101, 50, 110, 60);
        assertThat(window.near(List.of(apart, overlapping, touching))).containsExactly(overlapping, touching);
    }

    /*
     * An L-shaped window (the square 0..100 less its north-east quarter 50..100 x 50..100): a line at
     * (85,85)-(90,90) lies inside the window's envelope but 35 m from the L, so it is not near; one at
     * (60,60)-(65,65) is 10 m from it and is.
     */
    @Test
    void measuresFromTheWindowsShapeNotItsEnvelope() {
        Geometry l = rectangle(0, 0, 100, 100).difference(rectangle(50, 50, 100, 100));
        PolygonWindow window = PolygonWindow.of(l);
        assertThat(window.anyNear(List.of(line(85, 85, 90, 90)), 10)).isFalse();
        assertThat(window.anyNear(List.of(line(60, 60, 65, 65)), 10)).isTrue();
    }

    /*
     * A 10 x 10 grid of 200 m streets (0..2000 m square), all reached from one facility at the
     * middle within 60 minutes; trim 100 m. The window is the square -150..450 (360,000 m2) at the
     * south-west corner. Inside it everything is within 100 m of a street (a 200 m block's middle
     * is exactly 100 m from its sides) but the strips x < -100 and y < -100 (2 x 50 x 600 - 50 x 50
     * = 57,500 m2) and the corner square -100..0 less the round join there, a quarter of a 32-gon
     * (4 r^2 sin(pi/16)). The disk drawn for the window alone has that area inside it, as has the
     * whole disk, and it is much smaller outside.
     */
    @Test
    void theDiskInsideTheWindowIsTheWholeDisksPart() {
        List<NetworkLink> links = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            for (int j = 0; j < 10; j++) {
                links.add(road("h" + i + "_" + j, "n" + j + "_" + i, "n" + (j + 1) + "_" + i, j * 200, i * 200,
                        (j + 1) * 200, i * 200));
                links.add(road("v" + i + "_" + j, "n" + i + "_" + j, "n" + i + "_" + (j + 1), i * 200, j * 200,
                        i * 200, (j + 1) * 200));
            }
        }
        WalkingNetwork net = build(links.toArray(new NetworkLink[0]));
        Geometry cell = rectangle(-150, -150, 450, 450);
        CatchmentOptions options = CatchmentOptions.defaults().withBands(60);
        CatchmentResult whole = new CatchmentEngine(net).run(points(1000, 1000), options);
        CatchmentResult windowed = new CatchmentEngine(net).run(points(1000, 1000), options, () -> false,
                PolygonWindow.of(cell));
        double served = 360_000 - 57_500 - (100 * 100 - 4 * 100 * 100 * Math.sin(Math.PI / 16));
        assertThat(whole.disks().get(0).intersection(cell).getArea()).isCloseTo(served, offset(1e-6));
        assertThat(windowed.disks().get(0).intersection(cell).getArea()).isCloseTo(served, offset(1e-6));
        assertThat(windowed.disks().get(0).getArea()).isLessThan(whole.disks().get(0).getArea() / 4);
        assertThat(windowed.pieces()).isEqualTo(whole.pieces());
    }
}
