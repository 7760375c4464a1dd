package org.catchment.ui.map.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.catchment.ui.map.model.Measurement.Kind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Distances and areas clicked on the map, worked out by hand on a 300-400-500 m right triangle
 * from (354000, 398000): two legs of 300 m and 400 m, a hypotenuse of 500 m, an area of
 * 300 x 400 / 2 = 60,000 m² (6 ha).
 */
class MeasurementTest {

    private static final Coordinate A = new Coordinate(354_000, 398_000);
    private static final Coordinate B = new Coordinate(354_300, 398_000);
    private static final Coordinate C = new Coordinate(354_300, 398_400);

    @Test
    void aDistanceIsTheLengthOfTheLineThroughThePoints() {
        Measurement m = new Measurement(Kind.DISTANCE);
        assertThat(m.text()).isEqualTo("Measure distance: click the points of the line.");
        m.add(A, 1);
        assertThat(m.geometry()).isInstanceOf(Point.class);
        m.add(B, 1);
        assertThat(m.lengthM()).isEqualTo(300);
        m.add(C, 1);
        assertThat(m.add(new Coordinate(354_300.5, 398_400), 1)).as("the second click of a double-click").isFalse();
        assertThat(m.lengthM()).isEqualTo(700);
        assertThat(m.geometry()).isInstanceOf(LineString.class);
        assertThat(m.text()).isEqualTo("Distance 700 m (2 segments). Double-click to finish.");
        m.finish();
        assertThat(m.text()).endsWith("Click to start again.");
        m.add(C, 1);
        assertThat(m.points()).as("a click after finishing starts again").containsExactly(C);
        assertThat(m.lengthM()).isZero();
    }

    @Test
    void anAreaIsThePolygonClosedBackToTheFirstPointWithItsPerimeter() {
        Measurement m = new Measurement(Kind.AREA);
        m.add(A, 1);
        m.add(B, 1);
        assertThat(m.areaM2()).isZero();
        assertThat(m.text()).isEqualTo("Measure area: click the corners of the area.");
        m.add(C, 1);
        assertThat(m.areaM2()).isEqualTo(60_000);
        assertThat(m.lengthM()).as("300 + 400 + 500").isEqualTo(1200);
        assertThat(m.geometry()).isInstanceOf(Polygon.class);
        assertThat(m.geometry().getArea()).isEqualTo(60_000);
        assertThat(m.text()).isEqualTo("Area 6.00 ha (60,000 m\u00b2), perimeter 1.20 km. Double-click to finish.");
        Measurement clockwise = new Measurement(Kind.AREA);
        clockwise.add(C, 1);
        clockwise.add(B, 1);
        clockwise.add(A, 1);
        assertThat(clockwise.areaM2()).as("either way round").isEqualTo(60_000);
    }

    @Test
    void lengthsAndAreasAreWrittenInTheirUnits() {
        assertThat(Measurement.distance(999.4)).isEqualTo("999 m");
        assertThat(Measurement.distance(1234)).isEqualTo("1.23 km");
        assertThat(Measurement.distance(12_345)).isEqualTo("12.3 km");
        assertThat(Measurement.area(9_999)).isEqualTo("9,999 m\u00b2");
        assertThat(Measurement.area(2_500_000)).isEqualTo("2.50 km\u00b2 (250 ha)");
    }
}
