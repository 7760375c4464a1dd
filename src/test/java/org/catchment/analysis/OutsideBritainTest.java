package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.InputException;
import org.catchment.export.Outputs;
import org.catchment.io.ReadOptions;
import org.catchment.io.TestLayers;
import org.catchment.io.csv.CsvTable;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.layer.Reprojector;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * An analysis in Göttingen, Germany, made from files in longitude/latitude: an OS-Open-Roads-schema
 * road layer in EPSG:4326 (a shapefile with a WGS 84 .prj), the ward and the GP surgery as
 * GeoJSON, and clinics in a CSV of easting/northing in the working CRS. With {@code working_crs:
 * auto} it runs in UTM zone 32N (EPSG:32632), and its outputs say so.
 *
 * <p>The places are laid out in UTM 32N metres from E 564000, N 5710000 (9.925°E, 51.537°N) and
 * written in longitude/latitude; straight lines between vertices come back straight, so the
 * geometry in the working CRS is known exactly:
 * <pre>
 *   ward W: x -300 to 700, y -300 to 300 (1,000 x 600 m = 600,000 m2)
 *   road ab: (0, 0) to (400, 0), 400 m; the GP surgery at a, the clinic at b
 * </pre>
 * Within 10 minutes (800 m at 4.8 km/h) each reaches the whole road, so each service area is the
 * 100 m buffer of a 400 m line: 2 x 100 x 400 + 16 x 100^2 x sin(pi/16) = 111,214.45 m2 (JTS
 * draws the round ends as half 32-gons, as {@code ServiceAreasTest} works out), all inside the ward.
 * The desert (missed by one type or more: min_missing 1) is the rest of the ward: 488,785.55 m2.
 */
class OutsideBritainTest {

    static final double E0 = 564_000;
    static final double N0 = 5_710_000;
    static final double SERVICE_AREA_M2 = 80_000 + 16 * 100 * 100 * Math.sin(Math.PI / 16);
    static final double WARD_M2 = 600_000;

    @TempDir
    static Path dir;

    static MathTransform toLonLat;

    @BeforeAll
    static void write() throws Exception {
        toLonLat = CRS.findMathTransform(Crs.epsg(32632), Crs.wgs84(), true);
        Layer road = roadInUtm(List.of("ab", "a", "b", "Local Road"), xy(0, 0), xy(400, 0));
        Layer lonLat = Reprojector.toCrs(road, Crs.wgs84());
        ShapefileWriter.write(lonLat, dir.resolve("RoadLink.shp"));
        Files.writeString(dir.resolve("wards.geojson"), featureCollection(
                "{\"type\": \"Polygon\", \"coordinates\": [[" + lonLat(-300, -300) + ", " + lonLat(700, -300) + ", "
                        + lonLat(700, 300) + ", " + lonLat(-300, 300) + ", " + lonLat(-300, -300) + "]]}", "Weende"));
        Files.writeString(dir.resolve("gp.geojson"), featureCollection(
                "{\"type\": \"Point\", \"coordinates\": " + lonLat(0, 0) + "}", "Praxis am Markt"));
        Files.writeString(dir.resolve("clinics.csv"), String.format(Locale.ROOT,
                "name,easting,northing%nKlinik Ost,%.3f,%.3f%n", E0 + 400, N0));
    }

    /** @return a RoadLink layer of one link in UTM 32N metres, with the sample's schema */
    private static Layer roadInUtm(List<Object> values, String from, String to) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName("RoadLink");
        b.setCRS(Crs.epsg(32632));
        b.add("geom", MultiLineString.class);
        for (String field : List.of("identifier", "startNode", "endNode", "function")) {
            b.add(field, String.class);
        }
        SimpleFeatureType type = b.buildFeatureType();
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        fb.add(TestLayers.geometry("MULTILINESTRING ((" + from + ", " + to + "))"));
        values.forEach(fb::add);
        return Layer.of("RoadLink", type, List.of(fb.buildFeature("RoadLink.1")));
    }

    private static String xy(double x, double y) {
        return String.format(Locale.ROOT, "%.3f %.3f", E0 + x, N0 + y);
    }

    private static String lonLat(double x, double y) throws Exception {
        Coordinate c = JTS.transform(new Coordinate(E0 + x, N0 + y), null, toLonLat);
        return String.format(Locale.ROOT, "[%.12f, %.12f]", c.x, c.y);
    }

    private static String featureCollection(String geometry, String name) {
        return "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"name\": \""
                + name + "\"}, \"geometry\": " + geometry + "}]}";
    }

    static Analysis analysis(String workingCrs) throws Exception {
        String yaml = "name: Göttingen\n" + (workingCrs == null ? "" : "working_crs: " + workingCrs + "\n")
                + "network: {roads: [RoadLink.shp], cache: false}\n"
                + "study_area: {layer: wards.geojson, name_field: name}\n"
                + "facilities:\n"
                + "  - {type: gp, label: GP surgeries, layer: gp.geojson, name_field: name, bands_min: [10]}\n"
                + "  - {type: clinics, label: Clinics, layer: clinics.csv, name_field: name, bands_min: [10]}\n"
                + "deserts: {min_missing: 1}\n"
                + "output: {dir: out, width_px: 400, height_px: 300, dpi: 72}\n";
        Path file = dir.resolve((workingCrs == null ? "auto" : "given") + ".yml");
        Files.writeString(file, yaml);
        return AnalysisFiles.read(file);
    }

    @Test
    void autoRunsInUtmZone32WithTheAreasWorkedOutByHand() throws Exception {
        Analysis analysis = analysis(null).withOutputDir(dir.resolve("out-auto"));
        try (AnalysisResult r = AnalysisRunner.run(analysis)) {
            assertThat(Crs.epsgCode(r.network().crs())).isEqualTo(32632);
            assertThat(r.notes()).contains("Working CRS: EPSG:32632 (WGS 84 / UTM zone 32N), the study area's centre"
                    + " (9.93°E, 51.54°N) lies outside Great Britain, in UTM zone 32N.");
            assertThat(r.network().edgeLengthM(0)).isCloseTo(400, offset(1e-6));
            for (AnalysisResult.TypeResult t : r.types()) {
                assertThat(t.catchment().disks().get(0).getArea()).as(t.spec().type())
                        .isCloseTo(SERVICE_AREA_M2, offset(1e-3));
            }
            assertThat(r.types().get(1).catchment().facilities().get(0).geometry().getCoordinate())
                    .as("the CSV's easting/northing are the working CRS's").isEqualTo(new Coordinate(E0 + 400, N0));
            assertThat(r.deserts().deserts()).singleElement()
                    .satisfies(d -> assertThat(d.geometry().getArea()).isCloseTo(WARD_M2 - SERVICE_AREA_M2, offset(1e-3)));
            Outputs.write(r, false, ProgressListener.NONE, () -> false);
        }
        Path out = dir.resolve("out-auto");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("catchment.gpkg"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT srs_id FROM gpkg_geometry_columns")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("every layer in EPSG:32632").isEqualTo(32632);
                assertThat(rs.next()).isFalse();
            }
            try (ResultSet rs = s.executeQuery("SELECT organization, organization_coordsys_id, definition"
                    + " FROM gpkg_spatial_ref_sys WHERE srs_id = 32632")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("EPSG");
                assertThat(rs.getInt(2)).isEqualTo(32632);
                assertThat(Crs.epsgCode(Crs.fromWkt(rs.getString(3)))).isEqualTo(32632);
            }
        }
        Layer areas = GeoPackageReader.read(out.resolve("catchment.gpkg"), ReadOptions.defaults().withTable("service_areas"));
        assertThat(Crs.epsgCode(areas.crs())).isEqualTo(32632);
        assertThat(areas.features()).hasSize(2).allSatisfy(f -> assertThat(Layer.geometry(f).getArea())
                .isCloseTo(SERVICE_AREA_M2, offset(1e-3)));
        Layer nodes = GeoPackageReader.read(out.resolve("catchment.gpkg"), ReadOptions.defaults().withTable("node_times"));
        assertThat(nodes.features()).extracting(f -> (Double) f.getAttribute("easting")).hasSize(2)
                .anySatisfy(e -> assertThat(e).isCloseTo(E0, offset(1e-6)))
                .anySatisfy(e -> assertThat(e).isCloseTo(E0 + 400, offset(1e-6)));
        CsvTable coverage = CsvTable.read(out.resolve("ward_coverage.csv"));
        for (Map<String, String> row : coverage.rows()) {
            assertThat(Double.parseDouble(row.get("area_m2"))).isCloseTo(SERVICE_AREA_M2, offset(0.01));
            assertThat(Double.parseDouble(row.get("zone_area_m2"))).isCloseTo(WARD_M2, offset(0.01));
        }
        assertThat(Files.readString(out.resolve("summary.txt"))).contains("Working CRS: EPSG:32632 (WGS 84 / UTM zone 32N)");
    }

    @Test
    void theSameZoneGivenExplicitlyGivesTheSameAreas() throws Exception {
        try (AnalysisResult r = AnalysisRunner.run(analysis("EPSG:32632"))) {
            assertThat(r.notes()).contains("Working CRS: EPSG:32632 (WGS 84 / UTM zone 32N), as working_crs gives.");
            assertThat(r.types().get(0).catchment().disks().get(0).getArea()).isCloseTo(SERVICE_AREA_M2, offset(1e-3));
        }
    }

    @Test
    void roadsRunAlongAStraightLineOfTheWorkingCrs() throws Exception {
        try (AnalysisResult r = AnalysisRunner.run(analysis(null))) {
            LineString edge = r.network().edgeLine(0);
            assertThat(edge.getNumPoints()).isEqualTo(2);
            assertThat(edge.getCoordinateN(0).distance(new Coordinate(E0, N0)) + edge.getCoordinateN(1)
                    .distance(new Coordinate(E0 + 400, N0))).isLessThan(1e-6);
        }
    }

    @Test
    void aWorkingCrsThatIsNotProjectedInMetresIsRefusedNamingTheKey() throws Exception {
        String text = Files.readString(analysis(null).file());
        assertThatThrownBy(() -> AnalysisFiles.parse("working_crs: EPSG:4326\n" + text, dir.resolve("x.yml")))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("x.yml") + ": line 1, working_crs: EPSG:4326 is not a projected CRS: distances and"
                        + " areas need one in metres. Write auto (British National Grid in Great Britain, else the study"
                        + " area's UTM zone) or the EPSG code of a projected CRS in metres, e.g. EPSG:32632 (UTM zone"
                        + " 32N).");
        assertThatThrownBy(() -> AnalysisFiles.parse("working_crs: Gauss-Krüger\n" + text, dir.resolve("x.yml")))
                .hasMessageContaining("working_crs: 'Gauss-Krüger' is not auto nor a known EPSG code");
        assertThat(AnalysisFiles.parse("working_crs: auto\n" + text, dir.resolve("x.yml")).spec().workingCrs())
                .isEqualTo("auto");
    }
}
