package org.catchment.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.catchment.CatchmentException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class CrsTest {

    /** The ESRI-style WKT GDAL writes into a .prj for EPSG:27700: no AUTHORITY, so no EPSG code. */
    static final String GDAL_BNG_PRJ = "PROJCS[\"OSGB_1936_British_National_Grid\",GEOGCS[\"GCS_OSGB 1936\","
            + "DATUM[\"D_OSGB_1936\",SPHEROID[\"Airy_1849\",6377563.396,299.3249646]],PRIMEM[\"Greenwich\",0],"
            + "UNIT[\"Degree\",0.017453292519943295]],PROJECTION[\"Transverse_Mercator\"],"
            + "PARAMETER[\"latitude_of_origin\",49],PARAMETER[\"central_meridian\",-2],"
            + "PARAMETER[\"scale_factor\",0.9996012717],PARAMETER[\"false_easting\",400000],"
            + "PARAMETER[\"false_northing\",-100000],UNIT[\"Meter\",1]]";

    static final String ESRI_WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
            + "SPHEROID[\"WGS_84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],"
            + "UNIT[\"Degree\",0.017453292519943295]]";

    @Test
    void recognisesGdalPrjWithoutAuthorityAsBng() throws Exception {
        assertThat(Crs.fromWkt(GDAL_BNG_PRJ)).isSameAs(Crs.epsg(27700));
        assertThat(Crs.epsgCode(Crs.fromWkt(GDAL_BNG_PRJ))).isEqualTo(27700);
    }

    @Test
    void recognisesEsriWgs84AsLonLat() throws Exception {
        CoordinateReferenceSystem crs = Crs.fromWkt(ESRI_WGS84_PRJ);
        assertThat(crs).isSameAs(Crs.wgs84());
        assertThat(Crs.isGeographic(crs)).isTrue();
    }

    @Test
    void bngToLonLatMatchesKnownPoint() throws Exception {
        // Reference value from PROJ 9.1.1: `echo 351000 395000 | cs2cs -f %.6f EPSG:27700 EPSG:4326`
        // gives 53.449471 -2.739277 (latitude, longitude).
        MathTransform t = CRS.findMathTransform(Crs.epsg(27700), Crs.wgs84(), true);
        Coordinate c = JTS.transform(new Coordinate(351000, 395000), null, t);
        assertThat(c.x).isCloseTo(-2.739277, org.assertj.core.data.Offset.offset(2e-4));
        assertThat(c.y).isCloseTo(53.449471, org.assertj.core.data.Offset.offset(2e-4));
    }

    @Test
    void decodeAcceptsPrefixedAndBareCodes() {
        assertThat(Crs.decode("EPSG:27700")).isSameAs(Crs.epsg(27700));
        assertThat(Crs.decode("epsg:4326")).isSameAs(Crs.wgs84());
        assertThat(Crs.decode("27700")).isSameAs(Crs.epsg(27700));
        assertThat(Crs.label(Crs.epsg(27700))).isEqualTo("EPSG:27700");
    }

    @Test
    void decodeRejectsTextWithAClearMessage() {
        assertThatThrownBy(() -> Crs.decode("British grid"))
                .isInstanceOf(CatchmentException.class)
                .hasMessageContaining("'British grid' is not an EPSG code");
    }

    /** The .prj GDAL writes for ETRS89 / UTM zone 32N (EPSG:25832), Germany's national grid. */
    static final String GDAL_ETRS89_UTM32_PRJ = "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\","
            + "DATUM[\"D_ETRS_1989\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
            + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",9.0],PARAMETER[\"Scale_Factor\",0.9996],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    @Test
    void recognisesUtmPrjFilesByTheirZoneAndDatum() throws Exception {
        assertThat(Crs.epsgCode(Crs.fromWkt(GDAL_ETRS89_UTM32_PRJ))).isEqualTo(25832);
        String wgs84Utm33S = "PROJCS[\"WGS_1984_UTM_Zone_33S\"," + ESRI_WGS84_PRJ
                + ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
                + "PARAMETER[\"False_Northing\",10000000.0],PARAMETER[\"Central_Meridian\",15.0],"
                + "PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        assertThat(Crs.epsgCode(Crs.fromWkt(wgs84Utm33S))).isEqualTo(32733);
        String wrongMeridian = GDAL_ETRS89_UTM32_PRJ.replace("Central_Meridian\",9.0", "Central_Meridian\",3.0");
        assertThat(Crs.fromWkt(wrongMeridian)).as("a name that does not match the parameters is not trusted")
                .isNotSameAs(Crs.epsg(25832));
        assertThat(Crs.describe(Crs.epsg(32632))).isEqualTo("EPSG:32632 (WGS 84 / UTM zone 32N)");
    }
}
