package org.catchment.ui;

import static org.catchment.ui.ScreenshotTool.fx;
import static org.catchment.ui.ScreenshotTool.settle;
import static org.catchment.ui.ScreenshotTool.snapshot;
import static org.catchment.ui.ScreenshotTool.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.catchment.Settings;
import org.catchment.analysis.AtlasOf;
import org.catchment.export.Atlas;
import org.catchment.export.Basemaps;
import org.catchment.export.MapExport;
import org.catchment.io.FileTrees;
import org.catchment.io.tiles.BasemapChoice;
import org.catchment.io.tiles.TestTileServer;
import org.catchment.ui.model.AppSetup;

/**
 * Takes the user guide's basemap and atlas images (not a test): run under Xvfb with the analysis
 * file and the images folder as arguments. Serves the test tiles on 127.0.0.1 (never the
 * internet), opens and runs the analysis in the app with the test tile server as its basemap and
 * snapshots the window ({@code app-basemap.png}); then draws a page of the command line's atlas
 * ({@code output.atlas: wards}), of the first ward with a desert, at a size for the guide
 * ({@code atlas-page.png}).
 */
public final class BasemapScreenshotTool {

    private BasemapScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path analysis = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Path settings = Files.createTempDirectory("catchment-screenshot-settings");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (TestTileServer tiles = TestTileServer.start()) {
            AtomicReference<MainWindow> window = new AtomicReference<>();
            fx(() -> {
                Settings s = Settings.load(settings.resolve(Settings.FILE_NAME));
                MainWindow w = new MainWindow(new Stage(), new AppSetup(s, Optional.empty(), settings.resolve("sample")),
                        source -> Basemaps.tiles(source, s, settings.resolve("tiles")));
                w.show();
                window.set(w);
            });
            MainWindow w = window.get();
            fx(() -> w.open(analysis));
            waitUntil(() -> !w.layers().items().isEmpty(), 120);
            ScreenshotTool.run(w);
            fx(() -> {
                w.basemap().chooseCustom(tiles.template(), "Test tiles (generated)", 19);
                w.resultsView().desertTable().getSelectionModel().select(0);
                w.zoomToAll();
            });
            waitUntil(() -> w.basemap().choice() == BasemapChoice.CUSTOM, 10);
            for (int i = 0; i < 4; i++) {
                Thread.sleep(2000);
                fx(w.map()::refresh);
                settle(w);
            }
            snapshot(w, out.resolve("app-basemap.png"));

            MapExport maps = new MapExport(w.result(), null);
            Atlas.Place withDesert = Atlas.places(w.result(), AtlasOf.WARDS).stream()
                    .filter(p -> !p.subtitle().startsWith("No desert")).findFirst().orElseThrow();
            Atlas.Page page = Atlas.pages(maps.desertMap(), w.result().analysis().spec().name(), "ward",
                    java.util.List.of(withDesert)).get(0);
            new MapExport.Map(page.fileName(), page.document(), 1400, 990, 120).write(out.resolve("atlas-page.png"));
            fx(() -> w.stage().hide());
        }
        FileTrees.deleteQuietly(settings);
        Platform.exit();
        System.exit(0);
    }
}
