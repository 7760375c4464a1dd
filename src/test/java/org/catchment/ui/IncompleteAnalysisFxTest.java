package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.catchment.ui.layers.model.LayerItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An analysis saved before it was finished (the tiny town without its network) opens in the app,
 * with its wards and facilities on the map; Run then says, in the app's words, what to add and
 * where, and nothing runs (issue 16, item 6: it could not be opened, and the message gave YAML
 * advice inside the app).
 */
@ExtendWith(ApplicationExtension.class)
class IncompleteAnalysisFxTest {

    private static final String NO_NETWORK = "The analysis has no road network yet. Add the roads under Network in the"
            + " Analysis panel (Add roads\u2026).";

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    @Test
    void anAnalysisWithoutItsNetworkOpensAndRunSaysWhatToAdd(FxRobot robot) throws Exception {
        Path file = TinyTown.write(dir);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("network:\n  roads: [roads.geojson]\n  cache: false\n", ""),
                StandardCharsets.UTF_8);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("network");

        robot.interact(() -> app.window().open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().layers().items().stream()
                .anyMatch(i -> i.group() == LayerItem.Group.INPUT && i.name().equals("Wards")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().form().spec().network()).isNull();
        assertThat(app.window().form().spec().facilities()).hasSize(3);
        assertThat(app.window().statusText()).startsWith("Opened analysis.yml: ").contains(NO_NETWORK);

        Platform.runLater(app.window()::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#infoMessage").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#infoMessage").queryAs(Label.class).getText()).isEqualTo(NO_NETWORK);
        assertThat(app.window().isRunning()).isFalse();
        DialogPane pane = (DialogPane) robot.lookup("#infoMessage").queryAs(Label.class).getParent();
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().result()).isNull();
        assertThat(app.window().statusText()).isEqualTo(NO_NETWORK);
    }
}
