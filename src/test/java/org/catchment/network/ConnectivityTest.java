package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.build;
import static org.catchment.network.TestNetworks.motorway;
import static org.catchment.network.TestNetworks.road;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityTest {

    /*
     *  main:    a ---- b ---- c ---- d        three 300 m links (900 m)
     *  island:  p -- q -- r -- s              three 20 m links (60 m), 500 m north
     *  motorway m1 ==== m2                    not walkable: not counted
     */
    @Test
    void countsComponentsAndNamesFacilitiesOnIslands() {
        WalkingNetwork net = build(
                road("ab", "a", "b", 0, 0, 300, 0),
                road("bc", "b", "c", 300, 0, 600, 0),
                road("cd", "c", "d", 600, 0, 900, 0),
                road("pq", "p", "q", 0, 500, 20, 500),
                road("qr", "q", "r", 20, 500, 40, 500),
                road("rs", "r", "s", 40, 500, 60, 500),
                motorway("mm", "m1", "m2", 0, -300, 900, -300));
        Connectivity c = Connectivity.of(net);
        assertThat(c.walkableEdges()).isEqualTo(6);
        assertThat(c.components()).isEqualTo(2);
        assertThat(c.totalLengthM()).isCloseTo(960, offset(1e-9));
        assertThat(c.largestShare()).isCloseTo(900.0 / 960, offset(1e-12));
        assertThat(c.islands()).hasSize(1);
        assertThat(c.islands().get(0).edges()).isEqualTo(3);
        assertThat(c.islands().get(0).lengthM()).isCloseTo(60, offset(1e-9));

        Snapper snapper = new Snapper(net, 250);
        List<String> warnings = c.warnings(List.of(snapper.snap("Town library", at(450, 10)),
                snapper.snap("Hamlet community centre", at(30, 510))));
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("Hamlet community centre joins the network on an island of 3 edges (60 m)");
    }
}
