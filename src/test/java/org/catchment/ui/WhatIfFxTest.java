package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.ContextMenuEvent;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.layer.Layer;
import org.catchment.scenario.Comparison;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.whatif.model.WhatIfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The what-if feature in the whole window, on the tiny town (the surgery and the library share the
 * south-west corner; deserts miss 2 of 3 types): close the library by right-clicking it, add a
 * proposed library by clicking on the map, see the deserts change, undo, save, reopen: the
 * scenario is still there. Also the live desert rule's toggles.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private WhatIfModel model() {
        return app.window().whatIf().model();
    }

    private void openAndRun(FxRobot robot, Path analysis) throws Exception {
        robot.interact(() -> app.window().open(analysis));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 7);
        robot.interact(app.window()::run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().result() != null && !app.window().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(app.window()::showWhatIfPanel);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return the area of the map's Deserts layer, m2 */
    private double desertsOnMap() {
        return app.window().layers().items().stream().filter(i -> i.name().equals("Deserts"))
                .flatMap(d -> d.source().features().stream()).mapToDouble(f -> Layer.geometry(f).getArea()).sum();
    }

    private Point2D screen(double easting, double northing) {
        var p = app.window().map().viewport().toScreen(easting, northing);
        return app.window().map().localToScreen(p.x, p.y);
    }

    /** A right click on the map; Monocle sends no context-menu event, so the one a desktop sends is sent too. */
    private void rightClick(FxRobot robot, double easting, double northing) {
        Point2D at = screen(easting, northing);
        robot.rightClickOn(at);
        var local = app.window().map().viewport().toScreen(easting, northing);
        Point2D scene = app.window().map().localToScene(local.x, local.y);
        robot.interact(() -> app.window().map().fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), at.getX(), at.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void closeAddUndoSaveReopen(FxRobot robot) throws Exception {
        Path analysis = TinyTown.write(dir);
        openAndRun(robot, analysis);
        double baseline = desertsOnMap();

        assertThat(app.window().whatIf().picks(new org.locationtech.jts.geom.Coordinate(TinyTown.E0, TinyTown.N0)))
                .extracting(p -> p.facility().name()).contains("Central Library", "Elm Road Surgery");
        rightClick(robot, TinyTown.E0, TinyTown.N0);
        robot.clickOn("Close in this scenario (Libraries: Central Library)");
        settle();
        assertThat(model().book().selected()).isEqualTo("scenario_1");
        double closed = desertsOnMap();
        assertThat(closed).as("without the library, more of the town misses 2 of 3 types").isGreaterThan(baseline + 1);
        assertThat(app.window().whatIf().comparison().summaryText()).contains("1 closed, 0 added");
        assertThat(app.window().layers().items()).extracting(LayerItem::name).contains("Closed");

        robot.clickOn("#addSiteMode");
        robot.clickOn(screen(TinyTown.E0 + 1200, TinyTown.N0 + 400));
        robot.interact(() -> robot.lookup("#siteType").queryAs(ChoiceBox.class).getSelectionModel().select("Libraries"));
        robot.clickOn("#siteName").write("East Library");
        robot.clickOn("OK");
        settle();
        Comparison c = model().view().comparison();
        assertThat(c.facilities()).filteredOn(f -> !f.closed()).extracting(f -> f.facility().name())
                .containsExactly("East Library");
        double added = desertsOnMap();
        assertThat(added).as("a library in the east serves the east again").isLessThan(closed - 1);
        assertThat(robot.lookup("#scenarioEdits").queryListView().getItems()).hasSize(2);

        robot.clickOn("#whatIfUndo");
        settle();
        assertThat(desertsOnMap()).isCloseTo(closed, offset(1e-3));
        assertThat(model().book().current().orElseThrow().add()).isEmpty();

        Path saved = dir.resolve("saved.yml");
        robot.interact(() -> app.window().saveTo(saved));
        List<ScenarioSpec> inFile = AnalysisFiles.read(saved).spec().scenarios();
        assertThat(inFile).containsExactly(ScenarioSpec.named("scenario_1")
                .withClose(ScenarioSpec.Close.ids("libraries", "Central Library")));

        openAndRun(robot, saved);
        assertThat(model().book().names()).containsExactly("scenario_1");
        robot.interact(() -> model().select("scenario_1"));
        settle();
        assertThat(desertsOnMap()).as("the saved scenario, evaluated again").isCloseTo(closed, offset(1e-3));
    }

    @Test
    void togglesAndThresholdRedrawTheDeserts(FxRobot robot) throws Exception {
        openAndRun(robot, TinyTown.write(dir));
        double all = desertsOnMap();
        robot.clickOn("#countInDeserts-gp");
        settle();
        assertThat(app.window().form().spec().deserts().types()).containsExactly("libraries", "parks");
        double twoTypes = desertsOnMap();
        assertThat(twoTypes).as("missing the library and the park is rarer than missing the surgery")
                .isLessThan(all - 1);
        assertThat(app.window().resultsView().desertTable().getItems())
                .hasSize(app.window().whatIf().model().view().shown().deserts().deserts().size());
        robot.interact(() -> model().setThreshold(3));
        settle();
        assertThat(desertsOnMap()).isZero();
        assertThat(robot.lookup("#whatIfNote").queryLabeled().getText()).contains("No place can be a desert");
        assertThat(app.window().resultsView().desertTable().getItems()).isEmpty();
    }
}
