package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.catchment.analysis.AtlasOf;
import org.catchment.render.PageOptions;
import org.catchment.ui.export.model.PrintLayout;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.results.IdentifyView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The whole main window, headless: open an analysis, toggle a layer, run, identify, cancel, errors. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private void openTinyTown(FxRobot robot) throws Exception {
        Path analysis = TinyTown.write(dir);
        robot.interact(() -> app.window().open(analysis));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double areaM2(LayerItem item) {
        return item.source().features().stream().mapToDouble(f -> org.catchment.layer.Layer.geometry(f).getArea()).sum();
    }

    private LayerItem layer(String name) {
        return app.window().layers().items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void opensAnAnalysisWithItsInputLayers(FxRobot robot) throws Exception {
        openTinyTown(robot);
        assertThat(app.window().layers().items()).extracting(LayerItem::name)
                .containsExactly("GP surgeries", "Libraries", "Parks", "Wards", "Railway", "Motorway (not walkable)",
                        "Roads and streets");
        assertThat(layer("Roads and streets").source().size()).isEqualTo(24);
        assertThat(layer("Motorway (not walkable)").source().size()).isEqualTo(1);
        assertThat(app.window().stage().getTitle()).isEqualTo("Tiny town - Catchment");
        assertThat(app.window().form().spec().facilities()).hasSize(3);

        robot.clickOn("#visible-Wards");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(layer("Wards").visible()).isFalse();
        assertThat(app.window().document().isDirty()).as("showing layers is not an edit").isFalse();
    }

    @Test
    void runsTheAnalysisAndShowsDesertsAndTables(FxRobot robot) throws Exception {
        openTinyTown(robot);
        robot.interact(app.window()::run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().result() != null && !app.window().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        LayerItem deserts = layer("Deserts");
        assertThat(deserts.group()).isEqualTo(LayerItem.Group.RESULT);
        assertThat(deserts.source().size()).isEqualTo(app.window().result().deserts().deserts().size()).isGreaterThan(0);
        assertThat(app.window().layers().items()).extracting(LayerItem::name).contains("GP surgeries within 5 min",
                "Parks within 10 min");
        assertThat(app.window().layers().items()).extracting(LayerItem::name).as("facilities and wards stay above the results")
                .startsWith("GP surgeries", "Libraries", "Parks", "Wards", "Railway", "Motorway (not walkable)", "Deserts")
                .endsWith("Roads and streets");
        List<LayerItem> served = app.window().layers().items().stream()
                .filter(i -> i.name().matches("Served by \\d of 3 types")).toList();
        assertThat(served).as("hidden until asked for").isNotEmpty().noneMatch(LayerItem::visible);
        assertThat(served.stream().mapToDouble(MainWindowFxTest::areaM2).sum()).as("the two wards, 1,400 m square")
                .isCloseTo(1400.0 * 1400.0, org.assertj.core.data.Offset.offset(1.0));
        double desertM2 = app.window().result().deserts().deserts().stream().mapToDouble(d -> d.areaM2()).sum();
        assertThat(served.stream().filter(i -> i.name().startsWith("Served by 0") || i.name().startsWith("Served by 1"))
                .mapToDouble(MainWindowFxTest::areaM2).sum()).as("deserts miss at least 2 of 3 types").isGreaterThanOrEqualTo(
                        desertM2 - 1);
        assertThat(app.window().resultsView().desertTable().getItems()).hasSize(deserts.source().size());
        assertThat(app.window().resultsView().coverageTable().getItems()).hasSize(2 * 3 * 2);

        robot.interact(() -> app.window().resultsView().desertTable().getSelectionModel().select(0));
        assertThat(app.window().map().highlight()).isNotNull();

        robot.interact(() -> app.window().identifyAt(new Coordinate(TinyTown.E0 + 400, TinyTown.N0 + 10)));
        assertThat(app.window().identifyView().times().getChildren()).extracting(n -> n instanceof Label l ? l.getText() : "")
                .contains("5.1 min to Elm Road Surgery", "more than 10 min");
        assertThat(app.window().identifyView().table().getItems()).extracting(IdentifyView.Row::value).contains("West");
    }

    @Test
    void exportsThePngPageAndAllOutputs(FxRobot robot) throws Exception {
        openTinyTown(robot);
        Path png = dir.resolve("view.png");
        robot.interact(() -> app.window().exports().print(app.window().currentMap(), png, new PrintLayout.Request(0, -1,
                "Tiny town", "", 800, 600, 96, PageOptions.DEFAULT, false, AtlasOf.NONE)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(png));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);

        robot.interact(app.window()::run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().result() != null && !app.window().isRunning());
        robot.interact(() -> app.window().exports().writeAll(false));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().statusText().startsWith("Wrote "));
        assertThat(dir.resolve("out/catchment.gpkg")).exists();
        assertThat(dir.resolve("out/map_deserts.png")).exists();
    }

    @Test
    void editsMarkTheDocumentUnsavedUntilSaved(FxRobot robot) throws Exception {
        openTinyTown(robot);
        robot.doubleClickOn("#analysisName").eraseText(20).write("Renamed town").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().stage().getTitle()).isEqualTo("Renamed town* - Catchment");
        Path saved = dir.resolve("saved.yml");
        robot.interact(() -> app.window().saveTo(saved));
        assertThat(app.window().stage().getTitle()).isEqualTo("Renamed town - Catchment");
        assertThat(org.catchment.analysis.AnalysisFiles.read(saved).spec()).isEqualTo(app.window().form().spec());
    }

    @Test
    void aRunCanBeCancelled(FxRobot robot) throws Exception {
        openTinyTown(robot);
        robot.interact(() -> {
            app.window().run();
            app.window().cancel();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.window().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().result()).isNull();
        assertThat(app.window().statusText()).isEqualTo("The run was cancelled.");
        assertThat(app.window().layers().items()).noneMatch(i -> i.group() == LayerItem.Group.RESULT);
    }

    @Test
    void aBrokenFileShowsItsMessageInADialog(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "name: Broken\nnetwork:\n  roads: [missing.shp]\n  walking_speed: 5\n");
        robot.interact(() -> app.window().open(broken));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#errorMessage").tryQuery().isPresent());
        String message = robot.lookup("#errorMessage").queryAs(Label.class).getText();
        assertThat(message).contains("broken.yml").contains("walking_speed").doesNotContain("Exception").doesNotContain("\tat ");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(app.window().layers().items()).isEmpty();
    }
}
