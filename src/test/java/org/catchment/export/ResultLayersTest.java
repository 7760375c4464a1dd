package org.catchment.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.catchment.export.StraightRoad.CAPS_M2;
import static org.catchment.export.StraightRoad.E0;
import static org.catchment.export.StraightRoad.EAST_M2;
import static org.catchment.export.StraightRoad.N0;
import static org.catchment.export.StraightRoad.WEST_M2;
import static org.catchment.export.StraightRoad.disk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The GeoPackage layers of the {@link StraightRoad} analysis, every value worked out by hand: one
 * 2,000 m road, a GP 30 m off it at x 200, a library at its east end x 2000, wards West (x up to
 * 1085) and East, bands 5 and 10 minutes at 80 m a minute, trim 100 m.
 */
class ResultLayersTest {

    /** Areas: the buffers are exact polygons, so only rounding of the overlay remains. */
    private static final Offset<Double> M2 = within(1e-3);
    private static final Offset<Double> EXACT = within(1e-9);
    /** The GP's start: 30 m at 80 m a minute. */
    private static final double GP_START = 30 / 80.0;
    /** What each type's 10-minute disk covers of the study area: the strip and the cap inside it. */
    private static final double GP_SERVED_M2 = 200 * 970 + CAPS_M2 / 2;
    private static final double LIBRARY_SERVED_M2 = 200 * 800 + CAPS_M2 / 2;

    @TempDir
    static Path dir;
    static AnalysisResult result;
    static ResultLayers layers;

    @BeforeAll
    static void run() throws IOException {
        result = AnalysisRunner.run(AnalysisFiles.read(StraightRoad.write(dir, "  per_facility: true\n")));
        layers = new ResultLayers(result);
    }

    @AfterAll
    static void close() {
        result.close();
    }

    @Test
    void allLayersInTheirOrderEachInBritishNationalGrid() {
        assertThat(layers.all()).extracting(Layer::name).containsExactly("study_area", "facilities", "access_points",
                "service_areas", "facility_service_areas", "reachable_network", "node_times", "served_count", "deserts",
                "ward_coverage");
        assertThat(layers.all()).allSatisfy(l -> assertThat(Crs.epsgCode(l.crs())).as(l.name()).isEqualTo(27700));
    }

    @Test
    void studyAreaIsOneFeaturePerWardWithItsArea() {
        Layer study = layers.studyArea();
        assertThat(fields(study)).containsExactly("geom", "name", "code", "area_m2");
        assertThat(study.features()).extracting(f -> f.getAttribute("name"), f -> f.getAttribute("code"))
                .containsExactly(tuple("West", "W1"), tuple("East", "E1"));
        assertThat(number(study.features().get(0), "area_m2")).isCloseTo(WEST_M2, EXACT);
        assertThat(number(study.features().get(1), "area_m2")).isCloseTo(EAST_M2, EXACT);
        assertThat(Layer.geometry(study.features().get(0))).isInstanceOf(MultiPolygon.class);
    }

    @Test
    void facilitiesSayHowTheyJoinedTheNetwork() {
        Layer facilities = layers.facilities();
        assertThat(fields(facilities)).containsExactly("geom", "type", "label", "facility_id", "name", "access_points",
                "snap_distance_m", "status");
        SimpleFeature gp = facilities.features().get(0);
        assertThat(gp.getAttribute("type")).isEqualTo("gp");
        assertThat(gp.getAttribute("label")).isEqualTo("GP surgeries");
        assertThat(gp.getAttribute("name")).isEqualTo("Elm Road Surgery");
        assertThat(gp.getAttribute("access_points")).isEqualTo(1);
        assertThat(number(gp, "snap_distance_m")).isCloseTo(30, EXACT);
        assertThat(gp.getAttribute("status")).isEqualTo("on the network");
        assertThat(Layer.geometry(gp).getCoordinate()).isEqualTo(new Coordinate(E0 + 200, N0 + 30));
        SimpleFeature library = facilities.features().get(1);
        assertThat(library.getAttribute("type")).isEqualTo("libraries");
        assertThat(library.getAttribute("name")).isEqualTo("Central Library");
        assertThat(number(library, "snap_distance_m")).isCloseTo(0, EXACT);
        assertThat(facilities.size()).isEqualTo(2);
    }

    @Test
    void accessPointsAreTheSnappedPositionsWithTheirWalkingStart() {
        Layer points = layers.accessPoints();
        assertThat(fields(points)).containsExactly("geom", "type", "facility", "offset_m", "start_min");
        assertThat(points.size()).isEqualTo(2);
        SimpleFeature gp = points.features().get(0);
        assertThat(gp.getAttribute("facility")).isEqualTo("Elm Road Surgery");
        assertThat(Layer.geometry(gp).getCoordinate().distance(new Coordinate(E0 + 200, N0))).isLessThan(1e-6);
        assertThat(number(gp, "offset_m")).isCloseTo(30, within(1e-6));
        assertThat(number(gp, "start_min")).isCloseTo(GP_START, within(1e-9));
        SimpleFeature library = points.features().get(1);
        assertThat(library.getAttribute("type")).isEqualTo("libraries");
        assertThat(number(library, "start_min")).isCloseTo(0, EXACT);
    }

    /** Disks, largest band first per type: the GP reaches x 0..570 and 0..970, the library 1600..2000 and 1200..2000. */
    @Test
    void serviceAreasAreTheBufferedStretchesPerTypeAndBand() {
        Layer areas = layers.serviceAreas();
        assertThat(fields(areas)).containsExactly("geom", "type", "label", "band_min", "ring_from_min", "area_m2");
        assertThat(areas.features()).extracting(f -> f.getAttribute("type"), f -> number(f, "band_min"))
                .containsExactly(tuple("gp", 10.0), tuple("gp", 5.0),
                        tuple("libraries", 10.0), tuple("libraries", 5.0));
        double[] expected = {disk(970), disk(570), disk(800), disk(400)};
        for (int i = 0; i < 4; i++) {
            SimpleFeature f = areas.features().get(i);
            assertThat(number(f, "ring_from_min")).isZero();
            assertThat(number(f, "area_m2")).as("area %d", i).isCloseTo(expected[i], M2);
            assertThat(Layer.geometry(f).getArea()).isCloseTo(expected[i], M2);
        }
        Envelope gp10 = Layer.geometry(areas.features().get(0)).getEnvelopeInternal();
        assertThat(gp10.getMinX() - E0).isCloseTo(-100, within(1e-6));
        assertThat(gp10.getMaxX() - E0).isCloseTo(1070, within(1e-6));
        assertThat(gp10.getMaxY() - N0).isCloseTo(100, within(1e-6));
    }

    @Test
    void eachFacilitysOwnAreasAreItsTypesWhenItIsTheOnlyOne() {
        Layer own = layers.facilityServiceAreas();
        assertThat(fields(own)).containsExactly("geom", "type", "facility", "band_min", "area_m2");
        assertThat(own.features()).extracting(f -> f.getAttribute("facility"))
                .containsExactly("Elm Road Surgery", "Elm Road Surgery", "Central Library", "Central Library");
        double[] expected = {disk(970), disk(570), disk(800), disk(400)};
        for (int i = 0; i < 4; i++) {
            assertThat(number(own.features().get(i), "area_m2")).isCloseTo(expected[i], M2);
        }
    }

    /** The GP walks 200 m west to a and 770 m east, crossing the 5-minute mark at x 570; the library 800 m west. */
    @Test
    void reachableNetworkHoldsEachStretchWithItsBandAndTimes() {
        Layer network = layers.reachableNetwork();
        assertThat(fields(network)).containsExactly("geom", "type", "band_min", "facility", "from_min", "to_min", "length_m");
        Map<String, List<SimpleFeature>> byType = network.features().stream()
                .collect(Collectors.groupingBy(f -> (String) f.getAttribute("type")));
        assertThat(byType.get("gp")).extracting(f -> stretch(f))
                .containsExactlyInAnyOrder("5 200..0 " + GP_START + ".." + (GP_START + 2.5) + " 200",
                        "5 200..570 " + GP_START + "..5.0 370", "10 570..970 5.0..10.0 400");
        assertThat(byType.get("libraries")).extracting(f -> stretch(f))
                .containsExactlyInAnyOrder("5 2000..1600 0.0..5.0 400", "10 1600..1200 5.0..10.0 400");
        assertThat(network.features()).allSatisfy(f -> assertThat(Layer.geometry(f).getLength())
                .isCloseTo(number(f, "length_m"), within(1e-6)));
    }

    /**
     * A stretch as "band from..to from_min..to_min length", x rounded to the metre, times to 1e-9
     * min; the line runs from the facility's side.
     */
    private static String stretch(SimpleFeature f) {
        Coordinate[] c = Layer.geometry(f).getCoordinates();
        return String.format(java.util.Locale.ROOT, "%s %d..%d %s..%s %d", band(number(f, "band_min")),
                Math.round(c[0].x - E0), Math.round(c[c.length - 1].x - E0), round(number(f, "from_min")),
                round(number(f, "to_min")), Math.round(number(f, "length_m")));
    }

    private static String band(double minutes) {
        return Long.toString(Math.round(minutes));
    }

    private static double round(double minutes) {
        return Math.round(minutes * 1e9) / 1e9;
    }

    /** Node a (x 0) is 2.875 minutes from the GP and beyond the library's 10; node b is the library's own. */
    @Test
    void nodeTimesGiveEachReachedNodeItsMinutesPerType() {
        Layer nodes = layers.nodeTimes();
        assertThat(fields(nodes)).containsExactly("geom", "node", "source_id", "easting", "northing", "gp_min",
                "gp_facility", "libraries_min", "libraries_facility");
        Map<Object, SimpleFeature> byId = nodes.features().stream()
                .collect(Collectors.toMap(f -> f.getAttribute("source_id"), Function.identity()));
        assertThat(byId).containsOnlyKeys("a", "b");
        SimpleFeature a = byId.get("a");
        assertThat(number(a, "easting")).isEqualTo(E0);
        assertThat(number(a, "northing")).isEqualTo(N0);
        assertThat(number(a, "gp_min")).isCloseTo(GP_START + 200 / 80.0, within(1e-9));
        assertThat(a.getAttribute("gp_facility")).isEqualTo("Elm Road Surgery");
        assertThat(a.getAttribute("libraries_min")).isNull();
        assertThat(a.getAttribute("libraries_facility")).isNull();
        SimpleFeature b = byId.get("b");
        assertThat(number(b, "easting")).isEqualTo(E0 + 2000);
        assertThat(b.getAttribute("gp_min")).isNull();
        assertThat(number(b, "libraries_min")).isZero();
        assertThat(b.getAttribute("libraries_facility")).isEqualTo("Central Library");
    }

    /** The two 10-minute disks are apart (x up to 1070, from 1100): three pieces partition the 2 km^2. */
    @Test
    void servedCountPartitionsTheStudyAreaByTheTypesServingIt() {
        Layer surface = layers.servedCount();
        assertThat(fields(surface)).containsExactly("geom", "served_count", "missing_count", "missing_types", "area_m2");
        Map<Object, SimpleFeature> byMissing = surface.features().stream()
                .collect(Collectors.toMap(f -> f.getAttribute("missing_types"), Function.identity()));
        assertThat(byMissing).containsOnlyKeys("Libraries", "GP surgeries", "GP surgeries, Libraries");
        assertThat(number(byMissing.get("Libraries"), "area_m2")).isCloseTo(GP_SERVED_M2, M2);
        assertThat(byMissing.get("Libraries").getAttribute("served_count")).isEqualTo(1);
        assertThat(byMissing.get("Libraries").getAttribute("missing_count")).isEqualTo(1);
        assertThat(number(byMissing.get("GP surgeries"), "area_m2")).isCloseTo(LIBRARY_SERVED_M2, M2);
        SimpleFeature none = byMissing.get("GP surgeries, Libraries");
        assertThat(none.getAttribute("served_count")).isEqualTo(0);
        assertThat(none.getAttribute("missing_count")).isEqualTo(2);
        assertThat(number(none, "area_m2")).isCloseTo(WEST_M2 + EAST_M2 - GP_SERVED_M2 - LIBRARY_SERVED_M2, M2);
    }

    /** With 2 types missing as the rule, the unserved remainder is one desert across both wards. */
    @Test
    void theDesertIsTheStudyAreaLessBothServedAreas() {
        Layer deserts = layers.deserts();
        assertThat(fields(deserts)).containsExactly("geom", "id", "wards", "missing_count", "missing_types",
                "partly_missing", "area_m2", "residents");
        assertThat(deserts.size()).isEqualTo(1);
        SimpleFeature d = deserts.features().get(0);
        assertThat(d.getAttribute("id")).isEqualTo(1);
        assertThat(((String) d.getAttribute("wards")).split("; ")).containsExactlyInAnyOrder("West", "East");
        assertThat(d.getAttribute("missing_count")).isEqualTo(2);
        assertThat(d.getAttribute("missing_types")).isEqualTo("GP surgeries, Libraries");
        assertThat(d.getAttribute("partly_missing")).isEqualTo("");
        assertThat(number(d, "area_m2")).isCloseTo(WEST_M2 + EAST_M2 - GP_SERVED_M2 - LIBRARY_SERVED_M2, M2);
        assertThat(d.getAttribute("residents")).isNull();
    }

    /** West holds all the GP's served area and none of the library's; East the reverse. No population: no resident shares. */
    @Test
    void wardCoverageHasAShareColumnPairPerTypeAndBand() {
        Layer wards = layers.wardCoverage();
        assertThat(fields(wards)).containsExactly("geom", "ward", "area_m2", "residents", "gp_5_area_share",
                "gp_5_res_share", "gp_10_area_share", "gp_10_res_share", "libraries_5_area_share", "libraries_5_res_share",
                "libraries_10_area_share", "libraries_10_res_share");
        SimpleFeature west = wards.features().get(0);
        assertThat(west.getAttribute("ward")).isEqualTo("West");
        assertThat(number(west, "area_m2")).isCloseTo(WEST_M2, EXACT);
        assertThat(west.getAttribute("residents")).isNull();
        assertThat(number(west, "gp_5_area_share")).isCloseTo((200 * 570 + CAPS_M2 / 2) / WEST_M2, within(1e-9));
        assertThat(number(west, "gp_10_area_share")).isCloseTo(GP_SERVED_M2 / WEST_M2, within(1e-9));
        assertThat(number(west, "libraries_10_area_share")).isZero();
        assertThat(west.getAttribute("gp_10_res_share")).isNull();
        SimpleFeature east = wards.features().get(1);
        assertThat(east.getAttribute("ward")).isEqualTo("East");
        assertThat(number(east, "gp_10_area_share")).isZero();
        assertThat(number(east, "libraries_5_area_share")).isCloseTo((200 * 400 + CAPS_M2 / 2) / EAST_M2, within(1e-9));
        assertThat(number(east, "libraries_10_area_share")).isCloseTo(LIBRARY_SERVED_M2 / EAST_M2, within(1e-9));
    }

    /** Rings are the differences of the disks: 5-10 minutes is the 400 m strip between x 570 and 970 (800 m for the library). */
    @Test
    void ringsAreTheExactDifferencesOfTheDisks(@TempDir Path other) throws IOException {
        try (AnalysisResult rings = AnalysisRunner.run(AnalysisFiles.read(StraightRoad.write(other, "  rings: true\n")))) {
            ResultLayers ringLayers = new ResultLayers(rings);
            assertThat(ringLayers.all()).extracting(Layer::name).doesNotContain("facility_service_areas");
            Layer areas = ringLayers.serviceAreas();
            assertThat(areas.features()).extracting(f -> number(f, "band_min"), f -> number(f, "ring_from_min"))
                    .containsExactly(tuple(10.0, 5.0), tuple(5.0, 0.0),
                            tuple(10.0, 5.0), tuple(5.0, 0.0));
            double[] expected = {200 * 400, disk(570), 200 * 400, disk(400)};
            for (int i = 0; i < 4; i++) {
                assertThat(number(areas.features().get(i), "area_m2")).as("ring %d", i).isCloseTo(expected[i], M2);
            }
        }
    }

    @Test
    void bandsAppearInColumnNamesWithoutAPoint() {
        assertThat(ResultLayers.band(10)).isEqualTo("10");
        assertThat(ResultLayers.band(7.5)).isEqualTo("7_5");
    }

    private static List<String> fields(Layer layer) {
        return layer.featureType().getAttributeDescriptors().stream().map(AttributeDescriptor::getLocalName).toList();
    }

    private static double number(SimpleFeature f, String field) {
        return ((Number) f.getAttribute(field)).doubleValue();
    }
}
