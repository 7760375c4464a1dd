package org.catchment.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.catchment.io.shapefile.ShapefileReader;
import org.catchment.layer.Crs;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.network.NetworkLink;
import org.catchment.network.OpenRoadsSchema;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/** Real open data (src/test/resources/real, the committed Rutland extract in data/rutland) through the readers. */
public class RealDataTest {

    public static final Path REAL = Path.of("src/test/resources/real");
    private static final Path RUTLAND = Path.of("data/rutland");

    @Test
    void stHelensWardsLandInBngAroundStHelens() {
        Path shp = REAL.resolve("st-helens/st_helens_wards_2013.shp");
        Layer own = ShapefileReader.read(shp, ReadOptions.defaults());
        assertThat(own.crs()).as("ESRI WGS84 .prj").isSameAs(Crs.wgs84());

        Layer wards = LayerReader.read(shp, ReadOptions.defaults());
        assertThat(wards.size()).isEqualTo(16);
        assertThat(wards.kind()).isEqualTo(GeometryKind.POLYGON);
        assertThat(wards.crs()).isSameAs(Crs.epsg(27700));
        assertThat(wards.warnings()).isEmpty();
        assertThat(wards.features()).extracting(f -> f.getAttribute("WD13NM"))
                .contains("Bold", "Rainhill", "Sutton", "Thatto Heath");
        // Extent from GDAL 3.6 (ogr2ogr -t_srs EPSG:27700, then ogrinfo -so): E 345,355-361,791, N 387,837-404,147.
        assertNear(wards.envelope(), new Envelope(345_355.30, 361_791.10, 387_836.60, 404_146.90));
        assertThat(wards.features()).allSatisfy(f -> assertThat(Layer.geometry(f).isValid()).isTrue());
    }

    @Test
    void osOpenRoadsSampleGivesTwentyNineLinks() {
        Layer roads = LayerReader.read(REAL.resolve("os-open-roads/os_roads_bristol_RoadLink_27700.shp"),
                ReadOptions.defaults());
        assertThat(roads.size()).isEqualTo(29);
        assertThat(roads.kind()).isEqualTo(GeometryKind.LINE);
        assertThat(roads.findAttribute("function_")).isPresent();
        List<NetworkLink> links = OpenRoadsSchema.links(roads);
        assertThat(links).hasSize(29);
        assertThat(roads.envelope().getMinX()).isBetween(340_000.0, 370_000.0);
        assertThat(roads.envelope().getMinY()).isBetween(160_000.0, 190_000.0);
    }

    @Test
    void geofabrikPoisOfRutlandIncludeItsTwoLibraries() {
        Layer pois = LayerReader.read(RUTLAND.resolve("geofabrik-shp/gis_osm_pois_free_1.shp"), ReadOptions.defaults());
        assertThat(pois.size()).isEqualTo(455);
        assertThat(pois.kind()).isEqualTo(GeometryKind.POINT);
        assertThat(pois.crs()).isSameAs(Crs.epsg(27700));
        assertThat(pois.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(Point.class);
        assertThat(pois.featureType().getDescriptor("code").getType().getBinding()).isEqualTo(Integer.class);
        assertThat(pois.features()).filteredOn(f -> "library".equals(f.getAttribute("fclass")))
                .extracting(f -> f.getAttribute("name")).containsExactlyInAnyOrder("Uppingham Library", "Ketton Library");
        // Extent from GDAL 3.6 as above: E 478,441-504,598, N 293,202-318,530 (Rutland).
        assertNear(pois.envelope(), new Envelope(478_440.72, 504_598.09, 293_202.25, 318_529.71));
    }

    @Test
    void traffordLibrariesGeoJsonLandsNearTrafford() {
        Layer libraries = LayerReader.read(REAL.resolve("trafford/trafford_libraries.geojson"), ReadOptions.defaults());
        assertThat(libraries.size()).isEqualTo(13);
        assertThat(libraries.kind()).isEqualTo(GeometryKind.POINT);
        assertThat(libraries.crs()).isSameAs(Crs.epsg(27700));
        assertThat(libraries.features()).extracting(f -> f.getAttribute("Name")).contains("Altrincham Library");
        assertThat(libraries.findAttribute("Area code")).isPresent();
        // Extent from GDAL 3.6 as above: E 371,822-382,708, N 386,631-396,106 (Trafford).
        assertNear(libraries.envelope(), new Envelope(371_822.04, 382_708.28, 386_630.83, 396_106.20));
    }

    /** Within 5 m of GDAL's result (both transform OSGB36 without a grid shift file). */
    private static void assertNear(Envelope actual, Envelope gdal) {
        Offset<Double> m5 = Offset.offset(5.0);
        assertThat(actual.getMinX()).isCloseTo(gdal.getMinX(), m5);
        assertThat(actual.getMaxX()).isCloseTo(gdal.getMaxX(), m5);
        assertThat(actual.getMinY()).isCloseTo(gdal.getMinY(), m5);
        assertThat(actual.getMaxY()).isCloseTo(gdal.getMaxY(), m5);
    }
}
