package org.catchment.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.catchment.ui.model.RecentFiles;

/**
 * The JavaFX application. Start it through {@link DesktopLauncher}: a main class that extends
 * {@code Application} fails on the class path ("JavaFX runtime components are missing").
 */
public final class CatchmentApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, RecentFiles.forUser());
        window.show();
        FirstFrame.watch(stage, DesktopLauncher.firstFrameListener());
        Path file = DesktopLauncher.initialFile();
        if (file != null) {
            window.open(file);
        }
    }
}
