package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Residents-weighted minutes and shares within bands per zone, worked out by hand. */
class ZoneAccessTest {

    static final GeometryFactory GF = new GeometryFactory();

    /*
     *  A (0-100) | B (100-200) | C (200-300) | D (300-400)      bands 5 and 10
     *  A: 10 residents at 4 min, 30 at 8 min            mean (40 + 240) / 40 = 7
     *  B: 20 at 3 min, 5 beyond 10 min                  no mean (more than 10), 20/25 within both bands
     *  C: 5 off the network                             no mean (off network), none within
     *  D: nobody
     *  one more resident (4 at 2 min) on the A|B boundary counts in both
     */
    @Test
    void meansAndSharesByHand() {
        List<Zone> zones = List.of(square("A", 0), square("B", 100), square("C", 200), square("D", 300));
        List<Population.Resident> residents = List.of(
                new Population.Resident(new Coordinate(50, 50), 10),
                new Population.Resident(new Coordinate(20, 80), 30),
                new Population.Resident(new Coordinate(150, 50), 20),
                new Population.Resident(new Coordinate(160, 10), 5),
                new Population.Resident(new Coordinate(250, 50), 5),
                new Population.Resident(new Coordinate(100, 40), 4));
        double[] minutes = {4, 8, 3, Double.POSITIVE_INFINITY, Double.NaN, 2};
        List<ZoneAccess.Row> rows = ZoneAccess.of(zones, residents, minutes, new double[] {5, 10}, "more_than_10");
        assertThat(rows).hasSize(8);
        ZoneAccess.Row a5 = rows.get(0);
        ZoneAccess.Row a10 = rows.get(1);
        assertThat(a5.zone()).isEqualTo("A");
        assertThat(a5.zoneResidents()).isEqualTo(44);
        assertThat(a5.meanMin()).isCloseTo((10 * 4 + 30 * 8 + 4 * 2) / 44.0, within(1e-12));
        assertThat(a5.meanFlag()).isEmpty();
        assertThat(a5.residentsWithin()).isEqualTo(14);
        assertThat(a5.shareWithin()).isCloseTo(14 / 44.0, within(1e-12));
        assertThat(a10.bandMin()).isEqualTo(10);
        assertThat(a10.shareWithin()).isEqualTo(1.0);
        ZoneAccess.Row b5 = rows.get(2);
        assertThat(b5.zoneResidents()).isEqualTo(29);
        assertThat(b5.meanMin()).isNull();
        assertThat(b5.meanFlag()).isEqualTo("more_than_10");
        assertThat(b5.residentsWithin()).isEqualTo(24);
        assertThat(rows.get(3).residentsWithin()).isEqualTo(24);
        ZoneAccess.Row c10 = rows.get(5);
        assertThat(c10.meanFlag()).isEqualTo("off_network");
        assertThat(c10.shareWithin()).isZero();
        ZoneAccess.Row d5 = rows.get(6);
        assertThat(d5.meanFlag()).isEqualTo("no_residents");
        assertThat(d5.shareWithin()).isNull();
        assertThat(d5.meanMin()).isNull();
    }

    private static Zone square(String name, double x0) {
        Geometry g = GF.createPolygon(new Coordinate[] {new Coordinate(x0, 0), new Coordinate(x0 + 100, 0),
            new Coordinate(x0 + 100, 100), new Coordinate(x0, 100), new Coordinate(x0, 0)});
        return new Zone(name, name, g);
    }
}
