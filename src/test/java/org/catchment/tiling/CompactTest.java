package org.catchment.tiling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.io.WKTReader;

/** A packed copy keeps every x and y to the last bit, holes and parts included, in 2 doubles a vertex. */
class CompactTest {

    @Test
    void aPackedCopyIsTheSameGeometryInTwoDoublesAVertex() throws Exception {
        Geometry g = new WKTReader(new GeometryFactory()).read("MULTIPOLYGON (((0.1 0.2, 10.333333333333334 0,"
                + " 10 10, 0 10, 0.1 0.2), (2 2, 3 2, 3 3, 2 2)), ((20 20, 21 20, 21 21.000000000000004, 20 20)))");
        Geometry packed = Compact.of(g);
        assertThat(packed.equalsExact(g, 0)).isTrue();
        assertThat(packed.getArea()).isEqualTo(g.getArea());
        Polygon first = (Polygon) packed.getGeometryN(0);
        assertThat(first.getExteriorRing().getCoordinateSequence()).isInstanceOf(PackedCoordinateSequence.Double.class);
        assertThat(first.getExteriorRing().getCoordinateSequence().getDimension()).isEqualTo(2);
        assertThat(first.getInteriorRingN(0).getCoordinateSequence()).isInstanceOf(PackedCoordinateSequence.Double.class);
        assertThat(packed.getGeometryN(1).getCoordinates()[2].y).isEqualTo(21.000000000000004);
        assertThat(Compact.of(packed)).isEqualTo(packed);
        Geometry empty = new GeometryFactory().createPolygon();
        assertThat(Compact.of(empty)).isSameAs(empty);
    }
}
