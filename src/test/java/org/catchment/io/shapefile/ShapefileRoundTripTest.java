package org.catchment.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.catchment.CatchmentException;
import org.catchment.io.ReadOptions;
import org.catchment.io.TestLayers.Attr;
import org.catchment.io.TestLayers;
import org.catchment.layer.Crs;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** ShapefileWriter then ShapefileReader gives back the same geometries and attribute values. */
class ShapefileRoundTripTest {

    @TempDir
    Path dir;

    private Layer roundTrip(Layer layer) {
        Path shp = dir.resolve(layer.name() + ".shp");
        ShapefileWriter.write(layer, shp);
        return ShapefileReader.read(shp, ReadOptions.defaults());
    }

    private static Geometry g(Layer layer, int i) {
        return Layer.geometry(layer.features().get(i));
    }

    @Test
    void aUtf8DbfWithoutItsCpgIsStillReadAsUtf8WithAWarning() throws IOException {
        Layer in = TestLayers.layer("names", Point.class, List.of("POINT (351000 395000)"),
                List.of(new Attr("name", String.class)), List.of(List.of("Café Ünïcode £")));
        Path shp = dir.resolve("names.shp");
        ShapefileWriter.write(in, shp);
        Files.delete(dir.resolve("names.cpg"));
        Layer out = ShapefileReader.read(shp, ReadOptions.defaults());
        assertThat(out.features().get(0).getAttribute("name")).isEqualTo("Café Ünïcode £");
        assertThat(out.warnings()).anyMatch(w -> w.contains("names.dbf has no .cpg") && w.contains("read as UTF-8"));
    }

    @Test
    void pointsKeepCoordinatesAndEveryAttributeType() {
        List<Attr> attrs = List.of(new Attr("name", String.class), new Attr("beds", Integer.class),
                new Attr("visits", Long.class), new Attr("area_m2", Double.class), new Attr("open", Boolean.class),
                new Attr("opened", LocalDate.class));
        Layer in = TestLayers.layer("facilities", Point.class,
                List.of("POINT (351000 395000)", "POINT (351250.5 395100.25)", "POINT (350000 390000)"), attrs,
                List.of(Arrays.asList("Café £1 Ünïcode", 12, 9_000_000_000L, 1234.5678, true, LocalDate.of(2021, 3, 14)),
                        Arrays.asList("Library", -7, -1L, 0.1, false, LocalDate.of(1999, 12, 31)),
                        Arrays.asList(null, null, null, null, null, null)));
        Layer out = roundTrip(in);

        assertThat(out.name()).isEqualTo("facilities");
        assertThat(out.size()).isEqualTo(3);
        assertThat(out.kind()).isEqualTo(GeometryKind.POINT);
        assertThat(out.crs()).isSameAs(Crs.epsg(27700));
        assertThat(out.warnings()).isEmpty();
        assertThat(out.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(Point.class);
        assertThat(g(out, 1).equalsExact(TestLayers.geometry("POINT (351250.5 395100.25)"))).isTrue();
        assertThat(out.features()).extracting(SimpleFeature::getID)
                .containsExactly("facilities.1", "facilities.2", "facilities.3");

        SimpleFeature a = out.features().get(0);
        assertThat(a.getAttribute("name")).isEqualTo("Café £1 Ünïcode");
        assertThat(a.getAttribute("beds")).isEqualTo(12);
        assertThat(a.getAttribute("visits")).isEqualTo(9_000_000_000L);
        assertThat(a.getAttribute("area_m2")).isEqualTo(1234.5678);
        assertThat(a.getAttribute("open")).isEqualTo(true);
        assertThat(a.getAttribute("opened")).isEqualTo(LocalDate.of(2021, 3, 14));
        SimpleFeature b = out.features().get(1);
        assertThat(b.getAttributes().subList(1, 7))
                .containsExactly("Library", -7, -1L, 0.1, false, LocalDate.of(1999, 12, 31));
        SimpleFeature c = out.features().get(2);
        assertThat(c.getAttributes().subList(1, 7)).containsOnlyNulls();
        assertThat(out.featureType().getDescriptor("beds").getType().getBinding()).isEqualTo(Integer.class);
        assertThat(out.featureType().getDescriptor("visits").getType().getBinding()).isEqualTo(Long.class);
        assertThat(out.featureType().getDescriptor("opened").getType().getBinding()).isEqualTo(LocalDate.class);
        assertThat(out.source()).contains(dir.resolve("facilities.shp"));
    }

    @Test
    void multipointsStayMultipoints() {
        Layer in = TestLayers.layer("stops", MultiPoint.class,
                List.of("MULTIPOINT ((1 2), (3 4), (5 6))", "MULTIPOINT ((10 20))"), List.of(), List.of());
        Layer out = roundTrip(in);
        assertThat(out.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(MultiPoint.class);
        assertThat(g(out, 0).equalsExact(TestLayers.geometry("MULTIPOINT ((1 2), (3 4), (5 6))"))).isTrue();
        assertThat(g(out, 1).equalsExact(TestLayers.geometry("MULTIPOINT ((10 20))"))).isTrue();
    }

    @Test
    void linesComeBackAsMultiLineStringsWithTheSameVertices() {
        Layer in = TestLayers.layer("roads", LineString.class,
                List.of("LINESTRING (0 0, 100 0, 100 50.5)", "LINESTRING (5 5, 6 7)"),
                List.of(new Attr("function", String.class)), List.of(List.of("Local Road"), List.of("Motorway")));
        Layer out = roundTrip(in);
        assertThat(out.kind()).isEqualTo(GeometryKind.LINE);
        assertThat(g(out, 0)).isInstanceOf(MultiLineString.class);
        assertThat(g(out, 0).toText()).isEqualTo("MULTILINESTRING ((0 0, 100 0, 100 50.5))");
        assertThat(g(out, 1).toText()).isEqualTo("MULTILINESTRING ((5 5, 6 7))");
        assertThat(out.features().get(1).getAttribute("function")).isEqualTo("Motorway");
    }

    @Test
    void multiLinesKeepTheirParts() {
        String wkt = "MULTILINESTRING ((0 0, 10 0), (20 0, 30 10, 40 0))";
        Layer out = roundTrip(TestLayers.layer("paths", MultiLineString.class, List.of(wkt), List.of(), List.of()));
        assertThat(g(out, 0).equalsExact(TestLayers.geometry(wkt))).isTrue();
    }

    @Test
    void polygonWithHoleKeepsHoleAndArea() {
        // 100 x 100 square with a 20 x 20 hole: area 10,000 - 400 = 9,600 m2. Both rings counter-clockwise in the WKT.
        String wkt = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))";
        Layer out = roundTrip(TestLayers.layer("wards", Polygon.class, List.of(wkt), List.of(), List.of()));
        Geometry read = g(out, 0);
        assertThat(read).isInstanceOf(MultiPolygon.class);
        assertThat(read.getNumGeometries()).isEqualTo(1);
        Polygon p = (Polygon) read.getGeometryN(0);
        assertThat(p.getNumInteriorRing()).isEqualTo(1);
        assertThat(read.getArea()).isEqualTo(9_600.0);
        assertThat(p.norm().equalsExact(TestLayers.geometry(wkt).norm())).isTrue();
    }

    @Test
    void multipolygonKeepsBothParts() {
        String wkt = "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0), (22 2, 22 4, 24 4, 24 2, 22 2)))";
        Layer out = roundTrip(TestLayers.layer("lsoa", MultiPolygon.class, List.of(wkt), List.of(), List.of()));
        Geometry read = g(out, 0);
        assertThat(read.getNumGeometries()).isEqualTo(2);
        assertThat(read.getArea()).isEqualTo(100.0 + 100.0 - 4.0);
        assertThat(read.norm().equalsExact(TestLayers.geometry(wkt).norm())).isTrue();
    }

    @Test
    void polygonRingsAreWrittenClockwiseOuterAndCounterClockwiseHoles() throws Exception {
        String wkt = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))";
        Path shp = dir.resolve("rings.shp");
        ShapefileWriter.write(TestLayers.layer("rings", Polygon.class, List.of(wkt), List.of(), List.of()), shp);
        List<Coordinate[]> rings = RawShp.polygonRings(Files.readAllBytes(shp));
        assertThat(rings).hasSize(2);
        assertThat(Orientation.isCCW(rings.get(0))).as("outer ring clockwise").isFalse();
        assertThat(Orientation.isCCW(rings.get(1))).as("hole counter-clockwise").isTrue();
    }

    @Test
    void writesAllFiveFilesWithAUtf8Cpg() throws Exception {
        Path shp = dir.resolve("five.shp");
        ShapefileWriter.write(TestLayers.layer("five", Point.class, List.of("POINT (1 2)"), List.of(), List.of()), shp);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("five.shp", "five.shx", "five.dbf", "five.prj", "five.cpg");
        }
        assertThat(Files.readString(dir.resolve("five.cpg"))).isEqualTo("UTF-8");
        String prj = Files.readString(dir.resolve("five.prj"));
        assertThat(prj).startsWith("PROJCS[\"British_National_Grid\",GEOGCS[\"GCS_OSGB_1936\"").doesNotContain("TOWGS84");
        assertThat(Crs.fromWkt(prj)).isSameAs(Crs.epsg(27700));
        ByteBuffer dbf = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("five.dbf"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(dbf.getInt(4)).as("record count in the DBF header").isEqualTo(1);
        assertThat(dbf.get(1) + 1900).as("year of last update, counted from 1900").isEqualTo(LocalDate.now().getYear());
        assertThat(dbf.get(29)).as("language driver: none, the .cpg says UTF-8").isEqualTo((byte) 0);
    }

    @Test
    void longNamesAreCutToTenCharacters() {
        Layer in = TestLayers.layer("long", Point.class, List.of("POINT (1 2)"),
                List.of(new Attr("population_2021", Long.class)), List.of(List.of(1234L)));
        Layer out = roundTrip(in);
        assertThat(out.features().get(0).getAttribute("population")).isEqualTo(1234L);
    }

    @Test
    void namesCollidingAfterCuttingAreAnError() {
        Layer in = TestLayers.layer("clash", Point.class, List.of("POINT (1 2)"),
                List.of(new Attr("population_2011", Long.class), new Attr("population_2021", Long.class)),
                List.of(List.of(1L, 2L)));
        assertThatThrownBy(() -> ShapefileWriter.write(in, dir.resolve("clash.shp")))
                .isInstanceOf(CatchmentException.class)
                .hasMessageContaining("'population_2011' and 'population_2021' both become 'population'")
                .hasMessageContaining("Rename one");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void featureWithoutGeometryIsAnErrorAndLeavesNoFiles() throws Exception {
        Layer in = TestLayers.layer("holes", Polygon.class, List.of("POLYGON EMPTY"), List.of(), List.of());
        assertThatThrownBy(() -> ShapefileWriter.write(in, dir.resolve("holes.shp")))
                .hasMessageContaining("feature holes.1 has no geometry");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void overwritesAnEarlierShapefileCompletely() {
        Path shp = dir.resolve("again.shp");
        ShapefileWriter.write(TestLayers.layer("again", Point.class, List.of("POINT (1 2)", "POINT (3 4)"),
                List.of(new Attr("n", Integer.class)), List.of(List.of(1), List.of(2))), shp);
        ShapefileWriter.write(TestLayers.layer("again", Point.class, List.of("POINT (5 6)"),
                List.of(new Attr("n", Integer.class)), List.of(List.of(3))), shp);
        Layer out = ShapefileReader.read(shp, ReadOptions.defaults());
        assertThat(out.size()).isEqualTo(1);
        assertThat(out.features().get(0).getAttribute("n")).isEqualTo(3);
    }

    @Test
    void wgs84LayerGetsAnEsriWgs84PrjThatReadsBackAsLonLat() {
        Layer bng = TestLayers.layer("gps", Point.class, List.of("POINT (351000 395000)"), List.of(), List.of());
        Layer lonLat = org.catchment.layer.Reprojector.toCrs(bng, Crs.wgs84());
        Path shp = dir.resolve("gps.shp");
        ShapefileWriter.write(lonLat, shp);
        Layer out = ShapefileReader.read(shp, ReadOptions.defaults());
        assertThat(out.crs()).isSameAs(Crs.wgs84());
        assertThat(g(out, 0).equalsExact(g(lonLat, 0))).isTrue();
    }

    @Test
    void emptyPolygonLayerStaysAnEmptyPolygonLayer() {
        Layer in = TestLayers.layer("none", MultiPolygon.class, List.of(), List.of(new Attr("name", String.class)), List.of());
        Layer out = roundTrip(in);
        assertThat(out.isEmpty()).isTrue();
        assertThat(out.kind()).isEqualTo(GeometryKind.POLYGON);
        assertThat(out.hasAttribute("name")).isTrue();
    }

    @Test
    void layerWithoutCrsGetsNoPrjAndAnOldOneIsRemoved() throws Exception {
        Path shp = dir.resolve("nocrs.shp");
        ShapefileWriter.write(TestLayers.layer("nocrs", Point.class, List.of("POINT (1 2)"), List.of(), List.of()), shp);
        assertThat(dir.resolve("nocrs.prj")).exists();
        org.geotools.feature.simple.SimpleFeatureTypeBuilder b = new org.geotools.feature.simple.SimpleFeatureTypeBuilder();
        b.setName("nocrs");
        b.add("geom", Point.class);
        org.geotools.api.feature.simple.SimpleFeatureType type = b.buildFeatureType();
        SimpleFeature f = org.geotools.feature.simple.SimpleFeatureBuilder.build(type,
                new Object[] {TestLayers.geometry("POINT (3 4)")}, "nocrs.1");
        Layer noCrs = Layer.of("nocrs", type, List.of(f));
        assertThat(noCrs.crs()).isNull();
        ShapefileWriter.write(noCrs, shp);
        assertThat(dir.resolve("nocrs.prj")).doesNotExist();
        assertThat(ShapefileReader.read(shp, ReadOptions.defaults()).warnings()).singleElement().asString()
                .contains("there is no nocrs.prj");
    }
}
