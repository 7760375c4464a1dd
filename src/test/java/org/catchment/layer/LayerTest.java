package org.catchment.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.catchment.InputException;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;

class LayerTest {

    static SimpleFeatureType type(Class<? extends Geometry> binding, org.geotools.api.referencing.crs.CoordinateReferenceSystem crs) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName("t");
        b.setCRS(crs);
        b.add("geom", binding);
        b.add("name", String.class);
        return b.buildFeatureType();
    }

    static SimpleFeature feature(SimpleFeatureType t, String wkt, String name) throws Exception {
        return SimpleFeatureBuilder.build(t, new Object[] {new WKTReader().read(wkt), name}, null);
    }

    @Test
    void kindExtentAndAttributesComeFromTheFeatures() throws Exception {
        SimpleFeatureType t = type(MultiPolygon.class, Crs.epsg(27700));
        Layer layer = Layer.of("wards", t, List.of(
                feature(t, "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))", "A"),
                feature(t, "MULTIPOLYGON(((20 5, 30 5, 30 40, 20 40, 20 5)))", "B")));
        assertThat(layer.kind()).isEqualTo(GeometryKind.POLYGON);
        assertThat(layer.envelope()).isEqualTo(new Envelope(0, 30, 0, 40));
        assertThat(layer.size()).isEqualTo(2);
        assertThat(layer.findAttribute("NAME")).contains("name");
        assertThat(layer.toString()).isEqualTo("wards (2 polygons, EPSG:27700)");
    }

    @Test
    void genericGeometryTypeTakesItsKindFromTheFirstFeature() throws Exception {
        SimpleFeatureType t = type(Geometry.class, Crs.epsg(27700));
        Layer layer = Layer.of("x", t, List.of(feature(t, "LINESTRING(0 0, 1 1)", "a")));
        assertThat(layer.kind()).isEqualTo(GeometryKind.LINE);
    }

    @Test
    void reprojectsLonLatToBng() throws Exception {
        SimpleFeatureType t = type(Point.class, Crs.wgs84());
        Layer layer = Layer.of("p", t, List.of(feature(t, "POINT(-2.739277 53.449471)", "a")));
        Layer bng = Reprojector.toCrs(layer, Crs.epsg(27700));
        Point p = (Point) Layer.geometry(bng.features().get(0));
        assertThat(p.getX()).isCloseTo(351000, org.assertj.core.data.Offset.offset(15.0));
        assertThat(p.getY()).isCloseTo(395000, org.assertj.core.data.Offset.offset(15.0));
        assertThat(Crs.epsgCode(bng.crs())).isEqualTo(27700);
        assertThat(bng.features().get(0).getAttribute("name")).isEqualTo("a");
    }

    @Test
    void lonLatLabelledAsBngIsRefused() {
        Path f = Path.of("wards.shp");
        assertThatThrownBy(() -> CoordinateCheck.check(f, new Envelope(-2.8, -2.6, 53.3, 53.5), Crs.epsg(27700)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("wards.shp: the file says its coordinates are OSGB36 / British National Grid")
                .hasMessageContaining("looks like longitude/latitude")
                .hasMessageContaining("give the CRS EPSG:4326");
    }

    @Test
    void metresLabelledAsLonLatAreRefused() {
        assertThatThrownBy(() -> CoordinateCheck.check(Path.of("gp.shp"), new Envelope(350000, 352000, 390000, 395000), Crs.wgs84()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("looks like metres")
                .hasMessageContaining("EPSG:27700");
    }

    @Test
    void plausibleCoordinatesPass() {
        CoordinateCheck.check(Path.of("a"), new Envelope(350000, 352000, 390000, 395000), Crs.epsg(27700));
        CoordinateCheck.check(Path.of("a"), new Envelope(-2.8, -2.6, 53.3, 53.5), Crs.wgs84());
        assertThat(true).as("no exception").isTrue();
    }
}
