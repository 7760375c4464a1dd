package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code scenarios} section of the analysis file: read as the issue writes it, written back
 * the same, and each mistake found before anything runs reported on one line naming the scenario.
 */
class ScenarioFileTest {

    @TempDir
    Path dir;
    Path file;

    static final String BASE = """
            network: {roads: [roads.shp]}
            study_area: {layer: wards.shp, name_field: NAME}
            facilities:
              - {type: libraries, layer: libraries.shp, id_field: code}
              - {type: community_centres, layer: centres.shp}
            """;

    @BeforeEach
    void inputs() throws Exception {
        for (String f : List.of("roads.shp", "wards.shp", "libraries.shp", "centres.shp", "proposed_hubs.geojson")) {
            Files.writeString(dir.resolve(f), "");
        }
        file = dir.resolve("analysis.yml");
    }

    private Analysis parse(String scenarios) {
        return AnalysisFiles.parse(BASE + "scenarios:\n" + scenarios, file);
    }

    @Test
    void theIssuesExampleIsReadAndWrittenBackTheSame() {
        Analysis a = parse("""
                  - name: close_central_library
                    close: [{type: libraries, filter: "name = 'Central Library'"}]
                  - name: new_hub
                    add: [{type: community_centres, layer: proposed_hubs.geojson}]
                  - name: two_sites
                    add: [{type: community_centres, points: [[353100, 392500, Market Hall], [353500.5, 392000]]}]
                    close: [{type: libraries, ids: [L1, L7]}]
                """);
        List<ScenarioSpec> s = a.spec().scenarios();
        assertThat(s).extracting(ScenarioSpec::name).containsExactly("close_central_library", "new_hub", "two_sites");
        assertThat(s.get(0).close()).containsExactly(ScenarioSpec.Close.filter("libraries", "name = 'Central Library'"));
        assertThat(s.get(1).add()).containsExactly(ScenarioSpec.Add.layer("community_centres", "proposed_hubs.geojson"));
        assertThat(s.get(2).add().get(0).points()).containsExactly(new ScenarioSpec.Site(353100, 392500, "Market Hall"),
                new ScenarioSpec.Site(353500.5, 392000, null));
        assertThat(s.get(2).close().get(0).ids()).containsExactly("L1", "L7");
        assertThat(a.spec().facilities().get(0).idField()).isEqualTo("code");

        String yaml = AnalysisFiles.toYaml(a.spec());
        assertThat(yaml).contains("- - 353100.0\n      - 392500.0\n      - Market Hall\n    - - 353500.5\n      - 392000.0\n")
                .doesNotContain("null", "empty", "add: []");
        assertThat(AnalysisFiles.parse(yaml, file).spec()).isEqualTo(a.spec());
        assertThat(SpecPaths.inputs(a.spec(), false)).contains("proposed_hubs.geojson");
    }

    @Test
    void anAnalysisWithoutScenariosWritesNone() {
        Analysis a = AnalysisFiles.parse(BASE, file);
        assertThat(a.spec().scenarios()).isEmpty();
        assertThat(AnalysisFiles.toYaml(a.spec())).doesNotContain("scenarios");
    }

    @Test
    void eachMistakeIsOneLineNamingTheScenario() {
        refused("""
                  - name: close_pub
                    close: [{type: pubs, ids: [x]}]
                """, "line 8, scenarios[0].close[0].type: scenario 'close_pub' names the facility type 'pubs', which the"
                + " analysis does not have. Use one of [libraries, community_centres]");
        refused("""
                  - name: both
                    close: [{type: libraries, ids: [L1], filter: "code = 'L1'"}]
                """, "scenarios[0].close[0]: scenario 'both' closes libraries with both a filter and ids");
        refused("""
                  - name: neither
                    add: [{type: libraries}]
                """, "scenarios[0].add[0]: scenario 'neither' adds libraries without a layer and points");
        refused("""
                  - name: bad_cql
                    close: [{type: libraries, filter: "name = "}]
                """, "scenarios[0].close[0].filter: scenario 'bad_cql': the filter \"name = \" is not valid CQL");
        refused("""
                  - name: missing_layer
                    add: [{type: libraries, layer: nowhere.shp}]
                """, "scenarios[0].add[0].layer: the file " + dir.resolve("nowhere.shp") + " does not exist");
        refused("""
                  - name: nothing
                """, "scenarios[0]: scenario 'nothing' closes and adds nothing");
        refused("""
                  - name: all
                    close: [{type: libraries, ids: [L1]}]
                """, "scenarios[0].name: the scenario name 'all' cannot name an output folder");
        refused("""
                  - name: Close/Library
                    close: [{type: libraries, ids: [L1]}]
                """, "the scenario name 'Close/Library' cannot name an output folder");
        refused("""
                  - name: twice
                    close: [{type: libraries, ids: [L1]}]
                  - name: TWICE
                    close: [{type: libraries, ids: [L2]}]
                """, "scenarios[1].name: the scenario name 'TWICE' is used twice");
        refused("""
                  - name: empty_ids
                    close: [{type: libraries, ids: []}]
                """, "scenarios[0].close[0].ids: scenario 'empty_ids': the list of ids to close is empty");
    }

    private void refused(String scenarios, String message) {
        assertThatThrownBy(() -> parse(scenarios)).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
    }
}
