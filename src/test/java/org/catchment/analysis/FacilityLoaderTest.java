package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.servicearea.Facility;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;

class FacilityLoaderTest {

    private static final GeometryFactory GF = new GeometryFactory();

    /** Writes libraries.shp: a multipoint per name, each of the given points (x, y pairs per feature). */
    private static void libraries(Path shp, List<String> names, List<double[]> points) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName("libraries");
        b.setCRS(Crs.epsg(27700));
        b.add("geom", MultiPoint.class);
        b.add("name", String.class);
        SimpleFeatureType type = b.buildFeatureType();
        List<SimpleFeature> features = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double[] xy = points.get(i);
            Coordinate[] c = new Coordinate[xy.length / 2];
            for (int k = 0; k < c.length; k++) {
                c[k] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
            }
            features.add(SimpleFeatureBuilder.build(type, new Object[] {GF.createMultiPointFromCoords(c), names.get(i)},
                    "libraries." + (i + 1)));
        }
        ShapefileWriter.write(Layer.of("libraries", type, features), shp);
    }

    private static Analysis analysis(Path dir) {
        Path sample = Path.of("data", "sample").toAbsolutePath();
        return AnalysisFiles.parse("""
                name: Loader
                network: {roads: [%s]}
                study_area: {layer: %s, name_field: WD_NAME, code_field: WD_CODE}
                facilities:
                  - {type: libraries, label: Libraries, layer: libraries.shp, name_field: name, bands_min: [10]}
                deserts: {min_missing: 1}
                """.formatted(sample.resolve("RoadLink.shp"), sample.resolve("wards.shp")), dir.resolve("analysis.yml"));
    }

    @Test
    void multipointsAreFacilitiesWithSeveralEntrancesAndOneWarningNamesThem(@TempDir Path dir) {
        libraries(dir.resolve("libraries.shp"), List.of("Central library", "Branch", "Twin doors", "Eastside", "Westside"),
                List.of(new double[] {352000, 393000, 352050, 393000, 352000, 393040}, new double[] {351000, 394000},
                        new double[] {353000, 392000, 353000, 392000}, new double[] {354000, 393000, 354010, 393000},
                        new double[] {350000, 393000, 350010, 393000}));
        FacilityLoader.Loaded loaded = FacilityLoader.load(analysis(dir), 0);
        List<Facility> f = loaded.facilities();
        assertThat(f).extracting(x -> x.geometry().getNumGeometries()).containsExactly(3, 1, 1, 2, 2);
        assertThat(f.get(1).geometry()).isInstanceOf(Point.class);
        assertThat(f.get(2).geometry()).as("a repeated point is one entrance").isInstanceOf(Point.class);
        assertThat(loaded.warnings()).containsExactly("libraries.shp: 3 facilities are multipoints (facility libraries.1"
                + " 'Central library' with 3 points, facility libraries.4 'Eastside' with 2 points, facility libraries.5"
                + " 'Westside' with 2 points); each point is used as an entrance of its facility. Split them into separate"
                + " features if they are different facilities.");
    }

    @Test
    void oneMultipointIsNamedAloneAndPlainPointsGiveNoWarning(@TempDir Path dir) {
        libraries(dir.resolve("libraries.shp"), List.of("Central library", "Branch"),
                List.of(new double[] {352000, 393000, 352050, 393000}, new double[] {351000, 394000}));
        assertThat(FacilityLoader.load(analysis(dir), 0).warnings()).containsExactly("libraries.shp: 1 facility is a"
                + " multipoint (facility libraries.1 'Central library' with 2 points); each point is used as an entrance of"
                + " its facility. Split them into separate features if they are different facilities.");
        libraries(dir.resolve("libraries.shp"), List.of("Branch"), List.of(new double[] {351000, 394000}));
        assertThat(FacilityLoader.load(analysis(dir), 0).warnings()).isEmpty();
    }

    /* A hand-typed foodbank list with a postcode the lookup lacks (row 4 as a spreadsheet counts): stop, or skip it. */
    @Test
    void aBadRowStopsTheRunUnlessTheTypeSaysSkip(@TempDir Path dir) throws Exception {
        Path sample = Path.of("data", "sample").toAbsolutePath();
        List<String> rows = new ArrayList<>(java.nio.file.Files.readAllLines(sample.resolve("foodbanks.csv")));
        rows.set(3, "Typo Pantry,\"Nowhere Street, Millbrook\",ZZ9 9ZZ");
        java.nio.file.Files.write(dir.resolve("foodbanks.csv"), rows);
        String yaml = """
                name: Loader
                network: {roads: [%s]}
                study_area: {layer: %s, name_field: WD_NAME}
                facilities:
                  - {type: foodbanks, layer: foodbanks.csv, name_field: name, postcode_lookup: %s, postcode_field: postcode%s}
                deserts: {min_missing: 1}
                """;
        Object[] files = {sample.resolve("RoadLink.shp"), sample.resolve("wards.shp"), sample.resolve("postcodes.csv")};
        Analysis strict = AnalysisFiles.parse(yaml.formatted(files[0], files[1], files[2], ""), dir.resolve("a.yml"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FacilityLoader.load(strict, 0))
                .hasMessageContaining("foodbanks.csv").hasMessageContaining("row 4").hasMessageContaining("ZZ9 9ZZ");

        Analysis lenient = AnalysisFiles.parse(yaml.formatted(files[0], files[1], files[2], ", bad_rows: skip"),
                dir.resolve("a.yml"));
        FacilityLoader.Loaded loaded = FacilityLoader.load(lenient, 0);
        assertThat(loaded.facilities()).hasSize(rows.size() - 2).noneMatch(f -> f.name().equals("Typo Pantry"));
        assertThat(loaded.warnings()).anyMatch(w -> w.contains("row 4") && w.contains("ZZ9 9ZZ"));
        assertThat(AnalysisFiles.toYaml(lenient.spec())).contains("bad_rows: skip");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnalysisFiles.parse(
                yaml.formatted(files[0], files[1], files[2], ", bad_rows: ignore"), dir.resolve("a.yml")))
                .hasMessageContaining("bad_rows").hasMessageContaining("fail").hasMessageContaining("skip");
    }

    /* GP surgeries split over points (two surgeries) and polygons (one health centre site): one type, three facilities. */
    @Test
    void aTypeCanReadSeveralLayers(@TempDir Path dir) throws Exception {
        libraries(dir.resolve("libraries.shp"), List.of("North surgery", "South surgery"),
                List.of(new double[] {352000, 393000}, new double[] {351000, 394000}));
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName("sites");
        b.setCRS(Crs.epsg(27700));
        b.add("geom", org.locationtech.jts.geom.MultiPolygon.class);
        b.add("name", String.class);
        SimpleFeatureType type = b.buildFeatureType();
        org.locationtech.jts.geom.Polygon square = GF.createPolygon(new Coordinate[] {new Coordinate(353000, 392000),
            new Coordinate(353100, 392000), new Coordinate(353100, 392100), new Coordinate(353000, 392100),
            new Coordinate(353000, 392000)});
        ShapefileWriter.write(Layer.of("sites", type, List.of(SimpleFeatureBuilder.build(type, new Object[] {
            GF.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {square}), "Health centre"}, "sites.1"))),
                dir.resolve("sites.shp"));
        Path sample = Path.of("data", "sample").toAbsolutePath();
        String yaml = """
                name: Loader
                network: {roads: [%s]}
                study_area: {layer: %s, name_field: WD_NAME}
                facilities:
                  - {type: gp, label: GP surgeries, layer: [libraries.shp, %s], name_field: name, bands_min: [10]}
                deserts: {min_missing: 1}
                """;
        Analysis analysis = AnalysisFiles.parse(yaml.formatted(sample.resolve("RoadLink.shp"), sample.resolve("wards.shp"),
                "sites.shp"), dir.resolve("analysis.yml"));
        assertThat(analysis.spec().facilities().get(0).layers()).containsExactly("libraries.shp", "sites.shp");

        FacilityLoader.Loaded loaded = FacilityLoader.load(analysis, 0);
        assertThat(loaded.layers()).hasSize(2);
        assertThat(loaded.facilities()).extracting(Facility::index).containsExactly(0, 1, 2);
        assertThat(loaded.facilities()).extracting(Facility::name)
                .containsExactly("North surgery", "South surgery", "Health centre");
        assertThat(loaded.facilities().get(2).geometry().getArea()).isEqualTo(10_000.0);
        assertThat(AnalysisFiles.toYaml(analysis.spec())).contains("layer:\n  - libraries.shp\n  - sites.shp");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnalysisFiles.parse(yaml.formatted(
                sample.resolve("RoadLink.shp"), sample.resolve("wards.shp"), "missing.shp"), dir.resolve("analysis.yml")))
                .hasMessageContaining("facilities[0].layer[1]").hasMessageContaining("missing.shp");
    }
}
