package org.catchment.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.catchment.ui.model.AppSetup;

/**
 * Takes the user guide's What if screenshots (not a test): run under Xvfb with the analysis file,
 * the output folder and the name of one of its scenarios as arguments. Runs the analysis, shows the
 * scenario in the What if panel and snapshots the window ({@code app-whatif.png}), then the
 * Results panel's comparison ({@code app-whatif-comparison.png}).
 */
public final class WhatIfScreenshotTool {

    private WhatIfScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path analysis = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        String scenario = args[2];
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        ScreenshotTool.fx(() -> {
            MainWindow w = new MainWindow(new Stage(), AppSetup.current());
            w.show();
            window.set(w);
        });
        MainWindow w = window.get();
        ScreenshotTool.fx(() -> w.open(analysis));
        ScreenshotTool.waitUntil(() -> !w.layers().items().isEmpty(), 120);
        ScreenshotTool.fx(w::run);
        ScreenshotTool.waitUntil(() -> w.result() != null && !w.isRunning(), 600);
        ScreenshotTool.fx(() -> {
            w.showWhatIfPanel();
            w.whatIf().model().select(scenario);
        });
        Thread.sleep(1000);
        ScreenshotTool.waitUntil(() -> !w.whatIf().model().isBusy(), 300);
        ScreenshotTool.fx(w::zoomToAll);
        ScreenshotTool.settle(w);
        ScreenshotTool.snapshot(w, out.resolve("app-whatif.png"));
        ScreenshotTool.fx(() -> {
            ((javafx.scene.control.TabPane) w.stage().getScene().lookup("#sideTabs")).getSelectionModel().select(1);
            w.resultsView().selectTab(WhatIfWiring.COMPARISON_TAB);
        });
        Thread.sleep(1000);
        ScreenshotTool.snapshot(w, out.resolve("app-whatif-comparison.png"));
        Platform.exit();
        System.exit(0);
    }
}
