package org.catchment.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.catchment.ui.common.CrashHandler;
import org.catchment.ui.model.AppSetup;

/**
 * The JavaFX application. Start it through {@link DesktopLauncher}: a main class that extends
 * {@code Application} fails on the class path ("JavaFX runtime components are missing"). It opens
 * the main window with this user's settings and sample ({@link AppSetup#current()}) and shows any
 * unexpected error in the crash dialog ({@link CrashHandler}).
 */
public final class CatchmentApp extends Application {

    @Override
    public void start(Stage stage) {
        CrashHandler.install(stage);
        MainWindow window = new MainWindow(stage, AppSetup.current());
        window.setOpenDocument(getHostServices()::showDocument);
        window.show();
        FirstFrame.watch(stage, DesktopLauncher.firstFrameListener());
        Path file = DesktopLauncher.initialFile();
        if (file != null) {
            window.open(file);
        }
    }
}
