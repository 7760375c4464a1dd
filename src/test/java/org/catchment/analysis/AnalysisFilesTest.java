package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.InputException;
import org.catchment.io.ReadOptions;
import org.catchment.overlay.ClassMethod;
import org.catchment.servicearea.CatchmentOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalysisFilesTest {

    @TempDir
    Path dir;
    Path file;

    static final String VALID = """
            name: Sample town
            network:
              roads: sample/RoadLink.shp
              footpaths: sample/footpaths.shp
              walking_speed_kmh: 4.8
            study_area: {layer: sample/wards.shp, name_field: WD_NAME, select: [North, South]}
            facilities:
              - {type: gp, label: GP surgeries, layer: sample/gp.shp, bands_min: [10, 20]}
              - {type: parks, label: Children's parks, layer: sample/parks.shp, bands_min: [5, 10]}
              - {type: foodbanks, label: Foodbanks, layer: sample/foodbanks.csv, postcode_lookup: sample/postcodes.csv, bands_min: [10, 20]}
            population: {layer: sample/lsoa.shp, count_field: POP}
            deserts: {min_missing: 3}
            output: {dir: out}
            """;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("sample"));
        for (String f : List.of("RoadLink.shp", "footpaths.shp", "wards.shp", "gp.shp", "parks.shp", "foodbanks.csv",
                "postcodes.csv", "lsoa.shp")) {
            Files.writeString(dir.resolve("sample").resolve(f), "");
        }
        file = dir.resolve("analysis.yml");
    }

    Analysis parse(String text) {
        return AnalysisFiles.parse(text, file);
    }

    @Test
    void readsTheDocumentedExampleWithDefaultsAndResolvedPaths() {
        Analysis a = parse(VALID);
        AnalysisSpec s = a.spec();
        assertThat(s.name()).isEqualTo("Sample town");
        assertThat(a.roads()).extracting(LayerRef::file).containsExactly(dir.resolve("sample/RoadLink.shp"));
        assertThat(s.network().footpaths()).containsExactly("sample/footpaths.shp");
        assertThat(s.network().snapToleranceM()).isEqualTo(250.0);
        assertThat(s.network().offNetworkLeg()).isEqualTo(CatchmentOptions.OffNetworkLeg.WALK);
        assertThat(s.facilities()).extracting(AnalysisSpec.FacilitySpec::type).containsExactly("gp", "parks", "foodbanks");
        assertThat(s.facilities().get(1).servedBand()).isEqualTo(10.0);
        assertThat(s.catchments().trimDistanceM()).isEqualTo(100.0);
        assertThat(s.deserts().minAreaM2()).isEqualTo(2000.0);
        assertThat(a.outputDir()).isEqualTo(dir.resolve("out"));
        assertThat(s.studyArea().select()).containsExactly("North", "South");
    }

    /* Issue 16, item 6: an analysis still being put together opens in the app; the command line still refuses to run it. */
    @Test
    void aDraftWithoutNetworkOrTypesCanBeReadButNotRun() throws Exception {
        String draft = """
                name: Half done
                study_area: {layer: sample/wards.shp, name_field: WD_NAME}
                deserts: {min_missing: 3}
                """;
        Files.writeString(file, draft);
        Analysis a = AnalysisFiles.readDraft(file);
        assertThat(a.spec().network()).isNull();
        assertThat(a.spec().facilities()).isEmpty();
        assertThat(Completeness.firstGap(a.spec())).hasValueSatisfying(g -> {
            assertThat(g.key()).isEqualTo("network");
            assertThat(g.appMessage()).isEqualTo("The analysis has no road network yet. Add the roads under Network in"
                    + " the Analysis panel (Add roads\u2026).");
        });
        assertThatThrownBy(() -> AnalysisFiles.read(file)).hasMessage(file + ": network: the analysis has no road"
                + " network. Name the road network, e.g. network: {roads: [RoadLink.shp]}.");
        Files.writeString(file, draft + "network: {roads: [sample/RoadLink.shp]}\n");
        assertThatThrownBy(() -> AnalysisFiles.read(file)).hasMessage(file + ": facilities: the analysis has no facility"
                + " types. List at least one, e.g. - {type: gp, layer: gp.shp}.");

        Files.writeString(file, draft.replace("name: Half done", "name: Half done\nnetwork: {walking_speed_kmh: 40}"));
        assertThatThrownBy(() -> AnalysisFiles.readDraft(file)).as("what a draft says is still checked")
                .hasMessageContaining("line 2, network.walking_speed_kmh: the walking speed must be");
        Files.writeString(file, draft.replace("sample/wards.shp", "sample/none.shp"));
        assertThatThrownBy(() -> AnalysisFiles.readDraft(file)).hasMessageContaining("study_area.layer: the file");
    }

    @Test
    void theAppsCheckNamesNoLineAndNoFileWhileUnsaved() {
        Analysis a = parse(VALID);
        AnalysisSpec bad = a.spec().withFacilities(List.of(a.spec().facilities().get(0).toBuilder()
                .layers(List.of("sample/none.shp")).build()));
        assertThatThrownBy(() -> AnalysisFiles.check(bad, null, dir)).hasMessage("facilities[0].layer: the file "
                + dir.resolve("sample/none.shp") + " does not exist. Paths are relative to the analysis file's folder;"
                + " check the name and folder.");
        assertThatThrownBy(() -> AnalysisFiles.check(bad, file, dir)).hasMessageStartingWith(file
                + ": facilities[0].layer: the file");
        assertThat(AnalysisFiles.check(a.spec(), null, dir).file()).isNull();
    }

    @Test
    void geoPackageTableIsPartOfTheLayerPath() {
        LayerRef ref = parse(VALID).layer("roads.gpkg#road_link");
        assertThat(ref.file()).isEqualTo(dir.resolve("roads.gpkg"));
        assertThat(ref.table()).isEqualTo("road_link");
    }

    @Test
    void writtenFileReadsBackTheSame() {
        Analysis a = parse(VALID);
        AnalysisFiles.write(a.spec(), file);
        assertThat(AnalysisFiles.read(file).spec()).isEqualTo(a.spec());
    }

    @Test
    void aZoneLayersFilterIsReadAndWrittenBack() throws Exception {
        Analysis a = parse(VALID.replace("deserts:", "zones:\n  - {layer: sample/lsoa.shp, name_field: LSOA_NAME,"
                + " filter: \"LAD22CD = 'E08000013'\"}\ndeserts:"));
        assertThat(a.spec().zones()).singleElement().extracting(AnalysisSpec.ZoneSpec::filter)
                .isEqualTo("LAD22CD = 'E08000013'");
        AnalysisFiles.write(a.spec(), file);
        assertThat(Files.readString(file)).contains("filter: LAD22CD = 'E08000013'");
        assertThat(AnalysisFiles.read(file).spec()).isEqualTo(a.spec());
    }

    @Test
    void unknownKeyNamesTheKeyItsLineAndTheAllowedKeys() {
        String text = VALID.replace("bands_min: [5, 10]}", "bandz: [5, 10]}");
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": line 9: unknown key 'bandz' in facilities[1].")
                .hasMessageContaining("The keys allowed here are: ")
                .hasMessageContaining("bands_min");
    }

    @Test
    void wrongTypeNamesTheKeyAndLine() {
        String text = VALID.replace("walking_speed_kmh: 4.8", "walking_speed_kmh: brisk");
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": line 5: 'network.walking_speed_kmh' has the value 'brisk', which is not a number."
                        + " Correct the value.");
    }

    @Test
    void optionWordsAreReadIntoTheEnumsAndWrittenBackInLowerCase() {
        String text = VALID.replace("walking_speed_kmh: 4.8", "walking_speed_kmh: 4.8\n  off_network_leg: ignore")
                .replace("bands_min: [5, 10]}", "bands_min: [5, 10], bad_rows: skip}")
                + "indicators:\n  - {table: sample/foodbanks.csv, table_key: k, layer: sample/lsoa.shp, layer_key: K,"
                + " field: f, classes: natural_breaks}\n";
        AnalysisSpec s = parse(text).spec();
        assertThat(s.network().offNetworkLeg()).isEqualTo(CatchmentOptions.OffNetworkLeg.IGNORE);
        assertThat(s.facilities().get(1).badRows()).isEqualTo(ReadOptions.BadRowPolicy.SKIP);
        assertThat(s.facilities().get(0).badRows()).as("the default is not written back").isNull();
        assertThat(s.facilities().get(0).badRowPolicy()).isEqualTo(ReadOptions.BadRowPolicy.FAIL);
        assertThat(s.indicators().get(0).classes()).isEqualTo(ClassMethod.NATURAL_BREAKS);
        assertThat(s.indicators().get(0).count()).isEqualTo(5);
        String yaml = AnalysisFiles.toYaml(s);
        assertThat(yaml).contains("off_network_leg: ignore", "bad_rows: skip", "classes: natural_breaks")
                .doesNotContain("bad_rows: fail").doesNotContain("IGNORE");
        assertThat(AnalysisFiles.parse(yaml, file).spec()).isEqualTo(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "off_network_leg: run| 6|network.off_network_leg|walk, ignore",
        "off_network_leg: WALK| 6|network.off_network_leg|walk, ignore",
        "bad_rows: drop| 8|facilities[0].bad_rows|fail, skip",
        "classes: jenks|15|indicators[0].classes|deciles, quantiles, equal_intervals, natural_breaks"})
    void aWrongOptionWordNamesTheFileTheLineTheKeyAndTheAllowedWords(String wrong, int line, String key,
                                                                      String allowed) {
        String value = wrong.substring(wrong.indexOf(": ") + 2);
        String text = VALID.replace("walking_speed_kmh: 4.8", "walking_speed_kmh: 4.8"
                        + (wrong.startsWith("off_network_leg") ? "\n  off_network_leg: " + value : ""))
                .replace("layer: sample/gp.shp,", "layer: sample/gp.shp," + (wrong.startsWith("bad_rows")
                        ? " bad_rows: " + value + "," : ""))
                + "indicators:\n  - {table: sample/foodbanks.csv, table_key: k, layer: sample/lsoa.shp, layer_key: K,"
                + " field: f" + (wrong.startsWith("classes") ? ", classes: " + value : "") + "}\n";
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": line " + line + ": '" + key + "' has the value '" + value + "', which is not one of "
                        + allowed + ". Correct the value.");
    }

    @Test
    void aFractionWhereAWholeNumberIsNeededIsRefusedNotTruncated() {
        String text = VALID.replace("output: {dir: out}", "output: {dir: out, dpi: 300.5}");
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": line 13: 'output.dpi' has the")
                .hasMessageContaining("a whole number");
    }

    @Test
    void negativeBandIsRefusedAtItsLine() {
        String text = VALID.replace("bands_min: [5, 10]}", "bands_min: [-5, 10]}");
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": line 9, facilities[1].bands_min: each time band must be from 1 to 120 min (it is -5)."
                        + " Bands are minutes of walking, e.g. [5, 10] or [10, 20].");
    }

    @Test
    void bandsOutOfOrderAreRefused() {
        String text = VALID.replace("bands_min: [10, 20]}\n  - {type: parks", "bands_min: [20, 10]}\n  - {type: parks");
        assertThatThrownBy(() -> parse(text))
                .hasMessageContaining("line 8, facilities[0].bands_min: the bands 20, 10 are not in ascending order");
    }

    @Test
    void missingLayerFileIsNamedWithItsKey() throws Exception {
        Files.delete(dir.resolve("sample/gp.shp"));
        assertThatThrownBy(() -> parse(VALID))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": line 8, facilities[0].layer: the file " + dir.resolve("sample/gp.shp")
                        + " does not exist. Paths are relative to the analysis file's folder; check the name and folder.");
    }

    @Test
    void servedBandMustBeOneOfTheBands() {
        String text = VALID.replace("layer: sample/gp.shp, bands_min: [10, 20]}",
                "layer: sample/gp.shp, bands_min: [10, 20], served_band_min: 15}");
        assertThatThrownBy(() -> parse(text)).hasMessageContaining(
                "facilities[0].served_band_min: the served band 15 is not one of the bands 10, 20");
    }

    @Test
    void duplicateTypesAndAnImpossibleDesertThresholdAreRefused() {
        assertThatThrownBy(() -> parse(VALID.replace("type: parks", "type: gp")))
                .hasMessageContaining("facilities[1].type: the type 'gp' is listed twice");
        assertThatThrownBy(() -> parse(VALID.replace("min_missing: 3", "min_missing: 0")))
                .hasMessageContaining("deserts.min_missing: the number of missing types that makes a desert must be from"
                        + " 1 to 100 (it is 0)");
        assertThat(parse(VALID.replace("min_missing: 3", "min_missing: 4")).spec().deserts().minMissing())
                .as("more than the 3 types is allowed: the run says no desert can be found").isEqualTo(4);
    }

    @Test
    void desertTypesAreKnownTypesAndNotCombinedWithMissingAllOf() {
        assertThat(parse(VALID.replace("min_missing: 3", "min_missing: 1, types: [gp, parks]")).spec().deserts().types())
                .containsExactly("gp", "parks");
        assertThatThrownBy(() -> parse(VALID.replace("min_missing: 3", "types: [gp, pubs]")))
                .hasMessageContaining("deserts.types: 'pubs' is not one of the facility types");
        assertThatThrownBy(() -> parse(VALID.replace("min_missing: 3", "types: [gp], missing_all_of: [gp]")))
                .hasMessageContaining("deserts.types: deserts.types and deserts.missing_all_of cannot be combined");
    }

    @Test
    void brokenYamlIsReportedAtItsLine() {
        String text = VALID.replace("study_area: {layer", "study_area {layer");
        assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": line ");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> AnalysisFiles.read(dir.resolve("none.yml")))
                .hasMessage(dir.resolve("none.yml") + ": the analysis file does not exist. Check the path.");
    }
}
