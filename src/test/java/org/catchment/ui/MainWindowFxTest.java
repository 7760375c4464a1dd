package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole main window, headless: open an analysis, toggle a layer, run, identify, cancel, errors. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

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

    private void openTinyTown(FxRobot robot) throws Exception {
        Path analysis = TinyTown.write(dir);
        robot.interact(() -> window.open(analysis));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.layers().items().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LayerItem layer(String name) {
        return window.layers().items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void opensAnAnalysisWithItsInputLayers(FxRobot robot) throws Exception {
        openTinyTown(robot);
        assertThat(window.layers().items()).extracting(LayerItem::name)
                .containsExactly("GP surgeries", "Libraries", "Parks", "Wards", "Roads");
        assertThat(layer("Roads").source().size()).isEqualTo(24);
        assertThat(window.stage().getTitle()).isEqualTo("Tiny town - Catchment");
        assertThat(window.form().spec().facilities()).hasSize(3);

        robot.clickOn("#visible-Roads");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(layer("Roads").visible()).isFalse();
        assertThat(window.document().isDirty()).as("showing layers is not an edit").isFalse();
    }

    @Test
    void runsTheAnalysisAndShowsDesertsAndTables(FxRobot robot) throws Exception {
        openTinyTown(robot);
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.result() != null && !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        LayerItem deserts = layer("Deserts");
        assertThat(deserts.group()).isEqualTo(LayerItem.Group.RESULT);
        assertThat(deserts.source().size()).isEqualTo(window.result().deserts().deserts().size()).isGreaterThan(0);
        assertThat(window.layers().items()).extracting(LayerItem::name).contains("GP surgeries within 5 min",
                "Parks within 10 min");
        assertThat(window.layers().items()).extracting(LayerItem::name).as("facilities and wards stay above the results")
                .startsWith("GP surgeries", "Libraries", "Parks", "Wards", "Deserts").endsWith("Roads");
        assertThat(window.resultsView().desertTable().getItems()).hasSize(deserts.source().size());
        assertThat(window.resultsView().coverageTable().getItems()).hasSize(2 * 3 * 2);

        robot.interact(() -> window.resultsView().desertTable().getSelectionModel().select(0));
        assertThat(window.map().highlight()).isNotNull();

        robot.interact(() -> window.identifyAt(new Coordinate(TinyTown.E0 + 400, TinyTown.N0 + 10)));
        assertThat(window.identifyView().times().getChildren()).extracting(n -> n instanceof Label l ? l.getText() : "")
                .contains("5.1 min to Elm Road Surgery", "more than 10 min");
        assertThat(window.identifyView().table().getItems()).extracting(IdentifyView.Row::value).contains("West");
    }

    @Test
    void exportsThePngPageAndAllOutputs(FxRobot robot) throws Exception {
        openTinyTown(robot);
        Path png = dir.resolve("view.png");
        robot.interact(() -> window.exportPng(window.currentMap(), png, new ExportDialog.Request(0, 800, 600, 96)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(png));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);

        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.result() != null && !window.isRunning());
        robot.interact(() -> window.writeOutputs(false));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.statusText().startsWith("Wrote "));
        assertThat(dir.resolve("out/catchment.gpkg")).exists();
        assertThat(dir.resolve("out/map_deserts.png")).exists();
    }

    @Test
    void editsMarkTheDocumentUnsavedUntilSaved(FxRobot robot) throws Exception {
        openTinyTown(robot);
        robot.doubleClickOn("#analysisName").eraseText(20).write("Renamed town").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).isEqualTo("Renamed town* - Catchment");
        Path saved = dir.resolve("saved.yml");
        robot.interact(() -> window.saveTo(saved));
        assertThat(window.stage().getTitle()).isEqualTo("Renamed town - Catchment");
        assertThat(org.catchment.analysis.AnalysisFiles.read(saved).spec()).isEqualTo(window.form().spec());
    }

    @Test
    void aRunCanBeCancelled(FxRobot robot) throws Exception {
        openTinyTown(robot);
        robot.interact(() -> {
            window.run();
            window.cancel();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.result()).isNull();
        assertThat(window.statusText()).isEqualTo("The run was cancelled.");
        assertThat(window.layers().items()).noneMatch(i -> i.group() == LayerItem.Group.RESULT);
    }

    @Test
    void aBrokenFileShowsItsMessageInADialog(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "name: Broken\nnetwork:\n  roads: [missing.shp]\n  walking_speed: 5\n");
        robot.interact(() -> window.open(broken));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#errorMessage").tryQuery().isPresent());
        String message = robot.lookup("#errorMessage").queryAs(Label.class).getText();
        assertThat(message).contains("broken.yml").contains("walking_speed").doesNotContain("Exception").doesNotContain("\tat ");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(window.layers().items()).isEmpty();
    }
}
