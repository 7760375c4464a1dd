package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.catchment.InputException;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

/**
 * Facilities read from an OpenStreetMap file by tags, on a hand-written file
 * (src/test/resources/osm/facilities.osm, and the same data as .osm.pbf): a tagged node is a point,
 * a tagged closed way and a tagged multipolygon (two outer ways and a hole) are areas whose size
 * is worked out by hand in degrees; an open way and a relation missing its way are left out with
 * a warning each.
 */
class OsmFacilitiesTest {

    private static final Path DIR = Path.of("src/test/resources/osm");
    private static final OsmTags DOCTORS = OsmTags.of(Map.of("amenity", List.of("doctors")));

    @ParameterizedTest
    @ValueSource(strings = {"facilities.osm", "facilities.osm.pbf"})
    void nodesArePointsClosedWaysAndMultipolygonsAreAreas(String file) {
        List<Layer> layers = OsmFacilities.read(DIR.resolve(file), DOCTORS);
        Layer points = layers.get(0);
        Layer areas = layers.get(1);
        assertThat(ids(points)).containsExactly("node/10");
        assertThat(points.features().get(0).getAttribute("name")).isEqualTo("Dr Point");
        assertThat(points.features().get(0).getAttribute("amenity")).isEqualTo("doctors");
        assertThat(ids(areas)).containsExactly("way/201", "relation/301");
        // the outline 0.0005 x 0.0005 degrees; the campus 0.001 x 0.001 with a 0.0002 x 0.0002 hole
        assertThat(area(areas, "way/201")).isCloseTo(2.5e-7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(area(areas, "relation/301")).isCloseTo(1e-6 - 4e-8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(areas.warnings()).containsExactly(
                file + ": 1 way tagged amenity = doctors is not closed and was left out: a facility is a point or an"
                        + " area.",
                file + ": 1 multipolygon relations tagged amenity = doctors were left out: their ways are not all in"
                        + " the extract or their rings do not close (relation/302).");
    }

    @Test
    void anyKeyOfTheRuleMatchesAndStarIsAnyValue() {
        Path osm = DIR.resolve("facilities.osm");
        OsmTags either = OsmTags.of(Map.of("amenity", List.of("doctors"), "healthcare", List.of("doctor")));
        assertThat(ids(OsmFacilities.read(osm, either).get(0))).containsExactly("node/10", "node/12");
        OsmTags anyAmenity = OsmTags.of(Map.of("amenity", List.of(OsmTags.ANY)));
        assertThat(ids(OsmFacilities.read(osm, anyAmenity).get(0))).containsExactly("node/10", "node/11");
        assertThat(ids(OsmFacilities.read(osm, OsmTags.ofPreset("gp")).get(1))).containsExactly("way/201", "relation/301");
    }

    @Test
    void brokenXmlNamesTheFileAndLineInOneLine(@TempDir Path dir) throws Exception {
        String whole = Files.readString(DIR.resolve("facilities.osm"));
        Path cut = Files.writeString(dir.resolve("cut.osm"), whole.substring(0, whole.indexOf("<way id=\"203\"") + 8));
        assertThatThrownBy(() -> OsmFacilities.read(cut, DOCTORS)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception")
                        .doesNotContain("java.").doesNotContain("com."))
                .hasMessageContaining("cut.osm: the OpenStreetMap XML is broken at line ")
                .hasMessageEndingWith("Download or export the .osm file again (it may be cut short), or give the"
                        + " .osm.pbf extract.");
    }

    @Test
    void truncatedPbfNamesTheFileAndWhatToDoInOneLine(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("data/rutland/rutland-latest.osm.pbf"));
        Path cut = Files.write(dir.resolve("cut.osm.pbf"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> OsmFacilities.read(cut, DOCTORS)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception")
                        .doesNotContain("java.").doesNotContain("com."))
                .hasMessageEndingWith("cut.osm.pbf: the OpenStreetMap extract is damaged or cut short. Download the"
                        + " .osm.pbf again (e.g. from download.geofabrik.de) and check its size.");
    }

    private static List<String> ids(Layer layer) {
        return layer.features().stream().map(f -> (String) f.getAttribute("osm_id")).toList();
    }

    private static double area(Layer layer, String id) {
        for (SimpleFeature f : layer.features()) {
            if (id.equals(f.getAttribute("osm_id"))) {
                Geometry g = Layer.geometry(f);
                return g.getArea();
            }
        }
        throw new AssertionError(id);
    }
}
