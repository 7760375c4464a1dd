package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.AnalysisSpec.IndicatorSpec;
import org.catchment.analysis.AnalysisSpec.NetworkSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.analysis.AnalysisSpec.PopulationSpec;
import org.catchment.analysis.AnalysisSpec.StudyAreaSpec;
import org.catchment.analysis.AnalysisSpec.ZoneSpec;
import org.junit.jupiter.api.Test;

class SpecPathsTest {

    private static final Path PROJECT = Path.of("/srv/councils/sthelens");
    private static final Path COPY = Path.of("/srv/shared/copies");

    @Test
    void relativeInsideBesideAndWithoutAFolder() {
        assertThat(SpecPaths.relative(PROJECT.resolve("data/wards.shp"), PROJECT)).isEqualTo("data/wards.shp");
        assertThat(SpecPaths.relative(Path.of("/srv/councils/os/RoadLink.shp"), PROJECT))
                .isEqualTo("../os/RoadLink.shp");
        assertThat(SpecPaths.relative(PROJECT, PROJECT)).isEqualTo(".");
        assertThat(SpecPaths.relative(PROJECT.resolve("data/../gp.csv"), null)).isEqualTo(PROJECT.resolve("gp.csv").toAbsolutePath().toString());
    }

    @Test
    void saveAsIntoAnotherFolderStillNamesTheSameFiles() {
        AnalysisSpec moved = SpecPaths.rebase(spec("data/roads.gpkg#road_link", "/data/national/paths.shp"), PROJECT,
                COPY);

        assertThat(moved.network().roads()).containsExactly("../../councils/sthelens/data/roads.gpkg#road_link");
        assertThat(moved.network().footpaths()).containsExactly("/data/national/paths.shp");
        assertThat(moved.studyArea().layer()).isEqualTo("../../councils/sthelens/wards.shp");
        assertThat(moved.studyArea().residential()).isNull();
        FacilitySpec gp = moved.facilities().get(0);
        assertThat(gp.layer()).isEqualTo("../../councils/sthelens/gp.csv");
        assertThat(gp.postcodeLookup()).isEqualTo("../../councils/lookup/codepo.csv");
        assertThat(moved.population().layer()).isEqualTo("../../councils/sthelens/census/oa.gpkg#oa");
        assertThat(moved.zones().get(0).layer()).isEqualTo("../../councils/sthelens/lsoa.shp");
        assertThat(moved.indicators().get(0).table()).isEqualTo("../../councils/sthelens/imd.csv");
        assertThat(moved.indicators().get(0).layer()).isEqualTo("../../councils/sthelens/lsoa.shp");
        assertThat(moved.output().backdrop().get(0).layer()).isEqualTo("../../councils/sthelens/rail.shp");
        assertThat(moved.output().dir()).as("outputs stay beside the analysis file").isEqualTo("out");
        assertThat(moved.facilities().get(0).bandsMin()).containsExactly(5.0, 10.0);

        for (String path : List.of(moved.network().roads().get(0).replace("#road_link", ""), gp.layer(),
                moved.studyArea().layer())) {
            assertThat(COPY.resolve(path).normalize()).startsWithRaw(PROJECT);
        }
        assertThat(SpecPaths.rebase(moved, COPY, PROJECT)).isEqualTo(spec("data/roads.gpkg#road_link",
                "/data/national/paths.shp"));
    }

    @Test
    void savingInTheSameFolderChangesNothing() {
        AnalysisSpec spec = spec("data/roads.gpkg#road_link", "/data/national/paths.shp");
        assertThat(SpecPaths.rebase(spec, PROJECT, PROJECT)).isEqualTo(spec);
    }

    @Test
    void aNewAnalysisGetsRelativePathsOnItsFirstSave() {
        AnalysisSpec fresh = spec("/srv/councils/sthelens/data/roads.gpkg#road_link", "/data/national/paths.shp");
        AnalysisSpec saved = SpecPaths.rebase(fresh, null, PROJECT);
        assertThat(saved.network().roads()).containsExactly("data/roads.gpkg#road_link");
        assertThat(saved.network().footpaths()).containsExactly("../../../data/national/paths.shp");
    }

    @Test
    void inputsAreEveryLayerAndTableInFileOrder() {
        AnalysisSpec spec = spec("data/roads.gpkg#road_link", "/data/national/paths.shp");
        assertThat(SpecPaths.inputs(spec, true)).containsExactly("data/roads.gpkg#road_link",
                "/data/national/paths.shp", "wards.shp", "gp.csv", "../lookup/codepo.csv", "census/oa.gpkg#oa",
                "lsoa.shp", "imd.csv", "lsoa.shp", "rail.shp");
        assertThat(SpecPaths.inputs(spec, false)).startsWith("wards.shp").hasSize(8);
    }

    private static AnalysisSpec spec(String roads, String footpath) {
        boolean absolute = roads.startsWith("/");
        String dir = absolute ? PROJECT + "/" : "";
        return AnalysisSpec.named("St Helens South")
                .withNetwork(NetworkSpec.builder().roads(List.of(roads)).footpaths(List.of(footpath)).build())
                .withStudyArea(StudyAreaSpec.builder().layer(dir + "wards.shp").nameField("WD22NM")
                        .select(List.of("Bold")).build())
                .withFacilities(List.of(FacilitySpec.builder("gp").label("GP surgeries").layer(dir + "gp.csv")
                        .bands(5, 10).postcodeField("postcode")
                        .postcodeLookup(absolute ? "/srv/councils/lookup/codepo.csv" : "../lookup/codepo.csv").build()))
                .withPopulation(new PopulationSpec(dir + "census/oa.gpkg#oa", "residents"))
                .withZones(List.of(new ZoneSpec(dir + "lsoa.shp", "LSOA21NM")))
                .withIndicators(List.of(IndicatorSpec.builder().table(dir + "imd.csv").tableKey("lsoa")
                        .layer(dir + "lsoa.shp").layerKey("LSOA11CD").field("imd_decile").build()))
                .withOutput(OutputSpec.builder().backdrop(List.of(new BackdropSpec(dir + "rail.shp", "Railway"))).build());
    }
}
