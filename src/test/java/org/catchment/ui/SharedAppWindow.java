package org.catchment.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.catchment.BundledSample;
import org.catchment.Settings;
import org.catchment.UserDirs;
import org.catchment.io.FileTrees;
import org.catchment.ui.model.AppSetup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * One main window for a whole test class (its tests share what they open and run, so the class
 * stays fast), on a stage of its own, with a home folder of its own (settings, documents); after the
 * last test the window is closed (writing its place into the settings) and then the folder removed,
 * so nothing is left (see {@link AppWindow#afterEach}). Register it static:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SharedAppWindow APP = new SharedAppWindow();
 * </pre>
 */
final class SharedAppWindow implements BeforeAllCallback, AfterAllCallback {

    private Path home;
    private MainWindow window;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("catchment-fxtest-home");
        UserDirs dirs = UserDirs.of("Linux", Map.of(), home);
        AppSetup setup = AppSetup.of(dirs, Settings.load(dirs.config().resolve(Settings.FILE_NAME)),
                BundledSample.find());
        FxToolkit.registerPrimaryStage(); // starts the toolkit
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new Stage(), setup);
            window.show();
        });
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        FxToolkit.setupFixture(() -> window.stage().hide());
        FileTrees.deleteQuietly(home);
    }

    /** @return the class's window */
    MainWindow window() {
        return window;
    }
}
