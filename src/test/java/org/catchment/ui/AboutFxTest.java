package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.catchment.About;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About: the version, the Java runtime, the licence, the data credits, and the log and settings files. */
@ExtendWith(ApplicationExtension.class)
class AboutFxTest {

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void helpAboutShowsWhatVersionPrints(FxRobot robot) throws Exception {
        robot.clickOn("Help");
        robot.clickOn("About Catchment");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).startsWith("Catchment " + About.version());
        assertThat(text(robot, "#aboutVersion")).isEqualTo("Version " + About.version());
        assertThat(text(robot, "#aboutRuntime")).isEqualTo(About.runtime()).startsWith("Java " + Runtime.version());
        assertThat(text(robot, "#aboutLicence")).contains("Apache-2.0", "GeoTools LGPL-2.1");
        assertThat(text(robot, "#aboutCredits")).contains("Millbrook sample town is synthetic",
                "Contains OS data \u00a9 Crown copyright and database right", "\u00a9 OpenStreetMap contributors");
        assertThat(text(robot, "#aboutFiles")).contains("Settings: " + app.setup().settings().file());
        assertThat(About.lines()).as("the same lines as catchment --version").contains(text(robot, "#aboutRuntime"),
                text(robot, "#aboutLicence"), text(robot, "#aboutCredits"));
        robot.clickOn(pane.lookupButton(ButtonType.CLOSE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutDialog").tryQuery()).isEmpty();
    }
}
