package org.catchment.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.catchment.Settings;
import org.catchment.export.Basemaps;
import org.catchment.io.FileTrees;
import org.catchment.ui.model.RecentFiles;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The main window on TestFX's stage, fresh for every test, with its own recent-files node and
 * settings folder (so no basemap of the tester's is drawn), removed afterwards; basemap tiles are
 * cached in the build's test cache. Register it after {@code ApplicationExtension} (which starts the toolkit
 * and the stage):
 *
 * <pre>
 * &#64;ExtendWith(ApplicationExtension.class)
 * class SomeFxTest {
 *     &#64;RegisterExtension
 *     final AppWindow app = new AppWindow();
 * }
 * </pre>
 */
final class AppWindow implements BeforeEachCallback, AfterEachCallback {

    private Preferences prefs;
    private Path settings;
    private MainWindow window;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        prefs = Preferences.userRoot().node("org/catchment/ui/fxtest-" + System.nanoTime());
        settings = Files.createTempDirectory("catchment-fxtest-settings");
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, new RecentFiles(prefs), Settings.in(settings), Basemaps.cacheFolder());
            window.show();
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        prefs.removeNode();
        FileTrees.deleteQuietly(settings);
    }

    /** @return this test's window */
    MainWindow window() {
        return window;
    }
}
