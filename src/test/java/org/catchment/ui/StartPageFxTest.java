package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.catchment.AppImage;
import org.catchment.BundledSample;
import org.catchment.FolderSnapshot;
import org.catchment.Settings;
import org.catchment.UserDirs;
import org.catchment.io.FileTrees;
import org.catchment.ui.model.AppSetup;
import org.catchment.ui.model.RecentFiles;
import org.catchment.ui.model.WindowLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first run of an installed Catchment: the start page over an empty window, the sample town
 * opened from the user's copy in their documents, the install folder left as it was (read-only,
 * but CI runs as root: the comparison of its files before and after is the check, after the copy,
 * the opening and the window's closing that saves the settings), recent files with a missing one
 * marked and removed, a new analysis; and the window's place and splits kept for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class StartPageFxTest {

    @TempDir
    Path dir;

    private Path image;
    private MainWindow shown;

    /** Closes the window first: closing, it writes its place into the settings in {@code dir}. */
    @AfterEach
    void writable() throws Exception {
        if (shown != null) {
            FxToolkit.setupFixture(() -> shown.stage().hide());
        }
        if (image != null && Files.getFileStore(image).supportsFileAttributeView("posix")) {
            try (Stream<Path> all = Files.walk(image)) {
                for (Path p : all.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        FileTrees.deleteQuietly(dir);
    }

    private static void readOnly(Path root) throws IOException {
        if (!Files.getFileStore(root).supportsFileAttributeView("posix")) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
    }

    private MainWindow show(AppSetup setup) throws Exception {
        FxToolkit.setupFixture(() -> {
            shown = new MainWindow(new Stage(), setup);
            shown.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    @Test
    void anInstalledFirstRunOpensTheSampleFromTheUsersDocumentsAndLeavesTheInstallFolderAsItWas(FxRobot robot)
            throws Exception {
        image = dir.resolve("opt").resolve("catchment");
        Path app = AppImage.make(image);
        readOnly(image);
        Map<String, String> before = FolderSnapshot.of(image);
        UserDirs user = UserDirs.of("Linux", Map.of(), dir.resolve("home"));
        Settings settings = Settings.load(user.config().resolve(Settings.FILE_NAME));
        Path kept = TinyTown.write(Files.createDirectories(dir.resolve("projects")));
        Path gone = dir.resolve("projects").resolve("moved-away.yml");
        RecentFiles recent = new RecentFiles(settings);
        recent.add(gone);
        recent.add(kept);
        BundledSample.Source installed = BundledSample.find(app.resolve("catchment.jar"), dir).orElseThrow();
        assertThat(installed.installed()).isTrue();
        MainWindow w = show(AppSetup.of(user, settings, java.util.Optional.of(installed)));

        assertThat(w.isStartPageShown()).isTrue();
        assertThat(robot.lookup("#startPage").query().isVisible()).isTrue();
        Hyperlink first = robot.lookup("#recent-0").queryAs(Hyperlink.class);
        assertThat(first.getText()).isEqualTo(kept.getFileName().toString());
        assertThat(first.isDisabled()).isFalse();
        assertThat(robot.lookup("#recent-1").queryAs(Hyperlink.class).isDisabled()).as("a missing file cannot be opened")
                .isTrue();
        assertThat(robot.lookup("#recentMissing-1").tryQuery()).isPresent();
        assertThat(robot.lookup("#recentMissing-0").tryQuery()).isEmpty();

        robot.clickOn("#recentRemove-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#recent-1").tryQuery()).as("removed from the page").isEmpty();
        assertThat(new RecentFiles(Settings.load(settings.file())).list()).as("and from the settings file")
                .containsExactly(kept.toAbsolutePath().normalize());

        robot.clickOn("#startSample");
        Path copy = user.documents().resolve("Catchment").resolve("sample").resolve("analysis.yml");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> copy.equals(w.document().file())
                && w.layers().items().size() > 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.isStartPageShown()).isFalse();
        assertThat(w.stage().getTitle()).isEqualTo("Millbrook sample town - Catchment");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(Path.of("data", "sample", "analysis.yml")));
        assertThat(new RecentFiles(Settings.load(settings.file())).list()).first().isEqualTo(copy);

        robot.interact(() -> w.stage().hide());
        assertThat(settings.file()).as("the settings in the user's own folder")
                .isEqualTo(dir.resolve("home").resolve(Path.of(".config", "catchment", "settings.properties")));
        assertThat(WindowLayout.read(Settings.load(settings.file()))).as("the window's place saved on closing")
                .isPresent();
        assertThat(FolderSnapshot.of(image)).as("nothing written into the install folder").isEqualTo(before);
    }

    @Test
    void newAnalysisLeavesTheStartPage(FxRobot robot) throws Exception {
        UserDirs user = UserDirs.of("Linux", Map.of(), dir.resolve("home"));
        MainWindow w = show(AppSetup.of(user, Settings.load(user.config().resolve(Settings.FILE_NAME)),
                java.util.Optional.empty()));
        assertThat(robot.lookup("#startSample").queryAs(Button.class).isDisabled()).as("no sample here").isTrue();
        assertThat(robot.lookup("#recentList").queryParent().getChildrenUnmodifiable()).hasSize(1);
        robot.clickOn("#startNew");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.isStartPageShown()).isFalse();
        assertThat(w.stage().getTitle()).isEqualTo("New analysis - Catchment");
    }

    @Test
    void theWindowOpensWhereItWasLeftWithItsSplits(FxRobot robot) throws Exception {
        UserDirs user = UserDirs.of("Linux", Map.of(), dir.resolve("home"));
        Settings settings = Settings.load(user.config().resolve(Settings.FILE_NAME));
        AppSetup setup = AppSetup.of(user, settings, java.util.Optional.empty());
        MainWindow[] first = new MainWindow[1];
        robot.interact(() -> {
            first[0] = new MainWindow(new Stage(), setup);
            first[0].show();
            first[0].stage().setX(30);
            first[0].stage().setY(20);
            first[0].stage().setWidth(1000);
            first[0].stage().setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> centre(first[0]).setDividerPositions(0.3, 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> first[0].stage().hide());
        WindowLayout saved = WindowLayout.read(Settings.load(settings.file())).orElseThrow();
        assertThat(List.of(saved.x(), saved.y(), saved.width(), saved.height())).containsExactly(30.0, 20.0, 1000.0, 700.0);
        assertThat(saved.splits().get("centre")).hasSize(2).first().satisfies(d -> assertThat(d).isCloseTo(0.3,
                org.assertj.core.data.Offset.offset(0.01)));
        assertThat(saved.splits().get("centre").get(1)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.01));
        assertThat(saved.splits()).containsKey("left");

        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new MainWindow(new Stage(), AppSetup.of(user, Settings.load(settings.file()),
                    java.util.Optional.empty()));
            second[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Stage s = second[0].stage();
        assertThat(List.of(s.getX(), s.getY(), s.getScene().getWidth(), s.getScene().getHeight()))
                .containsExactly(30.0, 20.0, 1000.0, 700.0);
        assertThat(centre(second[0]).getDividerPositions()[0]).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(centre(second[0]).getDividerPositions()[1]).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.01));
        robot.interact(s::hide);
    }

    private static SplitPane centre(MainWindow w) {
        return (SplitPane) w.stage().getScene().lookup("#centreSplit");
    }
}
