package org.catchment.ui;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.catchment.ui.model.RecentFiles;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * One main window for a whole test class (its tests share what they open and run, so the class
 * stays fast), on TestFX's primary stage, with its own recent-files node that is removed
 * afterwards; the window is closed after the last test. Register it static:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SharedAppWindow APP = new SharedAppWindow();
 * </pre>
 */
final class SharedAppWindow implements BeforeAllCallback, AfterAllCallback {

    private Preferences prefs;
    private MainWindow window;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        prefs = Preferences.userRoot().node("org/catchment/ui/fxtest-" + System.nanoTime());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, new RecentFiles(prefs));
            window.show();
        });
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        FxToolkit.setupFixture(() -> window.stage().hide());
        prefs.removeNode();
    }

    /** @return the class's window */
    MainWindow window() {
        return window;
    }
}
