package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
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

    private final Preferences prefs = Preferences.userRoot().node("org/catchment/ui/fxtest-" + System.nanoTime());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(prefs));
        window.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        prefs.removeNode();
    }

    @Test
    void buildRunAndSaveANewAnalysis(FxRobot robot) throws Exception {
        Path town = dir.resolve("town");
        Files.createDirectories(town);
        Analysis reference = AnalysisFiles.read(TinyTown.write(town));
        robot.interact(window::newAnalysis);
        assertThat(window.stage().getTitle()).isEqualTo("New analysis - Catchment");
        assertThat(window.layers().items()).isEmpty();

        robot.interact(() -> {
            window.form().addRoads(town.resolve("roads.geojson").toString());
            window.form().setStudyLayer(town.resolve("wards.geojson").toString());
        });
        robot.clickOn("#studyNameField").write("WD_NAME").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wardList().getItems().size() == 2);
        assertThat(wardList().getItems()).containsExactly("West", "East");
        assertThat(window.form().spec().studyArea().nameField()).isEqualTo("WD_NAME");

        robot.interact(() -> {
            for (FacilitySpec f : reference.spec().facilities()) {
                window.form().addFacility(new FacilitySpec(f.type(), f.label(), town.resolve(f.layer()).toString(), null,
                        null, f.bandsMin(), null, null, null, null, null, null));
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.layers().items().size() == 5);
        assertThat(window.layers().items()).extracting(LayerItem::name)
                .containsExactly("GP surgeries", "Libraries", "Parks", "Wards", "Roads");
        assertThat(window.form().spec().deserts().minMissing()).as("the default threshold, now 3 types exist")
                .isEqualTo(3);
        robot.interact(() -> window.form().setMinMissing(2));
        assertThat(window.stage().getTitle()).isEqualTo("New analysis* - Catchment");

        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.result() != null && !window.isRunning());
        try (var expected = org.catchment.analysis.AnalysisRunner.run(reference,
                org.catchment.analysis.ProgressListener.NONE, () -> false)) {
            assertThat(window.result().deserts().deserts()).as("the same deserts as the analysis file gives")
                    .isNotEmpty().extracting(d -> Math.round(d.areaM2()))
                    .isEqualTo(expected.deserts().deserts().stream().map(d -> Math.round(d.areaM2())).toList());
        }
        assertThat(window.resultsView().coverageTable().getItems()).hasSize(2 * 3 * 2);

        Path saved = dir.resolve("projects/new.yml");
        Files.createDirectories(saved.getParent());
        robot.interact(() -> window.saveTo(saved));
        String yaml = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(yaml).contains("../town/roads.geojson", "../town/wards.geojson", "../town/gp.geojson")
                .doesNotContain(town.toString());
        assertThat(window.stage().getTitle()).isEqualTo("New analysis - Catchment");

        Path copy = dir.resolve("elsewhere/deeper/copy.yml");
        Files.createDirectories(copy.getParent());
        robot.interact(() -> window.saveTo(copy));
        Analysis moved = AnalysisFiles.read(copy);
        assertThat(moved.spec().network().roads()).containsExactly("../../town/roads.geojson");
        assertThat(moved.roads()).isEqualTo(reference.roads());
        assertThat(moved.spec().facilities()).extracting(f -> moved.layer(f.layer()))
                .isEqualTo(reference.spec().facilities().stream().map(f -> reference.layer(f.layer())).toList());
        assertThat(window.document().file()).isEqualTo(copy);
        assertThat(window.document().isDirty()).isFalse();
        assertThat(List.of(Files.readString(saved, StandardCharsets.UTF_8))).as("the first file is left as saved")
                .containsExactly(yaml);
    }

    @SuppressWarnings("unchecked")
    private ListView<String> wardList() {
        return (ListView<String>) window.stage().getScene().lookup("#wardList");
    }
}
