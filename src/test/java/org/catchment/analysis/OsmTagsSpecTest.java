package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.catchment.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code osm_tags} in the analysis file: a preset's name or keys with lists of values, read and
 * written back as given; it goes with an OpenStreetMap extract as the layer and an extract needs it.
 */
class OsmTagsSpecTest {

    @TempDir
    Path dir;

    @BeforeEach
    void inputs() throws Exception {
        for (String f : new String[] {"area.osm.pbf", "wards.shp", "gp.shp"}) {
            Files.writeString(dir.resolve(f), "placeholder: validation only checks that inputs exist");
        }
    }

    private Analysis parse(String facility) {
        return AnalysisFiles.parse("""
                name: Test
                network: {roads: [area.osm.pbf]}
                study_area: {layer: wards.shp, name_field: NAME}
                facilities:
                  - %s
                deserts: {min_missing: 1}
                """.formatted(facility), dir.resolve("analysis.yml"));
    }

    @Test
    void aPresetAndKeysWithValuesAreReadAndWrittenAsGiven() {
        AnalysisSpec.FacilitySpec gp = parse("{type: gp, layer: area.osm.pbf, osm_tags: gp}").spec().facilities().get(0);
        assertThat(gp.osmTags().preset()).isEqualTo("gp");
        assertThat(gp.osmTags().tags()).isEqualTo(Map.of("amenity", List.of("doctors")));
        assertThat(AnalysisFiles.toYaml(parse("{type: gp, layer: area.osm.pbf, osm_tags: gp}").spec()))
                .contains("  osm_tags: gp\n");

        AnalysisSpec spec = parse("{type: gp, layer: area.osm.pbf, osm_tags: {amenity: [doctors, clinic],"
                + " healthcare: ['*']}}").spec();
        OsmTags tags = spec.facilities().get(0).osmTags();
        assertThat(tags.preset()).isNull();
        assertThat(tags.matches(Map.of("amenity", "clinic"))).isTrue();
        assertThat(tags.matches(Map.of("healthcare", "anything"))).isTrue();
        assertThat(tags.matches(Map.of("amenity", "doctors;pharmacy"))).isFalse();
        assertThat(tags).hasToString("amenity in (doctors, clinic) or healthcare (any value)");
        AnalysisSpec again = AnalysisFiles.parse(AnalysisFiles.toYaml(spec), dir.resolve("again.yml")).spec();
        assertThat(again.facilities().get(0).osmTags()).isEqualTo(tags);
    }

    @Test
    void anUnknownPresetNamesThePresets() {
        assertThatThrownBy(() -> parse("{type: gp, layer: area.osm.pbf, osm_tags: doctors}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facilities[0].osm_tags: there is no OpenStreetMap preset 'doctors'. Use one of"
                        + " gp, libraries, parks, community_centres, sports_centres, foodbanks, retail_centres");
    }

    @Test
    void anExtractNeedsOsmTagsAndOsmTagsNeedAnExtract() {
        assertThatThrownBy(() -> parse("{type: gp, layer: area.osm.pbf}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facilities[0].osm_tags: the layer is an OpenStreetMap extract but no osm_tags"
                        + " say which elements are the facilities");
        assertThatThrownBy(() -> parse("{type: gp, layer: gp.shp, osm_tags: gp}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facilities[0].osm_tags: osm_tags picks facilities out of an OpenStreetMap"
                        + " extract, but the layer is not one");
        assertThatThrownBy(() -> parse("{type: gp, layer: area.osm.pbf, osm_tags: {amenity: []}}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the key 'amenity' has no value");
    }
}
