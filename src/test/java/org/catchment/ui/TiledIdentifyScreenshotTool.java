package org.catchment.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import org.catchment.render.PngWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Takes the user guide's screenshot of Identify on a tiled result (not a test): run under Xvfb with
 * a tiled analysis file and the output folder as arguments. Runs the analysis, identifies the
 * point of the largest desert the untiled screenshot ({@code app-identify.png}) identifies and
 * snapshots the window at once, while Identify works the times out on the tile's network
 * ({@code app-identify-tiled.png}), then once they are shown ({@code app-identify-tiled-done.png},
 * not in the guide: the same as the untiled screenshot).
 */
public final class TiledIdentifyScreenshotTool {

    private TiledIdentifyScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path analysis = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        MainWindow w = ScreenshotTool.open(analysis);
        ScreenshotTool.run(w);
        ScreenshotTool.fx(() -> w.map().zoomTo(w.layers().extent()));
        ScreenshotTool.settle(w);
        AtomicReference<WritableImage> working = new AtomicReference<>();
        ScreenshotTool.fx(() -> {
            Point p = w.result().deserts().deserts().get(0).geometry().getInteriorPoint();
            w.identifyAt(new Coordinate(p.getX(), p.getY()));
            working.set(w.stage().getScene().snapshot(null));
        });
        PngWriter.write(SwingFXUtils.fromFXImage(working.get(), null), out.resolve("app-identify-tiled.png"), 96);
        ScreenshotTool.waitUntil(() -> w.identifyView().shownPlace() != null, 600);
        long rendered = w.map().renderCount();
        ScreenshotTool.fx(w.map()::refresh);
        ScreenshotTool.waitUntil(() -> w.map().renderCount() > rendered, 60);
        Thread.sleep(800);
        ScreenshotTool.snapshot(w, out.resolve("app-identify-tiled-done.png"));
        Platform.exit();
        System.exit(0);
    }
}
