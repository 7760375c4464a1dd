package org.catchment.ui;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.catchment.ui.model.RecentFiles;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The main window on TestFX's stage, fresh for every test, with its own recent-files node that
 * is removed afterwards. Register it after {@code ApplicationExtension} (which starts the toolkit
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
    private MainWindow window;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        prefs = Preferences.userRoot().node("org/catchment/ui/fxtest-" + System.nanoTime());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, new RecentFiles(prefs));
            window.show();
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        prefs.removeNode();
    }

    /** @return this test's window */
    MainWindow window() {
        return window;
    }
}
