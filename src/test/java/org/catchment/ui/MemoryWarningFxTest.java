package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** With a (pretended) small heap the app asks before loading what may not fit, and loads nothing when told not to. */
@ExtendWith(ApplicationExtension.class)
class MemoryWarningFxTest {

    private static final Path SAMPLE = Path.of("data/sample").toAbsolutePath();
    private static final long ONE_MB = 1L << 20;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private static DialogPane warning(FxRobot robot, String header) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(n -> header.equals(((DialogPane) n).getHeaderText())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void aLayerTooLargeForTheFreeHeapIsAddedOnlyWhenConfirmed(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().setFreeHeap(() -> ONE_MB));
        Platform.runLater(() -> app.window().userLayers().addLayers(List.of(SAMPLE.resolve("RoadLink.shp"))));
        DialogPane asked = warning(robot, "This layer may not fit in memory");
        assertThat(asked.getContentText()).startsWith("RoadLink.shp needs about ").contains("but only 1 MB is free",
                "java -Xmx", "Add it anyway?");
        robot.clickOn(asked.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().layers().items()).isEmpty();
        assertThat(app.window().statusText()).startsWith("Not added: RoadLink.shp");

        Platform.runLater(() -> app.window().userLayers().addLayers(List.of(SAMPLE.resolve("RoadLink.shp"))));
        robot.clickOn(warning(robot, "This layer may not fit in memory").lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 1);
        assertThat(app.window().layers().items().get(0).source().size()).isEqualTo(1696);
    }

    @Test
    void anAnalysisWhoseInputsMayNotFitIsOpenedOnlyWhenConfirmed(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().setFreeHeap(() -> ONE_MB));
        Platform.runLater(() -> app.window().open(SAMPLE.resolve("analysis.yml")));
        DialogPane asked = warning(robot, "The inputs may not fit in memory");
        assertThat(asked.getContentText()).contains("postcodes.csv needs about 2 MB", "only 1 MB is free",
                "Open the analysis anyway?");
        robot.clickOn(asked.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().layers().items()).isEmpty();
        assertThat(app.window().document().file()).isNull();
        assertThat(app.window().statusText()).startsWith("Not opened: analysis.yml");
    }
}
