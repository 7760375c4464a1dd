package org.catchment.ui.results.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.catchment.layer.Crs;
import org.catchment.network.NetworkLink;
import org.catchment.network.OpenRoadsNetworkBuilder;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentEngine;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class PlaceTimesTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final double E = 350_000;
    private static final double N = 400_000;

    private static NetworkLink road(String id, String a, String b, double x0, double x1) {
        return new NetworkLink(id, a, b, GF.createLineString(new Coordinate[] {
            new Coordinate(E + x0, N), new Coordinate(E + x1, N)}), true, NetworkLink.Kind.ROAD);
    }

    /**
     * <pre>
     *  A ---- 800 m ---- B ---- 800 m ---- C ---- 800 m ---- D
     *  GP "West"                                           GP "East" is 2400 m away: beyond 20 min from B
     * </pre>
     * At 4.8 km/h (80 m a minute) B is 10 minutes from West, C 10 minutes from East and 20 from the
     * park at A, at the 20-minute limit of the parks search; D is beyond it.
     */
    @Test
    void minutesAndFacilityFromTheNearestNodePlusTheWalkToIt() {
        WalkingNetwork net = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addLinks(List.of(
                road("ab", "A", "B", 0, 800), road("bc", "B", "C", 800, 1600), road("cd", "C", "D", 1600, 2400)))
                .build().network();
        CatchmentOptions options = CatchmentOptions.defaults();
        CatchmentResult gp = new CatchmentEngine(net).run(List.of(
                new Facility(0, "w", "West", GF.createPoint(new Coordinate(E, N))),
                new Facility(1, "e", "East", GF.createPoint(new Coordinate(E + 2400, N)))), options);
        CatchmentResult parks = new CatchmentEngine(net).run(List.of(
                new Facility(0, "p", "Park", GF.createPoint(new Coordinate(E, N)))), options);
        PlaceTimes times = new PlaceTimes(net, List.of(PlaceTimes.TypeSearch.of("GP surgeries", 20, gp),
                PlaceTimes.TypeSearch.of("Parks", 10, parks)), 4.8);

        PlaceTimes.Place atB = times.at(new Coordinate(E + 800, N + 40));
        assertThat(atB.offsetM()).isCloseTo(40, within(1e-9));
        assertThat(atB.types().get(0).minutes()).isCloseTo(10.5, within(1e-6));
        assertThat(atB.types().get(0).facility()).isEqualTo("West");
        assertThat(atB.types().get(0).text()).isEqualTo("10.5 min to West");

        PlaceTimes.Place atC = times.at(new Coordinate(E + 1610, N));
        assertThat(atC.types().get(0).facility()).isEqualTo("East");
        assertThat(atC.types().get(0).minutes()).isCloseTo(10.125, within(1e-6));
        assertThat(atC.types().get(0).served()).isTrue();
        assertThat(atC.types().get(1).minutes()).as("the node C is 20 min from the park and the walk to it"
                + " takes the point past the search's 20 min: more than 20, not a number the search cannot vouch for")
                .isNaN();
        assertThat(atC.types().get(1).text()).isEqualTo("more than 20 min");
        assertThat(atC.types().get(1).served()).isFalse();
        PlaceTimes.Place onC = times.at(new Coordinate(E + 1600, N));
        assertThat(onC.types().get(1).minutes()).isCloseTo(20, within(1e-6));
        assertThat(onC.types().get(1).text()).isEqualTo("20.0 min to Park");
        assertThat(atB.types().get(1).minutes()).as("reached, but beyond the parks' served band of 10")
                .isCloseTo(10.5, within(1e-6));
        assertThat(atB.types().get(1).served()).isFalse();

        PlaceTimes.Place atD = times.at(new Coordinate(E + 2400, N));
        assertThat(atD.types().get(1).minutes()).isNaN();
        assertThat(atD.types().get(1).text()).isEqualTo("more than 20 min");

        PlaceTimes.Place far = times.beyond(2500);
        assertThat(far.node()).isEqualTo(-1);
        assertThat(far.types()).extracting(PlaceTimes.TypeTime::text).containsExactly("more than 20 min",
                "more than 20 min");
    }
}
