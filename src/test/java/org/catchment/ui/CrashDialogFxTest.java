package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.catchment.RunLog;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.CrashHandler;
import org.catchment.ui.common.Dialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A crash in the app: an exception nothing caught on the FX thread, in a job's handler, in a
 * background thread, or an unexpected failure a job hands to its error dialog. Each shows the
 * crash dialog with one line and no Java class name, copies the stack trace only when asked and
 * writes it to the log file.
 */
@ExtendWith(ApplicationExtension.class)
class CrashDialogFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private Thread.UncaughtExceptionHandler previous;
    private RunLog log;

    @BeforeEach
    void install() throws Exception {
        log = RunLog.open(dir.resolve("logs"));
        previous = CrashHandler.install(app.window().stage());
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    private DialogPane crashDialog() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new FxRobot().lookup("#crashDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return new FxRobot().lookup("#crashDialog").queryAs(DialogPane.class);
    }

    private static List<String> texts(Node root) {
        return new FxRobot().from(root).lookup((Node n) -> n instanceof Label).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private void close(FxRobot robot, DialogPane pane) {
        robot.clickOn((Button) pane.lookupButton(ButtonType.CLOSE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anExceptionOnTheFxThreadShowsOneLineAndCopiesTheDetailsOnlyWhenAsked(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("internal detail 42");
        });
        DialogPane pane = crashDialog();
        assertThat(robot.lookup("#crashReason").queryAs(Label.class).getText())
                .isEqualTo("An unexpected error in Catchment stopped what it was doing.");
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(String.join("\n", texts(pane))).as("no class name, message or stack trace on show")
                .doesNotContain("IllegalStateException", "internal detail", "at org.", "java.")
                .contains(log.file().toString());
        assertThat(pane.getExpandableContent()).as("no details to expand").isNull();

        robot.clickOn("#copyDetails");
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("Catchment ").contains("Java " + Runtime.version(),
                "Thread: JavaFX Application Thread", "java.lang.IllegalStateException: internal detail 42",
                "at org.catchment.ui.CrashDialogFxTest");
        assertThat(robot.lookup("#crashDialog").tryQuery()).as("copying leaves the dialog open").isPresent();
        assertThat(robot.lookup("#copyDetails").queryAs(Button.class).getText()).isEqualTo("Copied");
        close(robot, pane);

        assertThat(Files.readString(log.file(), StandardCharsets.UTF_8)).contains(
                "crash: An unexpected error in Catchment stopped what it was doing.",
                "java.lang.IllegalStateException: internal detail 42", "at org.catchment.ui.CrashDialogFxTest");
    }

    @Test
    void aJobsHandlerThatThrowsAndABackgroundThreadThatDiesAreShownToo(FxRobot robot) throws Exception {
        Background.run("export", () -> 1, done -> {
            throw new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3");
        }, failed -> { });
        DialogPane pane = crashDialog();
        assertThat(String.join("\n", texts(pane))).doesNotContain("ArrayIndexOutOfBounds", "Index 3");
        close(robot, pane);

        Thread dying = new Thread(() -> {
            throw new UnsupportedOperationException("not yet");
        }, "catchment-run");
        dying.start();
        dying.join();
        pane = crashDialog();
        assertThat(robot.lookup("#crashReason").queryAs(Label.class).getText())
                .isEqualTo("An unexpected error in Catchment stopped running the analysis.");
        close(robot, pane);
        assertThat(Files.readString(log.file(), StandardCharsets.UTF_8)).contains(
                "java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3",
                "Thread: catchment-run", "java.lang.UnsupportedOperationException: not yet");
    }

    @Test
    void anUnexpectedJobFailureGoesToTheCrashDialogUnderItsHeadingAndBadInputStaysAPlainMessage(FxRobot robot)
            throws Exception {
        Stage stage = app.window().stage();
        Background.run("export", () -> {
            throw new NullPointerException("Cannot invoke \"Object.toString()\" because \"x\" is null");
        }, v -> { }, e -> Dialogs.error(stage, "The map could not be exported", e));
        DialogPane pane = crashDialog();
        assertThat(pane.getHeaderText()).isEqualTo("The map could not be exported");
        assertThat(String.join("\n", texts(pane))).doesNotContain("NullPointerException", "Object.toString");
        close(robot, pane);

        Background.run("export", () -> {
            throw new org.catchment.CatchmentException("out/map.png: the folder is read-only. Choose another.");
        }, v -> { }, e -> Dialogs.error(stage, "The map could not be exported", e));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#errorMessage").tryQuery().isPresent());
        assertThat(robot.lookup("#errorMessage").queryAs(Label.class).getText())
                .isEqualTo("out/map.png: the folder is read-only. Choose another.");
        assertThat(robot.lookup("#crashDialog").tryQuery()).isEmpty();
        robot.interact(() -> ((Stage) robot.lookup("#errorMessage").query().getScene().getWindow()).close());
    }
}
