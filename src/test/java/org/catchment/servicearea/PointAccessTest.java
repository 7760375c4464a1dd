package org.catchment.servicearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.catchment.network.TestNetworks.at;
import static org.catchment.network.TestNetworks.chain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.network.OpenRoadsNetworkBuilder;
import org.catchment.network.ProbeSearch;
import org.catchment.network.SnapPoint;
import org.catchment.network.Snapper;
import org.catchment.network.WalkingNetwork;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Minutes from the nearest facility to points: by hand on a chain, and against direct searches on the sample town. */
class PointAccessTest {

    static final double MPM = 80;

    /*
     *  a ------ b ------ c ------ d      400 m links, one facility 40 m off a; bands 10 and 12
     *              P (600, 60)   Q (1000, 0)   R (600, 400)
     */
    @Test
    void chainTimesByHand() {
        WalkingNetwork net = chain(400, 3);
        CatchmentOptions options = CatchmentOptions.defaults().withBands(10, 12);
        CatchmentResult r = new CatchmentEngine(net).run(ServiceAreaFixtures.points(0, 40), options);
        PointAccess points = PointAccess.snap(net, List.of(at(600, 60), at(1000, 0), at(600, 400), at(900, 60)), 250);
        double[] t = points.minutes(r);
        assertThat(t[0]).isCloseTo((40 + 600 + 60) / MPM, offset(1e-12));
        assertThat(t[1]).isEqualTo(PointAccess.BEYOND);
        assertThat(t[2]).isNaN();
        // 900 m along plus the 40 m and 60 m legs is 12.5 min: the network time is known but the point is past 12
        assertThat(t[3]).isEqualTo(PointAccess.BEYOND);
        double[] ignored = points.minutes(new CatchmentEngine(net).run(ServiceAreaFixtures.points(0, 40),
                options.withOffNetworkLeg(CatchmentOptions.OffNetworkLeg.IGNORE)));
        assertThat(ignored[0]).isCloseTo(600 / MPM, offset(1e-12));
        assertThat(ignored[3]).isCloseTo(900 / MPM, offset(1e-12));
    }

    @Test
    void sampleTownPostcodesEqualADirectSearchFromEachPoint() throws Exception {
        Path sample = Path.of("data", "sample");
        Layer roads = LayerReader.read(sample.resolve("RoadLink.shp"), ReadOptions.defaults());
        Layer gps = LayerReader.read(sample.resolve("gp.shp"), ReadOptions.defaults());
        List<Facility> facilities = new ArrayList<>();
        for (int i = 0; i < gps.features().size(); i++) {
            facilities.add(new Facility(i, "gp" + i, "gp" + i, Layer.geometry(gps.features().get(i))));
        }
        List<Coordinate> postcodes = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(sample.resolve("postcodes.csv"))) {
            String[] f = line.split(",");
            postcodes.add(new Coordinate(Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        try (WalkingNetwork net = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addRoads(roads).build().network()) {
            CatchmentOptions options = CatchmentOptions.defaults().withBands(5, 10);
            CatchmentResult r = new CatchmentEngine(net).run(facilities, options);
            double[] t = PointAccess.snap(net, postcodes, options.snapToleranceM()).minutes(r);
            Snapper snapper = new Snapper(net, options.snapToleranceM());
            int reached = 0;
            int beyond = 0;
            for (int i = 0; i < postcodes.size(); i++) {
                SnapPoint sp = snapper.snap("p", postcodes.get(i));
                assertThat(sp).isNotNull();
                double direct = ProbeSearch.minutesAt(net, 4.8, r.starts().starts(), 10, sp) + sp.offsetM() / MPM;
                if (direct <= 10) {
                    assertThat(t[i]).as("postcode %d", i).isCloseTo(direct, offset(1e-9));
                    reached++;
                } else {
                    assertThat(t[i]).as("postcode %d", i).isEqualTo(PointAccess.BEYOND);
                    beyond++;
                }
            }
            assertThat(reached).isGreaterThan(100);
            assertThat(beyond).isGreaterThan(10);
        }
    }
}
