package org.catchment.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.catchment.BundledSample;
import org.catchment.Settings;
import org.catchment.UserDirs;
import org.catchment.ui.model.AppSetup;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The main window on TestFX's stage, fresh for every test, with a home folder of its own (settings,
 * documents) that is removed afterwards. Register it after {@code ApplicationExtension} (which starts the toolkit
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

    private Path home;
    private AppSetup setup;
    private MainWindow window;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("catchment-fxtest-home");
        UserDirs dirs = UserDirs.of("Linux", Map.of(), home);
        setup = AppSetup.of(dirs, Settings.load(dirs.config().resolve(Settings.FILE_NAME)), BundledSample.find());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, setup);
            window.show();
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        org.catchment.io.FileTrees.deleteQuietly(home);
    }

    /** @return this test's window */
    MainWindow window() {
        return window;
    }

    /** @return this test's home folder (settings in {@code .config/catchment}, documents in {@code Documents}) */
    Path home() {
        return home;
    }

    /** @return this test's set-up */
    AppSetup setup() {
        return setup;
    }
}
