package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.analysis.SpecRules;
import org.catchment.ui.layers.model.LayerItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An analysis built from nothing in the panel: network, wards and types; the inputs are drawn as
 * they are chosen, the run gives the tiny town's deserts, and saving into other folders writes
 * relative paths that still name the same files.
 */
@ExtendWith(ApplicationExtension.class)
class NewAnalysisFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    @Test
    void buildRunAndSaveANewAnalysis(FxRobot robot) throws Exception {
        Path town = dir.resolve("town");
        Files.createDirectories(town);
        Analysis reference = AnalysisFiles.read(TinyTown.write(town));
        robot.interact(app.window()::newAnalysis);
        assertThat(app.window().stage().getTitle()).isEqualTo("New analysis - Catchment");
        assertThat(app.window().layers().items()).isEmpty();

        robot.interact(() -> {
            app.window().form().addRoads(town.resolve("roads.geojson").toString());
            app.window().form().setStudyLayer(town.resolve("wards.geojson").toString());
        });
        robot.clickOn("#studyNameField").write("WD_NAME").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wardList().getItems().size() == 2);
        assertThat(wardList().getItems()).containsExactly("West", "East");
        assertThat(app.window().form().spec().studyArea().nameField()).isEqualTo("WD_NAME");

        robot.interact(() -> {
            for (FacilitySpec f : reference.spec().facilities()) {
                app.window().form().addFacility(FacilitySpec.builder(f.type()).label(f.label())
                        .layer(town.resolve(f.layer()).toString()).bandsMin(f.bandsMin()).build());
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 6);
        assertThat(app.window().layers().items()).extracting(LayerItem::name)
                .containsExactly("GP surgeries", "Libraries", "Parks", "Wards", "Motorway (not walkable)", "Roads and streets");
        assertThat(app.window().form().spec().deserts().minMissing()).as("the default threshold, now 3 types exist")
                .isEqualTo(3);
        SpinnerValueFactory.IntegerSpinnerValueFactory threshold = (SpinnerValueFactory.IntegerSpinnerValueFactory)
                robot.lookup("#minMissing").queryAs(Spinner.class).getValueFactory();
        SpecRules.Range allowed = app.window().form().range(SpecRules.Limit.MIN_MISSING);
        assertThat(List.of(threshold.getMin(), threshold.getMax())).as("the spinner's bounds are the rules' range")
                .containsExactly((int) allowed.min(), (int) allowed.max()).containsExactly(1, 100);
        robot.interact(() -> app.window().form().setMinMissing(2));
        assertThat(app.window().stage().getTitle()).isEqualTo("New analysis* - Catchment");

        robot.interact(app.window()::run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().result() != null && !app.window().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        try (var expected = org.catchment.analysis.AnalysisRunner.run(reference,
                org.catchment.analysis.ProgressListener.NONE, () -> false)) {
            assertThat(app.window().result().deserts().deserts()).as("the same deserts as the analysis file gives")
                    .isNotEmpty().extracting(d -> Math.round(d.areaM2()))
                    .isEqualTo(expected.deserts().deserts().stream().map(d -> Math.round(d.areaM2())).toList());
        }
        assertThat(app.window().resultsView().coverageTable().getItems()).hasSize(2 * 3 * 2);

        Path saved = dir.resolve("projects/new.yml");
        Files.createDirectories(saved.getParent());
        robot.interact(() -> app.window().saveTo(saved));
        String yaml = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(yaml).contains("../town/roads.geojson", "../town/wards.geojson", "../town/gp.geojson")
                .doesNotContain(town.toString());
        assertThat(app.window().stage().getTitle()).isEqualTo("New analysis - Catchment");

        Path copy = dir.resolve("elsewhere/deeper/copy.yml");
        Files.createDirectories(copy.getParent());
        robot.interact(() -> app.window().saveTo(copy));
        Analysis moved = AnalysisFiles.read(copy);
        assertThat(moved.spec().network().roads()).containsExactly("../../town/roads.geojson");
        assertThat(moved.roads()).isEqualTo(reference.roads());
        assertThat(moved.spec().facilities()).extracting(f -> moved.layer(f.layer()))
                .isEqualTo(reference.spec().facilities().stream().map(f -> reference.layer(f.layer())).toList());
        assertThat(app.window().document().file()).isEqualTo(copy);
        assertThat(app.window().document().isDirty()).isFalse();
        assertThat(List.of(Files.readString(saved, StandardCharsets.UTF_8))).as("the first file is left as saved")
                .containsExactly(yaml);
    }

    @SuppressWarnings("unchecked")
    private ListView<String> wardList() {
        return (ListView<String>) app.window().stage().getScene().lookup("#wardList");
    }
}
