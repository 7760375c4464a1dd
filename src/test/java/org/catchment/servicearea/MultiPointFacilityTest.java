package org.catchment.servicearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.GF;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.chain;
import static org.catchment.network.TestNetworks.road;
import static org.catchment.servicearea.ServiceAreaFixtures.reachedLength;

import java.util.List;
import java.util.stream.IntStream;
import org.catchment.CatchmentException;
import org.catchment.network.SearchResult;
import org.catchment.network.WalkingNetwork;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * A facility with two entrances (a multipoint): it is searched from both, so its catchment is the
 * union of what each entrance reaches and every node's time is the smaller of the two.
 *
 * <pre>
 *   P (0, 20)                                        20 m above a
 *   a ==========600========== b ==========600========== c = Q (1200, 0)
 * </pre>
 * At 80 m/min (4.8 km/h), walking the 20 m from P to the street: a = 20 / 80 = 0.25 min,
 * b = min((20 + 600) / 80, 600 / 80) = min(7.75, 7.5) = 7.5 min (from Q), c = 0.
 * At 5 min (400 m): P reaches 380 m of ab, Q 400 m of bc: 780 m in all, all of it facility 0's.
 */
class MultiPointFacilityTest {

    private static final WalkingNetwork NET = chain(600, 2);

    private static Facility twoEntrances(Coordinate... points) {
        return new Facility(0, "lib", "Central library", GF.createMultiPointFromCoords(points));
    }

    private static double minutesAt(SearchResult s, String node) {
        int n = IntStream.range(0, s.realNodeCount()).filter(i -> node.equals(NET.nodeSourceId(i))).findFirst().orElseThrow();
        return s.minutes(n);
    }

    @Test
    void eachPointIsAnEntranceAndNodeTimesAreTheMinimumOverBoth() {
        CatchmentResult r = new CatchmentEngine(NET).run(List.of(twoEntrances(at(0, 20), at(1200, 0))),
                CatchmentOptions.defaults().withBands(5, 10));
        assertThat(r.starts().starts()).hasSize(2).allMatch(s -> s.source() == 0);
        assertThat(minutesAt(r.search(), "a")).isCloseTo(0.25, offset(1e-9));
        assertThat(minutesAt(r.search(), "b")).isCloseTo(7.5, offset(1e-9));
        assertThat(minutesAt(r.search(), "c")).isCloseTo(0, offset(1e-9));
        assertThat(reachedLength(r.pieces(), 0)).isCloseTo(780, offset(1e-9));
        assertThat(reachedLength(r.pieces(), 1)).isCloseTo(1200, offset(1e-9));
        assertThat(r.pieces()).allMatch(p -> p.source() == 0);
    }

    @Test
    void theServiceAreaIsTheUnionOfWhatEachEntranceReachesAlone() {
        CatchmentOptions five = CatchmentOptions.defaults().withBands(5);
        CatchmentResult both = new CatchmentEngine(NET).run(List.of(twoEntrances(at(0, 20), at(1200, 0))), five);
        CatchmentResult fromP = new CatchmentEngine(NET).run(List.of(twoEntrances(at(0, 20), at(0, 20))), five);
        CatchmentResult fromQ = new CatchmentEngine(NET).run(List.of(twoEntrances(at(1200, 0), at(1200, 0))), five);
        assertThat(reachedLength(fromP.pieces(), 0)).isCloseTo(380, offset(1e-9));
        assertThat(reachedLength(fromQ.pieces(), 0)).isCloseTo(400, offset(1e-9));
        var union = fromP.bandPolygons().get(0).union(fromQ.bandPolygons().get(0));
        assertThat(both.bandPolygons().get(0).symDifference(union).getArea()).isLessThan(1e-6 * union.getArea());
    }

    /* A third entrance 1 km north of b cannot join the network (tolerance 250 m): a note, not a failure. */
    @Test
    void anEntranceOffTheNetworkIsANoteWhileAnotherJoins() {
        CatchmentResult r = new CatchmentEngine(NET).run(List.of(twoEntrances(at(0, 20), at(600, 1000))),
                CatchmentOptions.defaults().withBands(5));
        assertThat(r.starts().failures()).isEmpty();
        assertThat(r.starts().notes()).containsExactly("Central library: one of its 2 points, at (350600, 401000),"
                + " is 1000 m from the nearest walkable path or road, beyond the snap tolerance of 250 m; the facility is"
                + " reached from its other points.");
        assertThat(reachedLength(r.pieces(), 0)).isCloseTo(380, offset(1e-9));
    }

    /* Both entrances off the network: one failure for the facility, at its entrance nearest the network (600 m). */
    @Test
    void aFacilityFailsOnceWhenNoEntranceJoins() {
        StartPoints.Result r = StartPoints.of(NET, List.of(twoEntrances(at(600, 1000), at(0, 600))),
                CatchmentOptions.defaults());
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.point()).isEqualTo(at(0, 600));
            assertThat(f.nearestM()).isCloseTo(600, offset(1e-6));
        });
        assertThatThrownBy(() -> new CatchmentEngine(NET).run(List.of(twoEntrances(at(600, 1000), at(0, 600))),
                CatchmentOptions.defaults())).isInstanceOf(CatchmentException.class).hasMessageContaining("None of the 1");
    }
}
