package org.catchment.ui.form.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisFormTest {

    private static final String YAML = """
            name: Test town
            network:
              roads: [roads.geojson]
              footpath_tolerance_m: 12
            study_area:
              layer: wards.geojson
              name_field: WD_NAME
            facilities:
              - type: gp
                label: GP surgeries
                layer: gp.geojson
                bands_min: [10, 20]
              - type: parks
                layer: parks.geojson
                bands_min: [5, 10]
                served_band_min: 5
            deserts:
              min_missing: 2
            """;

    @TempDir
    Path dir;

    private AnalysisSpec spec() throws Exception {
        for (String f : List.of("roads.geojson", "wards.geojson", "gp.geojson", "parks.geojson")) {
            java.nio.file.Files.writeString(dir.resolve(f), "{}");
        }
        return AnalysisFiles.parse(YAML, dir.resolve("a.yml")).spec();
    }

    @Test
    void everyEditMakesANewSpecAndKeepsTheRest() throws Exception {
        AnalysisSpec original = spec();
        AnalysisForm form = new AnalysisForm(original);
        List<AnalysisSpec> seen = new ArrayList<>();
        form.onChange(seen::add);
        form.setWalkingSpeedKmh(4.0);
        form.setTrimDistanceM(50);
        form.setRings(true);
        form.setMinMissing(1);
        form.setName("Renamed");
        form.setSelectedWards(List.of("North", "South"));
        AnalysisSpec s = form.spec();
        assertThat(seen).hasSize(6).last().isSameAs(s);
        assertThat(s.network().walkingSpeedKmh()).isEqualTo(4.0);
        assertThat(s.network().footpathToleranceM()).isEqualTo(12.0);
        assertThat(s.network().roads()).containsExactly("roads.geojson");
        assertThat(s.catchments().trimDistanceM()).isEqualTo(50.0);
        assertThat(s.catchments().rings()).isTrue();
        assertThat(s.deserts().minMissing()).isEqualTo(1);
        assertThat(s.name()).isEqualTo("Renamed");
        assertThat(s.studyArea().select()).containsExactly("North", "South");
        assertThat(s.studyArea().nameField()).isEqualTo("WD_NAME");
        assertThat(s.facilities()).isEqualTo(original.facilities());
        assertThat(original.network().walkingSpeedKmh()).isEqualTo(4.8);
    }

    @Test
    void editedSpecSurvivesTheYamlRoundTrip() throws Exception {
        AnalysisForm form = new AnalysisForm(spec());
        form.setBands(0, List.of(5.0, 15.0));
        form.setTrimDistanceM(80);
        String yaml = AnalysisFiles.toYaml(form.spec());
        assertThat(yaml).contains("bands_min:").contains("- 15.0").contains("trim_distance_m: 80.0");
    }

    @Test
    void bandsMustAscendAndTheServedBandFollowsThem() throws Exception {
        AnalysisForm form = new AnalysisForm(spec());
        assertThatThrownBy(() -> form.setBands(0, List.of(20.0, 10.0))).hasMessageContaining("ascending");
        assertThatThrownBy(() -> form.setBands(0, List.of())).hasMessageStartingWith("No time bands are given.");
        assertThatThrownBy(() -> form.setBands(0, List.of(10.0, 150.0))).hasMessageStartingWith(
                "Each time band must be from 1 to 120 min (it is 150).");
        form.setBands(1, List.of(5.0, 10.0, 15.0));
        assertThat(form.spec().facilities().get(1).servedBand()).isEqualTo(5.0);
        form.setBands(1, List.of(10.0, 15.0));
        assertThat(form.spec().facilities().get(1).servedBandMin()).isNull();
        assertThat(form.spec().facilities().get(1).servedBand()).isEqualTo(15.0);
        assertThatThrownBy(() -> form.setServedBand(1, 7.0)).hasMessage(
                "The served band 7 is not one of the bands 10, 15. Choose one of the bands");
        form.setServedBand(1, 10.0);
        assertThat(form.spec().facilities().get(1).servedBand()).isEqualTo(10.0);
    }

    @Test
    void rejectsValuesTheRunnerWouldReject() throws Exception {
        AnalysisForm form = new AnalysisForm(spec());
        assertThatThrownBy(() -> form.setWalkingSpeedKmh(0)).hasMessage("The walking speed must be from 0.5 to 10 km/h"
                + " (it is 0). 4.8 km/h, 80 m a minute, is the usual planning figure");
        assertThatThrownBy(() -> form.setTrimDistanceM(0.5)).hasMessageStartingWith(
                "The trim distance must be from 1 to 1000 m (it is 0.5).");
        assertThatThrownBy(() -> form.setMinMissing(0)).hasMessageStartingWith("The number of missing types that makes"
                + " a desert must be from 1 to 100 (it is 0).");
        form.setMinMissing(3);
        assertThat(form.spec().deserts().minMissing()).as("more than the 2 types: no desert, and a note").isEqualTo(3);
        assertThatThrownBy(() -> form.addType("GP surgeries!", "x.shp")).hasMessageContaining("letters");
        assertThatThrownBy(() -> form.addType("gp", "x.shp")).hasMessageContaining("already");
    }

    @Test
    void addAndRemoveTypes() throws Exception {
        AnalysisForm form = new AnalysisForm(spec());
        form.addType("Libraries", "lib.shp");
        assertThat(form.spec().facilities()).extracting(AnalysisSpec.FacilitySpec::type)
                .containsExactly("gp", "parks", "libraries");
        assertThat(form.spec().facilities().get(2).bandsMin()).containsExactly(10.0, 20.0);
        form.removeType(0);
        assertThat(form.spec().facilities()).extracting(AnalysisSpec.FacilitySpec::type)
                .containsExactly("parks", "libraries");
        form.removeType(0);
        assertThat(form.spec().deserts().minMissing()).as("threshold lowered to the one type left").isEqualTo(1);
    }

    @Test
    void removingATypeTakesItOutOfTheTypesCountedInDeserts() throws Exception {
        AnalysisForm form = new AnalysisForm(spec());
        form.addType("Libraries", "lib.shp");
        form.setDesertRule(form.spec().deserts().withTypes(List.of("gp", "libraries")));
        form.removeType(2);
        assertThat(form.spec().deserts().types()).as("libraries gone, parks still not counted").containsExactly("gp");
        form.addType("Libraries", "lib.shp");
        form.setDesertRule(form.spec().deserts().withTypes(List.of("gp", "libraries")));
        form.removeType(1);
        assertThat(form.spec().deserts().types()).as("parks gone: every type left counted, no key").isNull();
        form.setDesertRule(form.spec().deserts().withTypes(List.of("libraries")));
        form.removeType(1);
        assertThat(form.spec().deserts().types()).as("no counted type left: back to all").isNull();
    }

    @Test
    void noEventWhenNothingChanges() throws Exception {
        AnalysisForm form = new AnalysisForm(spec());
        List<AnalysisSpec> seen = new ArrayList<>();
        form.onChange(seen::add);
        form.setWalkingSpeedKmh(4.8);
        form.setName("Test town");
        assertThat(seen).isEmpty();
    }

    @Test
    void parsesAndFormatsMinutes() {
        assertThat(AnalysisForm.parseMinutes(" 5, 10 20;30 ")).containsExactly(5.0, 10.0, 20.0, 30.0);
        assertThatThrownBy(() -> AnalysisForm.parseMinutes("5, ten")).hasMessage("'ten' is not a number of minutes");
        assertThat(AnalysisForm.formatMinutes(List.of(5.0, 7.5))).isEqualTo("5, 7.5");
    }
}
