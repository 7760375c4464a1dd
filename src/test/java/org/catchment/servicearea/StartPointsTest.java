package org.catchment.servicearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.build;
import static org.catchment.network.TestNetworks.road;
import static org.catchment.servicearea.ServiceAreaFixtures.rectangle;

import java.util.List;
import org.catchment.network.WalkingNetwork;
import org.junit.jupiter.api.Test;

class StartPointsTest {

    /*
     *                 / (200, 200)
     *         +-----+/       park (100, 60)-(160, 90): the road's bounding box holds it,
     *         | park/        but the road never meets its boundary. The boundary is
     *         +---/-+        sampled every 45 m (180 m perimeter, spacing at most 50 m)
     *           /            from (100, 60): (145, 60), (160, 75), (115, 90). The nearest
     * (0, 0)  /              to y = x is (115, 90), 25 / sqrt 2 = 17.68 m away (< 30 m).
     */
    @Test
    void roadNearAParkWithoutMeetingItsBoundaryGivesAccessPointsFromTheBoundarySamples() {
        WalkingNetwork net = build(road("diagonal", "a", "b", 0, 0, 200, 200));
        Facility park = new Facility(0, "p", "Park", rectangle(100, 60, 160, 90));
        StartPoints.Result r = StartPoints.of(net, List.of(park), CatchmentOptions.defaults());
        assertThat(r.failures()).isEmpty();
        assertThat(r.notes()).isEmpty();
        assertThat(r.snaps()).isNotEmpty();
        assertThat(r.snaps().stream().mapToDouble(s -> s.offsetM()).min().orElseThrow())
                .isCloseTo(25 / Math.sqrt(2), offset(1e-6));
    }
}
