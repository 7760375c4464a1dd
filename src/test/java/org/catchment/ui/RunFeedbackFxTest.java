package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.catchment.ui.layers.model.LayerItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the app shows of a run (issue 16, item 7): Run is offered nowhere while a run goes on, the
 * run's status stays in sight whatever panel is in front, and nothing of a run is left over once
 * another analysis is opened. The progress bar's movement during a longer run is checked on the
 * sample town ({@link SampleTownFxTest}).
 */
@ExtendWith(ApplicationExtension.class)
class RunFeedbackFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private Path openTinyTown(FxRobot robot, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path analysis = TinyTown.write(folder);
        robot.interact(() -> app.window().open(analysis));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().document().file() != null
                && app.window().document().file().equals(analysis) && app.window().layers().items().stream()
                .anyMatch(i -> i.name().equals("Wards")));
        WaitForAsyncUtils.waitForFxEvents();
        return analysis;
    }

    private void waitForTheRun() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().result() != null && !app.window().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button toolbarRun(FxRobot robot) {
        return robot.lookup(".main-toolbar .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Run")).findFirst().orElseThrow();
    }

    /** @return true when the node is drawn: in the window, with every ancestor visible, and of some height */
    static boolean inSight(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getHeight() >= 1;
    }

    @Test
    void theToolbarsRunIsDisabledWhileARunGoesOn(FxRobot robot) throws Exception {
        openTinyTown(robot, dir);
        Button run = toolbarRun(robot);
        assertThat(run.isDisabled()).isFalse();
        robot.interact(() -> {
            app.window().run();
            assertThat(run.isDisabled()).as("disabled as soon as the run starts").isTrue();
        });
        waitForTheRun();
        assertThat(run.isDisabled()).as("offered again when it is over").isFalse();
    }

    @Test
    void theRunsStatusStaysInSightWhenIdentifyOpens(FxRobot robot) throws Exception {
        openTinyTown(robot, dir);
        List<Boolean> seen = new ArrayList<>();
        robot.interact(() -> {
            app.window().run();
            app.window().identifyAt(new Coordinate(TinyTown.E0 + 400, TinyTown.N0 + 10));
            seen.add(inSight(robot.lookup("#runProgress").queryAs(ProgressBar.class)));
            seen.add(inSight(robot.lookup("#runStage").queryAs(Label.class)));
        });
        assertThat(seen).as("the progress bar and the stage line while the run goes on").containsExactly(true, true);
        waitForTheRun();
        robot.interact(() -> app.window().identifyAt(new Coordinate(TinyTown.E0 + 400, TinyTown.N0 + 10)));
        WaitForAsyncUtils.waitForFxEvents();
        Label stage = robot.lookup("#runStage").queryAs(Label.class);
        assertThat(inSight(stage)).isTrue();
        assertThat(stage.getText()).as("how the run ended, beside the identify panel").startsWith("Done: 3 deserts found");
    }

    @Test
    void openingAnotherAnalysisLeavesNothingOfThePreviousRun(FxRobot robot) throws Exception {
        openTinyTown(robot, dir.resolve("first"));
        robot.interact(app.window()::run);
        waitForTheRun();
        assertThat(robot.lookup("#runStage").queryAs(Label.class).getText()).startsWith("Done: ");

        openTinyTown(robot, dir.resolve("second"));
        assertThat(app.window().result()).isNull();
        assertThat(robot.lookup("#runStage").queryAs(Label.class).getText()).isEqualTo("Ready");
        assertThat(robot.lookup("#runProgress").queryAs(ProgressBar.class).getProgress()).isZero();
        assertThat(app.window().resultsView().desertTable().getItems()).isEmpty();
        assertThat(app.window().resultsView().coverageTable().getItems()).isEmpty();
        assertThat(app.window().layers().items()).noneMatch(i -> i.group() == LayerItem.Group.RESULT);
    }
}
