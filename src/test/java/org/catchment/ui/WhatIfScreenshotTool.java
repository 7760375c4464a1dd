package org.catchment.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

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
        MainWindow w = ScreenshotTool.open(analysis);
        ScreenshotTool.run(w);
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
