package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.export.Outputs;
import org.catchment.io.ReadOptions;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.layer.Reprojector;
import org.geotools.api.feature.simple.SimpleFeature;
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
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A network from an OpenStreetMap-style line layer, as QGIS or ogr2ogr export one: a GeoPackage
 * table {@code lines} in longitude/latitude (EPSG:4326) with {@code osm_id}, {@code highway},
 * {@code foot} and {@code access} columns and no node identifiers, in Göttingen, Germany. The run
 * joins the lines at shared vertices, walks them by the OpenStreetMap preset picked from the
 * columns, works in UTM zone 32N and says so.
 *
 * <p>Laid out in UTM 32N metres from E 564000, N 5710000:
 * <pre>
 *   street  (0,0)-(200,0)-(400,0), residential, one way (line) through the shared vertex b (200,0)
 *   drive   (200,0)-(200,250), residential, access=private: shares b, closed to walkers
 *   bridge  (300,-250)-(300,250), footway: crosses the street at (300,0) without a shared vertex
 *   lane    (400,0)-(400,-250), service, foot=no: closed to walkers
 * </pre>
 * A GP surgery at (0,0): within 10 minutes (800 m) only the street can be walked, so the service
 * area is the 100 m buffer of a 400 m line, 80,000 + 16 x 100^2 x sin(pi/16) m2 (JTS's half
 * 32-gon ends), whatever the drive, the bridge and the lane would add if they were walked.
 */
class OsmLinesTest {

    static final double E0 = 564_000;
    static final double N0 = 5_710_000;
    static final double SERVICE_AREA_M2 = 80_000 + 16 * 100 * 100 * Math.sin(Math.PI / 16);

    @TempDir
    static Path dir;

    static MathTransform toLonLat;

    @BeforeAll
    static void write() throws Exception {
        toLonLat = CRS.findMathTransform(Crs.epsg(32632), Crs.wgs84(), true);
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("lines");
        tb.setCRS(Crs.epsg(32632));
        tb.add("geom", LineString.class);
        tb.add("osm_id", String.class);
        tb.add("name", String.class);
        tb.add("highway", String.class);
        tb.add("foot", String.class);
        tb.add("access", String.class);
        SimpleFeatureType type = tb.buildFeatureType();
        List<SimpleFeature> ways = new ArrayList<>();
        ways.add(way(type, "Weender Straße", "residential", null, null, 0, 0, 200, 0, 400, 0));
        ways.add(way(type, "Hofeinfahrt", "residential", null, "private", 200, 0, 200, 250));
        ways.add(way(type, "Brücke", "footway", null, null, 300, -250, 300, 250));
        ways.add(way(type, "Lieferweg", "service", "no", null, 400, 0, 400, -250));
        Layer utm = Layer.of("lines", type, ways);
        GeoPackageWriter.write(dir.resolve("goettingen.gpkg"), List.of(Reprojector.toCrs(utm, Crs.wgs84())), Map.of());
        Files.writeString(dir.resolve("wards.geojson"), collection(polygon(-300, -300, 700, 300), "Weende"));
        Files.writeString(dir.resolve("gp.geojson"), collection("{\"type\": \"Point\", \"coordinates\": "
                + lonLat(0, 0) + "}", "Praxis am Markt"));
    }

    private static SimpleFeature way(SimpleFeatureType type, String name, String highway, String foot, String access,
                                     double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(E0 + xy[2 * i], N0 + xy[2 * i + 1]);
        }
        LineString line = new GeometryFactory().createLineString(c);
        return SimpleFeatureBuilder.build(type, Arrays.asList(line, "w" + name.length(), name, highway, foot, access),
                null);
    }

    private static String lonLat(double x, double y) throws Exception {
        Coordinate c = JTS.transform(new Coordinate(E0 + x, N0 + y), null, toLonLat);
        return String.format(Locale.ROOT, "[%.12f, %.12f]", c.x, c.y);
    }

    private static String polygon(double x0, double y0, double x1, double y1) throws Exception {
        return "{\"type\": \"Polygon\", \"coordinates\": [[" + lonLat(x0, y0) + ", " + lonLat(x1, y0) + ", "
                + lonLat(x1, y1) + ", " + lonLat(x0, y1) + ", " + lonLat(x0, y0) + "]]}";
    }

    private static String collection(String geometry, String name) {
        return "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"name\": \""
                + name + "\"}, \"geometry\": " + geometry + "}]}";
    }

    static Analysis analysis(String name, String network) throws Exception {
        Path file = dir.resolve(name + ".yml");
        Files.writeString(file, "name: Göttingen\n"
                + "network: {roads: ['goettingen.gpkg#lines'], cache: false" + network + "}\n"
                + "study_area: {layer: wards.geojson, name_field: name}\n"
                + "facilities:\n"
                + "  - {type: gp, label: GP surgeries, layer: gp.geojson, name_field: name, bands_min: [10]}\n"
                + "deserts: {min_missing: 1}\n"
                + "output: {dir: out-" + name + ", width_px: 400, height_px: 300, dpi: 72}\n");
        return AnalysisFiles.read(file);
    }

    @Test
    void anOpenStreetMapLineLayerInLongitudeLatitudeRunsInUtmWalkedByTheOsmPreset() throws Exception {
        try (AnalysisResult r = AnalysisRunner.run(analysis("osm", ""))) {
            assertThat(Crs.epsgCode(r.network().crs())).isEqualTo(32632);
            assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("Network: 5 road links (2 not walkable, 0"
                    + " duplicates skipped); 4 lines joined at shared vertices (within 0.01 m) and split into 5 links"));
            assertThat(r.types().get(0).catchment().disks().get(0).getArea()).isCloseTo(SERVICE_AREA_M2, offset(1e-3));
            Outputs.write(r, false, ProgressListener.NONE, () -> false);
        }
        Path out = dir.resolve("out-osm");
        assertThat(Files.readString(out.resolve("summary.txt")))
                .contains("Working CRS: EPSG:32632 (WGS 84 / UTM zone 32N)")
                .contains("Walkable: preset osm (OpenStreetMap highway, foot and access tags), chosen from the roads'"
                        + " fields: foot IN ('yes','designated','official','permissive','destination') OR (NOT (foot IN"
                        + " ('no','private','restricted','military','emergency','permit')) AND NOT (access IN");
        Layer areas = GeoPackageReader.read(out.resolve("catchment.gpkg"), ReadOptions.defaults().withTable("service_areas"));
        assertThat(Crs.epsgCode(areas.crs())).isEqualTo(32632);
        assertThat(areas.features()).singleElement().satisfies(f -> assertThat(Layer.geometry(f).getArea())
                .isCloseTo(SERVICE_AREA_M2, offset(1e-3)));
    }

    @Test
    void withNodeCrossingsTheBridgeBecomesAJunctionAndAPresetCanBeNamed() throws Exception {
        try (AnalysisResult r = AnalysisRunner.run(analysis("crossings", ", node_crossings: true"))) {
            assertThat(r.types().get(0).catchment().disks().get(0).getArea()).as("the bridge is walked from the street")
                    .isGreaterThan(SERVICE_AREA_M2 + 2 * 100 * 200);
        }
        try (AnalysisResult r = AnalysisRunner.run(analysis("all", ", walkable: 'preset:all'"))) {
            assertThat(r.network().walkability()).isEqualTo("preset all (every line walkable), as network.walkable"
                    + " names it: INCLUDE");
            assertThat(r.types().get(0).catchment().disks().get(0).getArea()).as("the drive and the lane are walked")
                    .isGreaterThan(SERVICE_AREA_M2 + 2 * 100 * 400);
        }
    }
}
