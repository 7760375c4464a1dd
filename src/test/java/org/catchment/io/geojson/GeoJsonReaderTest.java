package org.catchment.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.InputException;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions.BadRowPolicy;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Crs;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

class GeoJsonReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    private static String fc(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
    }

    private static String feature(String geometry, String properties) {
        return "{\"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": " + geometry + "}";
    }

    private static String point(double lon, double lat) {
        return "{\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}";
    }

    @Test
    void pointsAreLonLatWithTypedProperties() throws IOException {
        Path p = file("gps.geojson", fc(
                feature(point(-2.739277, 53.449471), "{\"name\": \"St Helens\", \"list\": 5, \"share\": 0.5,"
                        + " \"open\": true, \"mixed\": 1, \"tags\": [\"a\", \"b\"]}"),
                feature(point(-2.7, 53.4), "{\"name\": \"Two\", \"list\": 9000000000, \"share\": 2,"
                        + " \"open\": false, \"mixed\": \"x\", \"extra\": null}")));
        Layer layer = GeoJsonReader.read(p, ReadOptions.defaults());
        assertThat(layer.name()).isEqualTo("gps");
        assertThat(layer.crs()).isSameAs(Crs.wgs84());
        assertThat(layer.kind()).isEqualTo(GeometryKind.POINT);
        assertThat(layer.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(Point.class);
        assertThat(Layer.geometry(layer.features().get(0)).getCoordinate().x).as("x is longitude").isEqualTo(-2.739277);
        assertThat(layer.features()).extracting(SimpleFeature::getID).containsExactly("gps.1", "gps.2");
        SimpleFeature a = layer.features().get(0);
        assertThat(a.getAttribute("name")).isEqualTo("St Helens");
        assertThat(a.getAttribute("list")).isEqualTo(5L);
        assertThat(a.getAttribute("share")).isEqualTo(0.5);
        assertThat(a.getAttribute("open")).isEqualTo(true);
        assertThat(a.getAttribute("mixed")).isEqualTo("1");
        assertThat(a.getAttribute("tags")).isEqualTo("[\"a\",\"b\"]");
        SimpleFeature b = layer.features().get(1);
        assertThat(b.getAttribute("list")).isEqualTo(9_000_000_000L);
        assertThat(b.getAttribute("share")).isEqualTo(2.0);
        assertThat(b.getAttribute("extra")).isNull();
        assertThat(layer.featureType().getDescriptor("share").getType().getBinding()).isEqualTo(Double.class);
        assertThat(layer.featureType().getDescriptor("extra").getType().getBinding()).isEqualTo(String.class);
    }

    @Test
    void throughLayerReaderAKnownPointLandsOnItsGridReference() throws IOException {
        // Stack notes: EPSG:27700 (351000, 395000) is lat 53.449471, lon -2.739277.
        Path p = file("one.geojson", fc(feature(point(-2.739277, 53.449471), "{}")));
        Layer layer = LayerReader.read(p, ReadOptions.defaults());
        assertThat(layer.crs()).isSameAs(Crs.epsg(27700));
        org.locationtech.jts.geom.Coordinate c = Layer.geometry(layer.features().get(0)).getCoordinate();
        assertThat(c.x).isCloseTo(351_000, org.assertj.core.data.Offset.offset(15.0));
        assertThat(c.y).isCloseTo(395_000, org.assertj.core.data.Offset.offset(15.0));
    }

    @Test
    void legacyCrsMemberNamingBngIsHonoured() throws IOException {
        Path p = file("bng.geojson", "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\":"
                + " {\"name\": \"urn:ogc:def:crs:EPSG::27700\"}}, \"features\": [" + feature(point(351000, 395000), "{}") + "]}");
        Layer layer = LayerReader.read(p, ReadOptions.defaults());
        assertThat(Layer.geometry(layer.features().get(0)).toText()).isEqualTo("POINT (351000 395000)");
    }

    @Test
    void mixedKindsKeepTheMajorityAndReportTheRest() throws IOException {
        String square = "{\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,1],[0,0]]]}";
        String two = "{\"type\": \"MultiPolygon\", \"coordinates\": [[[[2,0],[3,0],[3,1],[2,1],[2,0]]]]}";
        String line = "{\"type\": \"LineString\", \"coordinates\": [[0,0],[1,1]]}";
        Path p = file("mixed.geojson", fc(feature(square, "{}"), feature(line, "{}"), feature(two, "{}"),
                feature(point(0.5, 0.5), "{}")));
        Layer layer = GeoJsonReader.read(p, ReadOptions.defaults());
        assertThat(layer.kind()).isEqualTo(GeometryKind.POLYGON);
        assertThat(layer.features()).extracting(SimpleFeature::getID).containsExactly("mixed.1", "mixed.3");
        assertThat(layer.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(MultiPolygon.class);
        assertThat(Layer.geometry(layer.features().get(0))).isInstanceOf(MultiPolygon.class);
        assertThat(layer.warnings()).singleElement().asString()
                .isEqualTo("the file mixes geometry kinds; the 2 polygons were kept and these features left out:"
                        + " 1 points (features 4); 1 lines (features 2). Split the file by geometry type to use the others");
    }

    @Test
    void featureWithoutGeometryFailsOrIsSkipped() throws IOException {
        Path p = file("nogeom.geojson", fc(feature(point(-2.7, 53.4), "{}"), feature("null", "{\"name\": \"x\"}")));
        assertThatThrownBy(() -> GeoJsonReader.read(p, ReadOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessage(p + ": 1 feature has no geometry (nogeom.2), so it has no place. Give each a geometry or"
                        + " delete it (in QGIS, for instance), then run again.");
        Layer layer = GeoJsonReader.read(p, ReadOptions.defaults().withBadRows(BadRowPolicy.SKIP));
        assertThat(layer.size()).isEqualTo(1);
        assertThat(layer.warnings()).last().asString()
                .isEqualTo("nogeom.geojson: 1 feature has no geometry and was left out (nogeom.2).");
    }

    @Test
    void badJsonGivesLineAndColumn() throws IOException {
        Path p = file("bad.geojson", "{\"type\": \"FeatureCollection\",\n  \"features\": [\n    {\"type\": \"Feature\",, }\n]}");
        assertThatThrownBy(() -> GeoJsonReader.read(p, ReadOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(p + ": line 3, column 24: the file is not valid JSON (")
                .hasMessageEndingWith("Check the file in a GeoJSON validator or export it again.");
    }

    @Test
    void emptyGeoJsonSaysItIsEmpty() throws IOException {
        Path p = file("empty.json", "");
        assertThatThrownBy(() -> LayerReader.read(p, ReadOptions.defaults()))
                .hasMessage(p + ": the file is empty (0 bytes). Check the file in a GeoJSON validator or export it again.");
    }

    @Test
    void jsonThatIsNotAFeatureCollection() throws IOException {
        Path p = file("geom.json", "{\"type\": \"Topology\", \"objects\": {}}");
        assertThatThrownBy(() -> GeoJsonReader.read(p, ReadOptions.defaults()))
                .hasMessage(p + ": this is not a GeoJSON FeatureCollection (its type is 'Topology'). Give a"
                        + " FeatureCollection of points, lines or polygons, as QGIS or ogr2ogr export it.");
    }

    @Test
    void gridCoordinatesWithoutCrsMemberAreRefusedUnlessTheCrsIsGiven() throws IOException {
        Path p = file("grid.geojson", fc(feature(point(351000, 395000), "{}")));
        assertThatThrownBy(() -> LayerReader.read(p, ReadOptions.defaults()))
                .hasMessageContaining("the file says its coordinates are longitude/latitude (EPSG:4326)")
                .hasMessageContaining("give the CRS EPSG:27700");
        Layer layer = LayerReader.read(p, ReadOptions.defaults().withCrs(Crs.epsg(27700)));
        assertThat(Layer.geometry(layer.features().get(0)).toText()).isEqualTo("POINT (351000 395000)");
    }

    /* The reader streams the features: the top-level members may come in any order, a "crs" after the features too. */
    @Test
    void membersInAnyOrderAndNothingAfterTheObject() throws IOException {
        String features = "[" + feature("{\"type\": \"Point\", \"coordinates\": [351000, 395000]}", "{\"name\": \"A\"}")
                + "," + feature("{\"type\": \"Point\", \"coordinates\": [352000, 396000]}", "{\"name\": \"B\"}") + "]";
        Path p = file("late.geojson", "{\"features\": " + features + ", \"name\": \"x\", \"crs\": {\"type\": \"name\","
                + " \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::27700\"}}, \"type\": \"FeatureCollection\"}");
        Layer layer = GeoJsonReader.read(p, ReadOptions.defaults());
        assertThat(layer.size()).isEqualTo(2);
        assertThat(Crs.epsgCode(layer.crs())).isEqualTo(27700);
        assertThat(layer.features().get(1).getAttribute("name")).isEqualTo("B");

        Path trailing = file("trailing.geojson", fc(feature(point(-2.7, 53.4), "{}")) + " {\"more\": 1}");
        assertThatThrownBy(() -> GeoJsonReader.read(trailing, ReadOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("trailing.geojson")
                .hasMessageContaining("more after its GeoJSON object");
    }
}
