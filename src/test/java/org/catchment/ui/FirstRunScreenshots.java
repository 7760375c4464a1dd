package org.catchment.ui;

import static org.catchment.ui.ScreenshotTool.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.catchment.BundledSample;
import org.catchment.RunLog;
import org.catchment.Settings;
import org.catchment.UserDirs;
import org.catchment.render.PngWriter;
import org.catchment.ui.common.CrashHandler;
import org.catchment.ui.model.AppSetup;
import org.catchment.ui.model.RecentFiles;

/**
 * Takes the user guide's first-run screenshots (not a test): run under Xvfb with the output folder
 * and a home folder of its own as arguments. The start page (with a recent list: the sample's
 * copy, another analysis and a missing one), Help &gt; About, and the crash dialog.
 */
public final class FirstRunScreenshots {

    private FirstRunScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        Path home = Path.of(args[1]).toAbsolutePath();
        UserDirs dirs = UserDirs.of("Linux", Map.of(), home);
        RunLog.open(dirs.logs());
        Settings settings = Settings.load(dirs.config().resolve(Settings.FILE_NAME));
        AppSetup setup = AppSetup.of(dirs, settings, BundledSample.find());
        Path projects = Files.createDirectories(dirs.documents().resolve("Catchment"));
        Path libraries = projects.resolve("libraries-review").resolve("analysis.yml");
        Files.createDirectories(libraries.getParent());
        Files.copy(Path.of("data", "sample", "analysis.yml"), libraries, StandardCopyOption.REPLACE_EXISTING);
        RecentFiles recent = new RecentFiles(settings);
        recent.add(projects.resolve("ward-boundaries-2019.yml"));
        recent.add(libraries);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        fx(() -> {
            Stage stage = new Stage();
            CrashHandler.install(stage);
            MainWindow w = new MainWindow(stage, setup);
            w.show();
            window.set(w);
        });
        Thread.sleep(1500);
        snapshot(window.get().stage().getScene(), out.resolve("app-start.png"));

        Platform.runLater(window.get()::about);
        Thread.sleep(1500);
        snapshot(dialog(), out.resolve("app-about.png"));
        fx(() -> ((Stage) dialog().getWindow()).close());

        Platform.runLater(() -> {
            throw new IllegalStateException("a screenshot of the crash dialog");
        });
        Thread.sleep(1500);
        snapshot(dialog(), out.resolve("app-crash.png"));
        fx(() -> ((Stage) dialog().getWindow()).close());
        fx(() -> window.get().stage().close());
        Platform.exit();
        System.exit(0);
    }

    private static Scene dialog() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().lookup(".dialog-pane") != null)
                .findFirst().orElseThrow().getScene();
    }

    private static void snapshot(Scene scene, Path file) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        fx(() -> image.set(scene.snapshot(null)));
        PngWriter.write(SwingFXUtils.fromFXImage(image.get(), null), file, 96);
    }
}
