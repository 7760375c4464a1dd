package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.catchment.InputException;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.TestLayers;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;

/** Which lines may be walked: presets picked from a layer's fields, and rules in CQL. */
class WalkabilityTest {

    /** @return a layer of one short line per row, with these text fields (a null value is a missing tag) */
    private static Layer roads(List<String> fields, String[]... rows) {
        List<String> wkts = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            wkts.add("LINESTRING (" + (350_000 + 10 * i) + " 400000, " + (350_000 + 10 * i) + " 400010)");
            values.add(Arrays.asList((Object[]) rows[i]));
        }
        return TestLayers.layer("roads", LineString.class, wkts,
                fields.stream().map(f -> new TestLayers.Attr(f, String.class)).toList(), values);
    }

    private static List<Boolean> walked(Walkability w, Layer layer) {
        return layer.features().stream().map(w.on(layer)::test).toList();
    }

    @Test
    void openStreetMapTagsFollowFootThenAccessThenTheHighway() {
        Layer osm = roads(List.of("highway", "foot", "access"),
                new String[] {"footway", null, null},
                new String[] {"motorway", null, null},
                new String[] {"residential", null, "private"},
                new String[] {"service", "yes", "private"},
                new String[] {"primary", "no", null},
                new String[] {"track", "designated", "no"},
                new String[] {"motorway", "yes", null},
                new String[] {"construction", null, null},
                new String[] {"unclassified", null, "permissive"});
        Walkability w = Walkability.of(null, osm);
        assertThat(w.preset()).contains(Walkability.Preset.OSM);
        assertThat(walked(w, osm)).containsExactly(true, false, false, true, false, true, true, false, true);
        assertThat(w.describe()).startsWith("preset osm (OpenStreetMap highway, foot and access tags), chosen from the"
                + " roads' fields: foot IN ('yes',");
    }

    @Test
    void onlyTheHighwayTagIsNeededAndGeofabrikClassesAreRead() {
        Layer highways = roads(List.of("osm_id", "highway"), new String[] {"1", "path"}, new String[] {"2", "motorway_link"});
        assertThat(walked(Walkability.of(null, highways), highways)).containsExactly(true, false);
        Layer geofabrik = roads(List.of("osm_id", "fclass"), new String[] {"1", "track_grade3"},
                new String[] {"2", "motorway"}, new String[] {"3", "footway"});
        Walkability w = Walkability.of(null, geofabrik);
        assertThat(w.preset()).contains(Walkability.Preset.GEOFABRIK);
        assertThat(walked(w, geofabrik)).containsExactly(true, false, true);
    }

    @Test
    void osOpenRoadsClosesMotorwaysUnderEitherSpelling() {
        Layer camel = roads(List.of("identifier", "function", "formOfWay"), new String[] {"a", "Motorway", "Slip Road"},
                new String[] {"b", "A Road", "Slip Road"}, new String[] {"c", "Local Road", "Single Carriageway"},
                new String[] {"d", "MOTORWAY", "Dual Carriageway"});
        Layer snake = roads(List.of("id", "road_function", "form_of_way"), new String[] {"a", "Motorway", "Slip Road"},
                new String[] {"b", "A Road", "Slip Road"}, new String[] {"c", "Local Road", "Single Carriageway"},
                new String[] {"d", "MOTORWAY", "Dual Carriageway"});
        for (Layer layer : List.of(camel, snake)) {
            Walkability w = Walkability.of(null, layer);
            assertThat(w.preset()).contains(Walkability.Preset.OS_OPEN_ROADS);
            assertThat(walked(w, layer)).containsExactly(false, true, true, false);
        }
        assertThat(Walkability.of(null, snake).rule()).isEqualTo("NOT (road_function ILIKE 'Motorway')");
    }

    @Test
    void aLayerWithoutKnownFieldsIsWalkedWholeAndARuleOrAPresetCanBeGiven() {
        Layer council = roads(List.of("path_type", "surface"), new String[] {"footpath", "tarmac"},
                new String[] {"private drive", "gravel"});
        Walkability all = Walkability.of(null, council);
        assertThat(all.preset()).contains(Walkability.Preset.ALL);
        assertThat(all.describe()).isEqualTo("preset all (every line walkable), chosen from the roads' fields: INCLUDE");
        assertThat(walked(all, council)).containsExactly(true, true);
        Walkability rule = Walkability.of("path_type <> 'private drive'", council);
        assertThat(walked(rule, council)).containsExactly(true, false);
        assertThat(rule.describe()).isEqualTo("the rule network.walkable gives: path_type <> 'private drive'");
        Layer osm = roads(List.of("highway"), new String[] {"motorway"});
        assertThat(walked(Walkability.of("preset:all", osm), osm)).containsExactly(true);
        assertThat(Walkability.of("preset:all", osm).describe()).startsWith("preset all (every line walkable), as"
                + " network.walkable names it");
    }

    @Test
    void aRuleNamingAMissingFieldOrAnUnknownPresetIsOneClearLine() {
        Layer council = roads(List.of("path_type"), new String[] {"footpath"});
        assertThatThrownBy(() -> Walkability.of("highway = 'footway'", council)).isInstanceOf(InputException.class)
                .hasMessageContaining("network.walkable: the rule names the field 'highway', which the roads do not"
                        + " have; their fields are path_type");
        assertThatThrownBy(() -> Walkability.of("preset:osm", council))
                .hasMessageContaining("the preset osm reads the field highway, which the roads do not have");
        assertThat(Walkability.problem("preset:walkers")).contains("there is no preset 'walkers'; the presets are"
                + " os_open_roads, osm, geofabrik, all");
        assertThat(Walkability.problem("highway IN ('footway'")).hasValueSatisfying(p -> assertThat(p)
                .startsWith("the rule \"highway IN ('footway'\" is not valid CQL"));
        assertThat(Walkability.problem("highway IN ('footway')")).isEmpty();
    }

    /**
     * The sample town's RoadLink records written in the OS Open Roads GeoPackage download's schema
     * ({@code road_link} with {@code id}, {@code start_node}, {@code end_node}, {@code road_function},
     * {@code road_classification}, {@code form_of_way}) read as the same network as the shapefile's
     * CamelCase fields.
     */
    @Test
    void theSnakeCaseGeoPackageSchemaReadsAsTheCamelCaseOne(@TempDir Path dir) {
        Layer camel = LayerReader.read(Path.of("data", "sample", "RoadLink.shp"), ReadOptions.defaults());
        Map<String, String> names = Map.of("identifier", "id", "startNode", "start_node", "endNode", "end_node",
                "function", "road_function", "class", "road_classification", "formOfWay", "form_of_way");
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("road_link");
        tb.setCRS(Crs.epsg(27700));
        tb.add("geometry", LineString.class);
        names.values().stream().sorted().forEach(n -> tb.add(n, String.class));
        SimpleFeatureType type = tb.buildFeatureType();
        List<SimpleFeature> rows = new ArrayList<>();
        for (SimpleFeature f : camel.features()) {
            SimpleFeatureBuilder b = new SimpleFeatureBuilder(type);
            b.set("geometry", Layer.geometry(f).getGeometryN(0));
            names.forEach((from, to) -> b.set(to, f.getAttribute(from)));
            rows.add(b.buildFeature(null));
        }
        Path gpkg = dir.resolve("oproad_gb.gpkg");
        GeoPackageWriter.write(gpkg, List.of(Layer.of("road_link", type, rows)), Map.of());
        Layer snake = LayerReader.read(gpkg, ReadOptions.defaults().withTable("road_link"));
        assertThat(Walkability.fieldNames(snake)).contains("road_function", "start_node", "end_node", "form_of_way");
        OpenRoadsNetworkBuilder.Built a = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addRoads(camel).build();
        OpenRoadsNetworkBuilder.Built b = new OpenRoadsNetworkBuilder(Crs.epsg(27700)).addRoads(snake).build();
        try (WalkingNetwork na = a.network(); WalkingNetwork nb = b.network()) {
            assertThat(nb.nodeCount()).isEqualTo(na.nodeCount()).isEqualTo(1551);
            assertThat(nb.edgeCount()).isEqualTo(na.edgeCount()).isEqualTo(1696);
            assertThat(b.report().motorwayLinks()).isEqualTo(a.report().motorwayLinks()).isEqualTo(5);
            assertThat(b.report().lines()).as("joined by node identifiers, not vertices").isNull();
            for (int e = 0; e < na.edgeCount(); e++) {
                assertThat(nb.edgeSourceId(e)).isEqualTo(na.edgeSourceId(e));
                assertThat(nb.edgeLengthM(e)).isEqualTo(na.edgeLengthM(e));
                assertThat(nb.isWalkable(e)).isEqualTo(na.isWalkable(e));
            }
            assertThat(nb.walkability()).isEqualTo("preset os_open_roads (OS Open Roads: motorways not walkable), chosen"
                    + " from the roads' fields: NOT (road_function ILIKE 'Motorway' OR road_classification ILIKE 'Motorway')");
        }
    }
}
