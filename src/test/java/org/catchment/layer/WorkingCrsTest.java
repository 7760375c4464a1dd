package org.catchment.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.catchment.CatchmentException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/** The working CRS rule: British National Grid in Great Britain, else the UTM zone of the centre. */
class WorkingCrsTest {

    private static Envelope around(double lon, double lat) {
        return new Envelope(lon - 0.05, lon + 0.05, lat - 0.03, lat + 0.03);
    }

    private static int auto(double lon, double lat) {
        return Crs.epsgCode(WorkingCrs.auto(around(lon, lat)).crs());
    }

    @Test
    void greatBritainWithItsIslandsAndTheIsleOfManIsBritishNationalGrid() {
        assertThat(auto(-0.1276, 51.5072)).as("London").isEqualTo(27700);
        assertThat(auto(-3.1883, 55.9533)).as("Edinburgh").isEqualTo(27700);
        assertThat(auto(-2.7393, 53.4495)).as("St Helens").isEqualTo(27700);
        assertThat(auto(-0.7208, 52.6588)).as("Oakham, Rutland").isEqualTo(27700);
        assertThat(auto(-1.1450, 60.1550)).as("Lerwick, Shetland").isEqualTo(27700);
        assertThat(auto(-6.3880, 58.2090)).as("Stornoway, Lewis").isEqualTo(27700);
        assertThat(auto(-6.3140, 49.9140)).as("St Mary's, Scilly").isEqualTo(27700);
        assertThat(auto(-5.0720, 50.1530)).as("Falmouth").isEqualTo(27700);
        assertThat(auto(-4.4800, 54.1500)).as("Douglas, Isle of Man").isEqualTo(27700);
        assertThat(auto(1.3130, 51.1270)).as("Dover").isEqualTo(27700);
        assertThat(auto(-5.7900, 55.4200)).as("Campbeltown, Kintyre").isEqualTo(27700);
    }

    @Test
    void irelandNorthernIrelandFranceAndTheChannelIslandsAreUtm() {
        assertThat(auto(-6.2603, 53.3498)).as("Dublin").isEqualTo(32629);
        assertThat(auto(-5.9301, 54.5973)).as("Belfast (6°W is the zone edge)").isEqualTo(32630);
        assertThat(auto(-7.3090, 54.9966)).as("Derry").isEqualTo(32629);
        assertThat(auto(1.8587, 50.9513)).as("Calais").isEqualTo(32631);
        assertThat(auto(-2.1100, 49.1800)).as("St Helier, Jersey").isEqualTo(32630);
        assertThat(auto(-2.5350, 49.4550)).as("St Peter Port, Guernsey").isEqualTo(32630);
    }

    @Test
    void elsewhereTheZoneOfTheCentreNorthOrSouth() {
        assertThat(auto(9.9158, 51.5413)).as("Göttingen").isEqualTo(32632);
        assertThat(auto(13.4050, 52.5200)).as("Berlin").isEqualTo(32633);
        assertThat(auto(-74.0060, 40.7128)).as("New York").isEqualTo(32618);
        assertThat(auto(151.2093, -33.8688)).as("Sydney").isEqualTo(32756);
        assertThat(auto(-43.1729, -22.9068)).as("Rio de Janeiro").isEqualTo(32723);
        assertThat(auto(174.7633, -36.8485)).as("Auckland").isEqualTo(32760);
    }

    @Test
    void zoneEdgesTheEquatorAndTheGridExceptions() {
        assertThat(WorkingCrs.utmCode(12.0, 50)).as("on an edge: the zone to the east").isEqualTo(32633);
        assertThat(WorkingCrs.utmCode(11.999, 50)).isEqualTo(32632);
        assertThat(WorkingCrs.utmCode(-180, 10)).isEqualTo(32601);
        assertThat(WorkingCrs.utmCode(180, 10)).as("180°E is 180°W, the west edge of zone 1").isEqualTo(32601);
        assertThat(WorkingCrs.utmCode(179.9, 10)).isEqualTo(32660);
        assertThat(WorkingCrs.utmCode(10, 0)).as("the equator is north").isEqualTo(32632);
        assertThat(WorkingCrs.utmCode(10, -0.001)).isEqualTo(32732);
        assertThat(WorkingCrs.utmCode(5.3221, 60.3913)).as("Bergen: zone 32V").isEqualTo(32632);
        assertThat(WorkingCrs.utmCode(5.3221, 55.9)).as("south of 56°N no exception").isEqualTo(32631);
        assertThat(WorkingCrs.utmCode(15.6356, 78.2232)).as("Longyearbyen: 33X").isEqualTo(32633);
        assertThat(WorkingCrs.utmCode(8.0, 79.0)).as("31X reaches 9°E").isEqualTo(32631);
        assertThat(WorkingCrs.utmCode(25.0, 78.0)).as("35X").isEqualTo(32635);
        assertThatThrownBy(() -> WorkingCrs.utmCode(0, 85)).isInstanceOf(CatchmentException.class)
                .hasMessageContaining("beyond the latitudes of UTM").hasMessageContaining("working_crs");
    }

    @Test
    void aStudyAreaWhoseCentreIsInBritainButReachesBeyondTheGridIsUtm() {
        assertThat(Crs.epsgCode(WorkingCrs.auto(new Envelope(-12, 4, 50, 56)).crs())).isEqualTo(32630);
    }

    @Test
    void theReasonSaysWhy() {
        assertThat(WorkingCrs.auto(around(-0.1276, 51.5072)).reason()).isEqualTo("the study area lies in Great Britain");
        assertThat(WorkingCrs.auto(around(9.9158, 51.5413)).reason())
                .isEqualTo("the study area's centre (9.92°E, 51.54°N) lies outside Great Britain, in UTM zone 32N");
    }

    /** Every UTM zone decodes from the EPSG database, is projected in metres and puts its central meridian at E 500 km. */
    @Test
    void everyUtmZoneIsInTheEpsgDatabase() throws Exception {
        for (int zone = 1; zone <= 60; zone++) {
            double centralMeridian = 6 * zone - 183;
            for (int code : new int[] {32600 + zone, 32700 + zone}) {
                CoordinateReferenceSystem utm = Crs.epsg(code);
                assertThat(WorkingCrs.problem(utm)).as("EPSG:" + code).isNull();
                double lat = code < 32700 ? 45 : -45;
                MathTransform t = CRS.findMathTransform(Crs.wgs84(), utm, true);
                Coordinate c = JTS.transform(new Coordinate(centralMeridian, lat), null, t);
                assertThat(c.x).as("EPSG:" + code).isCloseTo(500_000, offset(1e-6));
                // northing of 45° on the central meridian: 0.9996 x the meridian arc (4,984,944.38 m on WGS 84)
                assertThat(c.y).as("EPSG:" + code).isCloseTo(code < 32700 ? 4_982_950.40 : 10_000_000 - 4_982_950.40,
                        offset(0.01));
            }
        }
    }

    @Test
    void lonLatAndFeetAreNotWorkingCrss() {
        assertThat(WorkingCrs.problem(Crs.wgs84())).contains("not a projected CRS");
        assertThat(WorkingCrs.problem(Crs.epsg(2263))).as("New York State Plane, US feet").contains("not metres");
        assertThat(WorkingCrs.problem(WorkingCrs.britishNationalGrid())).isNull();
    }
}
