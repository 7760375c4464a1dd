package org.catchment.ui.form.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.AnalysisSpec.IndicatorSpec;
import org.catchment.analysis.AnalysisSpec.ZoneSpec;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.analysis.SpecPaths;
import org.catchment.overlay.ClassMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis form's network, population, zone, indicator and output edits, without a toolkit. */
class AnalysisFormInputsTest {

    private static final Path SAMPLE = Path.of("data/sample").toAbsolutePath();

    private static AnalysisForm blank() {
        return new AnalysisForm(AnalysisSpec.named("New analysis"));
    }

    @Test
    void roadSourcesAddAndRemoveAndAnOsmExtractStandsAlone() {
        AnalysisForm form = blank();
        form.addRoads("oproad/data");
        form.addRoads("extra.gpkg#road_link");
        assertThat(form.spec().network().roads()).containsExactly("oproad/data", "extra.gpkg#road_link");
        assertThat(form.spec().network().walkingSpeedKmh()).as("defaults filled in").isEqualTo(4.8);
        assertThatThrownBy(() -> form.addRoads("oproad/data")).hasMessageContaining("already in the network");
        assertThatThrownBy(() -> form.addRoads("rutland.osm.pbf")).hasMessage("An OpenStreetMap extract cannot be"
                + " combined with other road sources. Give either one .osm.pbf (or .osm) or OS Open Roads files");
        form.removeRoads(0);
        form.addFootpaths("prow.shp");
        form.removeRoads(0);
        assertThatThrownBy(() -> form.addRoads("rutland.osm.pbf")).as("an extract after footpaths, as the file refuses")
                .hasMessageStartingWith("Footpaths can only be merged into an OS Open Roads network.");
        form.removeFootpaths(0);
        form.addRoads("rutland.osm.pbf");
        assertThatThrownBy(() -> form.addRoads("RoadLink.shp")).hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> form.addFootpaths("prow.shp")).hasMessageContaining("OpenStreetMap already holds"
                + " footpaths");
        assertThatThrownBy(() -> form.addRoads(" ")).hasMessage("Choose the road network");
    }

    @Test
    void footpathsAndTolerances() {
        AnalysisForm form = blank();
        form.addRoads("RoadLink.shp");
        form.addFootpaths("prow.shp");
        form.setFootpathToleranceM(0);
        form.setSnapToleranceM(400);
        form.setClipToStudyArea(false);
        AnalysisSpec.NetworkSpec n = form.spec().network();
        assertThat(n.footpaths()).containsExactly("prow.shp");
        assertThat(n.footpathToleranceM()).isZero();
        assertThat(n.snapToleranceM()).isEqualTo(400.0);
        assertThat(n.clipToStudyArea()).isFalse();
        assertThat(n.roads()).containsExactly("RoadLink.shp");
        assertThatThrownBy(() -> form.setFootpathToleranceM(150)).hasMessage(
                "The footpath tolerance must be from 0 to 100 m (it is 150). A footpath end this near a road joins it;"
                        + " the default is 10 m");
        assertThatThrownBy(() -> form.setSnapToleranceM(0)).hasMessageStartingWith(
                "The snap tolerance must be from 1 to 5000 m (it is 0).");
        assertThatThrownBy(() -> form.addFootpaths("prow.shp")).hasMessageContaining("already");
        form.removeFootpaths(0);
        assertThat(form.spec().network().footpaths()).isEmpty();
    }

    @Test
    void populationNeedsItsCountFieldAndCanBeCleared() {
        AnalysisForm form = blank();
        assertThatThrownBy(() -> form.setPopulation("census.gpkg#oa", "")).hasMessage(
                "Name the field of census.gpkg#oa that holds the number of residents");
        form.setPopulation(" census.gpkg#oa ", "residents");
        assertThat(form.spec().population()).isEqualTo(new AnalysisSpec.PopulationSpec("census.gpkg#oa", "residents"));
        form.setPopulation("", "residents");
        assertThat(form.spec().population()).isNull();
    }

    @Test
    void zonesAndIndicators() {
        AnalysisForm form = blank();
        form.addZone("lsoa.shp", "LSOA_NAME");
        assertThatThrownBy(() -> form.addZone("lsoa.shp", "LSOA_CODE")).hasMessageContaining("already a zone layer");
        assertThatThrownBy(() -> form.addZone("msoa.shp", " ")).hasMessage("Name the field that names each zone");
        IndicatorSpec imd = IndicatorSpec.builder().table("imd.csv").tableKey("lsoa_code").layer("lsoa.shp")
                .layerKey("LSOA_CODE").field("imd_decile").classes(ClassMethod.DECILES).count(10).label("IMD decile").build();
        form.addIndicator(imd);
        IndicatorSpec score = imd.toBuilder().field("score").label(null).build();
        assertThatThrownBy(() -> form.addIndicator(score.toBuilder().classes(ClassMethod.QUANTILES).count(1).build()))
                .hasMessage("The number of classes must be from 2 to 20 (it is 1). Deciles have 10");
        assertThatThrownBy(() -> form.addIndicator(score.toBuilder().tableKey("").classes(ClassMethod.QUANTILES)
                .count(5).build()))
                .hasMessage("Name the table's key column");
        assertThat(form.spec().zones()).hasSize(1);
        assertThat(AnalysisForm.describe(form.spec().zones().get(0))).isEqualTo("lsoa.shp (name: LSOA_NAME)");
        assertThat(AnalysisForm.describe(new ZoneSpec("lsoa.shp", "LSOA_NAME", null, null, "LAD22CD = 'E08000013'")))
                .isEqualTo("lsoa.shp (name: LSOA_NAME, filter: LAD22CD = 'E08000013')");
        assertThat(form.spec().indicators()).extracting(IndicatorSpec::label).containsExactly("IMD decile");
        assertThat(AnalysisForm.describe(form.spec().indicators().get(0)))
                .isEqualTo("IMD decile: 10 deciles of imd.csv");
        form.removeIndicator(0);
        form.removeZone(0);
        assertThat(form.spec().zones()).isEmpty();
        assertThat(form.spec().indicators()).isEmpty();
    }

    @Test
    void outputFolderAndMapSize() {
        AnalysisForm form = blank();
        form.setOutputDir("results/2026");
        form.setMapSize(1754, 1240, 150);
        OutputSpec o = form.spec().output();
        assertThat(o.dir()).isEqualTo("results/2026");
        assertThat(List.of(o.widthPx(), o.heightPx(), o.dpi())).containsExactly(1754, 1240, 150);
        form.setOutputDir(" ");
        assertThat(form.spec().output().dir()).isEqualTo("out");
        assertThatThrownBy(() -> form.setMapSize(100, 1240, 150)).hasMessageStartingWith(
                "The map width must be from 200 to 20,000 px (it is 100).");
        assertThatThrownBy(() -> form.setMapSize(1754, 1240, 2400)).hasMessageStartingWith(
                "The resolution must be from 72 to 1200 dpi (it is 2400).");
    }

    @Test
    void theDesertThresholdFollowsTheTypesTowardsTheChosenValue() {
        AnalysisForm form = blank();
        assertThat(form.spec().deserts().minMissing()).as("the default").isEqualTo(3);
        form.addType("gp", "gp.shp");
        assertThat(form.spec().deserts().minMissing()).isEqualTo(1);
        form.addType("libraries", "libraries.shp");
        assertThat(form.spec().deserts().minMissing()).isEqualTo(2);
        form.addType("parks", "parks.shp");
        form.addType("foodbanks", "foodbanks.csv");
        assertThat(form.spec().deserts().minMissing()).as("stops at the default").isEqualTo(3);
        form.setMinMissing(4);
        form.removeType(3);
        assertThat(form.spec().deserts().minMissing()).isEqualTo(3);
        form.addType("retail", "retail.shp");
        assertThat(form.spec().deserts().minMissing()).as("the chosen 4 comes back").isEqualTo(4);
    }

    @Test
    void theSampleAnalysisBuiltFromScratchReadsAsTheCommandLineReadsIt(@TempDir Path dir) throws Exception {
        Analysis sample = AnalysisFiles.read(SAMPLE.resolve("analysis.yml"));
        AnalysisForm form = blank();
        form.setName("Millbrook again");
        String base = SAMPLE + "/";
        form.addRoads(base + "RoadLink.shp");
        form.addFootpaths(base + "footpaths.shp");
        form.setStudyLayer(base + "wards.shp");
        form.setStudyNameField("WD_NAME");
        form.setResidential(base + "residential.shp");
        for (FacilitySpec f : sample.spec().facilities()) {
            form.addFacility(FacilitySpec.builder(f.type()).label(f.label()).layer(base + f.layer())
                    .nameField(f.nameField()).bandsMin(f.bandsMin())
                    .postcodeLookup(f.postcodeLookup() == null ? null : base + f.postcodeLookup())
                    .postcodeField(f.postcodeField()).build());
        }
        form.setPopulation(base + "lsoa.shp", "POP");
        form.addZone(base + "lsoa.shp", "LSOA_NAME");
        IndicatorSpec imd = sample.spec().indicators().get(0);
        form.addIndicator(imd.toBuilder().table(base + imd.table()).layer(base + imd.layer()).build());

        Path file = dir.resolve("project/again.yml");
        Files.createDirectories(file.getParent());
        AnalysisFiles.write(SpecPaths.rebase(form.spec(), null, file.getParent()), file);
        Analysis again = AnalysisFiles.read(file);

        assertThat(again.spec().network().roads()).singleElement().asString().startsWith("../");
        assertThat(again.roads()).isEqualTo(sample.roads());
        assertThat(again.layer(again.spec().studyArea().residential()))
                .isEqualTo(sample.layer(sample.spec().studyArea().residential()));
        assertThat(again.spec().facilities()).hasSize(7);
        for (int i = 0; i < 7; i++) {
            FacilitySpec a = again.spec().facilities().get(i);
            FacilitySpec s = sample.spec().facilities().get(i);
            assertThat(again.layer(a.layer())).isEqualTo(sample.layer(s.layer()));
            assertThat(a.bandsMin()).isEqualTo(s.bandsMin());
            assertThat(a.label()).isEqualTo(s.label());
        }
        assertThat(again.spec().deserts().minMissing()).isEqualTo(sample.spec().deserts().minMissing());
        assertThat(again.layer(again.spec().population().layer())).isEqualTo(sample.layer(sample.spec().population()
                .layer()));
        assertThat(again.path(again.spec().indicators().get(0).table()))
                .isEqualTo(sample.path(sample.spec().indicators().get(0).table()));
    }
}
