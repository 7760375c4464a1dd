package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import org.catchment.layer.Layer;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.model.TiledResults;
import org.catchment.ui.whatif.model.FacilityPicks;
import org.catchment.ui.whatif.model.WhatIfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app on a tiled run's result, which keeps no network: the tiny town run in two tiles (one
 * per ward). Its layers and deserts table are shown and the desert rule redraws them; Identify gives
 * the walking times at a clicked point from the tile's network ({@code TiledIdentifyFxTest}); what
 * needs the whole network (scenarios, the right-click menu, suggested sites) is disabled with a line
 * saying why; the outputs are exported once, and a second export says to
 * run again, in a dialog, until the analysis is run again.
 */
@ExtendWith(ApplicationExtension.class)
class TiledResultFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private WhatIfModel model() {
        return app.window().whatIf().model();
    }

    private double desertsOnMap() {
        return app.window().layers().items().stream().filter(i -> i.name().equals("Deserts"))
                .flatMap(d -> d.source().features().stream()).mapToDouble(f -> Layer.geometry(f).getArea()).sum();
    }

    private void openAndRun(FxRobot robot) throws Exception {
        Path analysis = TinyTown.write(dir);
        Files.writeString(analysis, "tiles: {by: WD_NAME}\n", StandardOpenOption.APPEND);
        robot.interact(() -> app.window().open(analysis));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 7);
        FxSteps.run(robot, app.window());
        assertThat(app.window().result().tiled()).isTrue();
    }

    @Test
    void theResultIsShownAndWhatNeedsTheNetworkSaysWhy(FxRobot robot) throws Exception {
        openAndRun(robot);
        assertThat(app.window().layers().items()).extracting(LayerItem::name)
                .contains("Deserts", "GP surgeries within 5 min", "Parks within 10 min", "Ward coverage");
        assertThat(app.window().resultsView().desertTable().getItems())
                .hasSize(app.window().result().deserts().deserts().size()).isNotEmpty();

        robot.interact(() -> app.window().identifyAt(new Coordinate(TinyTown.E0 + 400, TinyTown.N0 + 10)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().identifyView().shownPlace() != null);
        assertThat(app.window().identifyView().shownPlace().types()).as("worked out on the tile's network")
                .hasSize(app.window().result().types().size());
        assertThat(robot.lookup("#noPlaceTimes").tryQuery()).isEmpty();
        assertThat(app.window().identifyView().table().getItems()).extracting(r -> r.value()).contains("West");

        robot.interact(app.window()::showWhatIfPanel);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#newScenario", "#addSiteMode", "#scenarioChooser", "#suggestSites")) {
            assertThat(robot.lookup(id).query().isDisabled()).as(id).isTrue();
        }
        assertThat(robot.lookup("#whatIfState").queryAs(Label.class).getText()).isEqualTo(TiledResults.WHAT_IF);
        assertThat(robot.lookup("#suggestState").queryAs(Label.class).getText()).isEqualTo(TiledResults.SITES);

        List<FacilityPicks.Pick> picks = app.window().whatIf().picks(new Coordinate(TinyTown.E0, TinyTown.N0));
        assertThat(picks).extracting(p -> p.facility().name()).contains("Central Library", "Elm Road Surgery");
        ContextMenu menu = app.window().whatIf().panel().actions().menu(picks);
        List<MenuItem> items = menu.getItems();
        assertThat(items).hasSize(picks.size() + 1).allMatch(MenuItem::isDisable);
        assertThat(items.get(0).getText()).startsWith("Close in this scenario");
        assertThat(items.get(picks.size()).getText()).contains("tiled run").contains("no walking network");

        double before = desertsOnMap();
        robot.interact(() -> model().setThreshold(1));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        double expected = app.window().result().withDesertRule(app.window().form().spec().deserts()).deserts()
                .deserts().stream().mapToDouble(d -> d.areaM2()).sum();
        assertThat(desertsOnMap()).as("missing one type is commoner than missing two").isGreaterThan(before + 1)
                .isCloseTo(expected, offset(1e-3));
        assertThat(robot.lookup("#whatIfState").queryAs(Label.class).getText()).isEqualTo(TiledResults.WHAT_IF);
    }

    @Test
    void theOutputsAreExportedOnceAndASecondExportSaysToRunAgain(FxRobot robot) throws Exception {
        openAndRun(robot);
        Path out = dir.resolve("out");
        robot.interact(() -> app.window().exports().writeAll(false));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().statusText().startsWith("Wrote "));
        assertThat(out.resolve("catchment.gpkg")).exists();
        assertThat(out.resolve("deserts.csv")).exists();

        Platform.runLater(app.window().exports()::askAll);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#infoMessage").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#infoMessage").queryAs(Label.class).getText())
                .isEqualTo(TiledResults.exportedOnce(out)).contains("run the analysis again");
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#infoMessage").query().getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#infoMessage").tryQuery()).isEmpty();
        assertThat(robot.lookup("#errorMessage").tryQuery()).as("no error besides").isEmpty();

        var first = app.window().result();
        FxSteps.run(robot, app.window());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().result() != first && !app.window().isRunning());
        robot.interact(() -> app.window().exports().writeAll(true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().statusText().startsWith("Wrote "));
        assertThat(robot.lookup("#infoMessage").tryQuery()).as("a new run writes them again").isEmpty();
        assertThat(out.resolve("catchment.gpkg")).exists();
    }
}
