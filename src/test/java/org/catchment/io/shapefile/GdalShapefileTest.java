package org.catchment.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.catchment.InputException;
import org.catchment.io.ReadOptions;
import org.catchment.io.TestLayers;
import org.catchment.layer.Crs;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;

/** Reads the shapefiles GDAL wrote (src/test/resources/io, see its README). */
public class GdalShapefileTest {

    public static final Path IO = Path.of("src/test/resources/io");

    private static Layer read(String name) {
        return ShapefileReader.read(IO.resolve(name), ReadOptions.defaults());
    }

    private static List<Object> names(Layer layer) {
        return layer.features().stream().map(f -> f.getAttribute("name")).toList();
    }

    @Test
    void utf8PointsWithEveryGdalColumnType() {
        Layer layer = read("places_utf8.shp");
        assertThat(layer.name()).isEqualTo("places_utf8");
        assertThat(layer.crs()).as("GDAL's ESRI-style BNG .prj").isSameAs(Crs.epsg(27700));
        assertThat(layer.kind()).isEqualTo(GeometryKind.POINT);
        assertThat(layer.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(Point.class);
        assertThat(layer.warnings()).isEmpty();
        assertThat(layer.features()).extracting(SimpleFeature::getID)
                .containsExactly("places_utf8.1", "places_utf8.2", "places_utf8.3");

        SimpleFeature first = layer.features().get(0);
        assertThat(first.getAttributes().subList(1, 7))
                .containsExactly(1, "Café Münster", 9_000_000_000L, 0.25, 1, LocalDate.of(2021, 3, 14));
        SimpleFeature second = layer.features().get(1);
        assertThat(second.getAttributes().subList(1, 7))
                .containsExactly(2, "£5 Shop", 12L, 1234.5678, 0, LocalDate.of(1999, 12, 31));
        assertThat(Layer.geometry(second).toText()).isEqualTo("POINT (351250.5 395100.25)");
        assertThat(layer.features().get(2).getAttributes().subList(2, 7)).containsOnlyNulls();
    }

    @Test
    void latin1CpgIsHonoured() {
        assertThat(names(read("places_latin1.shp"))).containsExactly("Café Münster", "£5 Shop", null);
    }

    @Test
    void windows1252WithoutCpgIsReadAsWindows1252WithAWarning() {
        Layer layer = read("lanes_cp1252_nocpg.shp");
        assertThat(names(layer)).containsExactly("Rue de l’Église", "£ Lane");
        assertThat(layer.warnings()).singleElement().asString().contains("lanes_cp1252_nocpg.dbf has no .cpg",
                "not valid UTF-8", "record 1, column name: 'Rue de l’Église'", "read as Windows-1252",
                "add a lanes_cp1252_nocpg.cpg");
    }

    @Test
    void encodingOverrideWinsOverTheDefault() {
        Layer layer = ShapefileReader.read(IO.resolve("lanes_cp1252_nocpg.shp"),
                ReadOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1));
        // 0x92 is a right quote in Windows-1252 but a C1 control character in ISO-8859-1.
        assertThat(names(layer).get(0)).isEqualTo("Rue de l\u0092Église");
    }

    @Test
    void wrongUtf8OverrideOnWindows1252TextIsAClearError() {
        assertThatThrownBy(() -> ShapefileReader.read(IO.resolve("lanes_cp1252_nocpg.shp"),
                ReadOptions.defaults().withEncoding(StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("lanes_cp1252_nocpg.dbf: record 1, column name: the text is not valid UTF-8,"
                        + " the encoding given to the reader.")
                .hasMessageContaining("Give the file's real encoding (Windows-1252");
    }

    @Test
    void linesAreMultiLineStrings() {
        Layer layer = read("lanes_cp1252_nocpg.shp");
        assertThat(layer.kind()).isEqualTo(GeometryKind.LINE);
        assertThat(Layer.geometry(layer.features().get(0))).isInstanceOf(MultiLineString.class);
        assertThat(Layer.geometry(layer.features().get(0)).toText())
                .isEqualTo("MULTILINESTRING ((351000 395000, 351100 395000, 351100 395050))");
        assertThat(Layer.geometry(layer.features().get(1)).toText())
                .isEqualTo("MULTILINESTRING ((351200 395000, 351300 395000), (351400 395000, 351500 395100))");
    }

    @Test
    void polygonWithHoleAndMultipolygonKeepTheirRings() {
        Layer layer = read("wards_holes.shp");
        Geometry holed = Layer.geometry(layer.features().get(0));
        Geometry twoParts = Layer.geometry(layer.features().get(1));
        assertThat(holed.getArea()).isEqualTo(9_600.0);
        assertThat(holed.norm().equalsExact(TestLayers.geometry("MULTIPOLYGON (((350000 392000, 350100 392000,"
                + " 350100 392100, 350000 392100, 350000 392000), (350040 392040, 350060 392040, 350060 392060,"
                + " 350040 392060, 350040 392040)))").norm())).isTrue();
        assertThat(twoParts.getNumGeometries()).isEqualTo(2);
        assertThat(twoParts.getArea()).isEqualTo(196.0);
        assertThat(twoParts.isValid()).isTrue();
        assertThat(layer.features().get(0).getAttribute("name")).isEqualTo("Thatto Heath");
    }

    @Test
    void missingPrjUsesTheCallersCrsWithAWarning() {
        Layer layer = ShapefileReader.read(IO.resolve("stops_noprj.shp"), ReadOptions.defaults().withCrs(Crs.epsg(27700)));
        assertThat(layer.crs()).isSameAs(Crs.epsg(27700));
        assertThat(layer.warnings()).singleElement().asString()
                .contains("stops_noprj.shp: there is no stops_noprj.prj; the coordinates were taken to be EPSG:27700, as given");
    }

    @Test
    void missingPrjAndNoCrsGivenGuessesBngFromTheCoordinates() {
        Layer layer = read("stops_noprj.shp");
        assertThat(layer.crs()).isSameAs(Crs.epsg(27700));
        assertThat(layer.warnings()).singleElement().asString()
                .contains("there is no stops_noprj.prj; the CRS was guessed from the coordinates as EPSG:27700"
                        + " (OSGB36 / British National Grid). Add the .prj or give the CRS if this is wrong");
        assertThat(Layer.geometry(layer.features().get(0)).toText())
                .isEqualTo("MULTIPOINT ((351000 395000), (351010 395010))");
    }
}
