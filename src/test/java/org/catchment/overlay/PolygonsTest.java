package org.catchment.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The polygon-only intersection, which leaves out the parts of either side that cannot meet the other. */
class PolygonsTest {

    private final GeometryFactory gf = new GeometryFactory();

    /** A 10 m square against a band of 400 squares, one of which it half covers: only that half counts. */
    @Test
    void aZoneAgainstAManyPartBandGetsOnlyTheNearPart() {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20; j++) {
                parts.add(square(i * 100, j * 100, 20));
            }
        }
        Geometry band = gf.createMultiPolygon(parts.toArray(new Polygon[0]));
        Geometry zone = square(515, 710, 10);
        Geometry both = Polygons.intersection(zone, band);
        assertThat(both.getArea()).isCloseTo(50.0, within(1e-9));
        assertThat(both.getEnvelopeInternal()).isEqualTo(new Envelope(515, 520, 710, 720));
        assertThat(Polygons.intersection(band, zone).getArea()).isCloseTo(50.0, within(1e-9));
    }

    /** Parts whose envelopes miss the other side give an empty polygon, not an error. */
    @Test
    void noNearPartGivesAnEmptyPolygon() {
        Geometry band = gf.createMultiPolygon(new Polygon[] {square(0, 0, 10), square(100, 0, 10)});
        Geometry far = Polygons.intersection(square(50, 50, 5), band);
        assertThat(far.isEmpty()).isTrue();
        assertThat(far).isInstanceOf(Polygon.class);
    }

    private Polygon square(double x, double y, double side) {
        return (Polygon) gf.toGeometry(new Envelope(x, x + side, y, y + side));
    }
}
