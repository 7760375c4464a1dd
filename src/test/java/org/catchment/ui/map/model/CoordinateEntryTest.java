package org.catchment.ui.map.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.catchment.layer.Crs;
import org.catchment.ui.map.model.CoordinateEntry.Axes;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Coordinates typed into Go to coordinate, onto the map's CRS (British National Grid here, from its layers). */
class CoordinateEntryTest {

    @Test
    void anEastingAndNorthingAreTheMapsOwn() {
        assertThat(CoordinateEntry.parse("354,000", " 398000.5 ", Axes.MAP, null))
                .isEqualTo(new Coordinate(354_000, 398_000.5));
    }

    @Test
    void aLongitudeAndLatitudeAreBroughtOntoTheMapsCrs() {
        // as in CrsTest (PROJ 9.1.1 cs2cs): EPSG:27700 (351000, 395000) is -2.739277, 53.449471
        Coordinate c = CoordinateEntry.parse("-2.739277", "53.449471", Axes.LON_LAT, Crs.epsg(27700));
        assertThat(c.x).isCloseTo(351_000, org.assertj.core.data.Offset.offset(2.0));
        assertThat(c.y).isCloseTo(395_000, org.assertj.core.data.Offset.offset(2.0));
        assertThat(CoordinateEntry.parse("-2.5", "53", Axes.LON_LAT, Crs.wgs84())).isEqualTo(new Coordinate(-2.5, 53));
    }

    @Test
    void whatCannotBeUsedIsSaidInWords() {
        assertThatThrownBy(() -> CoordinateEntry.parse("abc", "1", Axes.MAP, null))
                .hasMessage("The easting must be a number, not 'abc'");
        assertThatThrownBy(() -> CoordinateEntry.parse("1", "", Axes.MAP, null)).hasMessage("The northing must be a number");
        assertThatThrownBy(() -> CoordinateEntry.parse("-2.7", "95", Axes.LON_LAT, Crs.epsg(27700)))
                .hasMessage("The latitude must be from -90 to 90 degrees (south is negative)");
        assertThatThrownBy(() -> CoordinateEntry.parse("200", "53", Axes.LON_LAT, Crs.epsg(27700)))
                .hasMessage("The longitude must be from -180 to 180 degrees (west is negative)");
        assertThatThrownBy(() -> CoordinateEntry.parse("-2.7", "53.4", Axes.LON_LAT, null))
                .hasMessageStartingWith("The map has no layer yet");
    }
}
