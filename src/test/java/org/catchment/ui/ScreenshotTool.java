package org.catchment.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.catchment.render.PngWriter;
import org.catchment.ui.model.AppSetup;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Takes the user guide's screenshots (not a test): run under Xvfb with the analysis file and the
 * output folder as arguments. Opens the analysis and snapshots the analysis panel (top, then its
 * population, zones and outputs), runs it and snapshots the result, then identifies a point in the
 * largest desert.
 */
public final class ScreenshotTool {

    private ScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path analysis = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        fx(() -> {
            MainWindow w = new MainWindow(new Stage(), AppSetup.current());
            w.show();
            window.set(w);
        });
        MainWindow w = window.get();
        fx(() -> w.open(analysis));
        waitUntil(() -> !w.layers().items().isEmpty(), 120);
        settle(w);
        snapshot(w, out.resolve("app-analysis.png"));
        fx(() -> {
            javafx.scene.Scene scene = w.stage().getScene();
            for (String id : new String[] {"#networkSection", "#studySection"}) {
                ((javafx.scene.control.TitledPane) scene.lookup(id)).setExpanded(false);
            }
            for (String id : new String[] {"#dataSection", "#outputSection"}) {
                ((javafx.scene.control.TitledPane) scene.lookup(id)).setExpanded(true);
            }
        });
        Thread.sleep(500);
        fx(() -> ((javafx.scene.control.ScrollPane) w.stage().getScene().lookup(".panel-scroll")).setVvalue(1));
        Thread.sleep(500);
        snapshot(w, out.resolve("app-analysis-inputs.png"));
        fx(() -> {
            javafx.scene.Scene scene = w.stage().getScene();
            ((javafx.scene.control.TitledPane) scene.lookup("#networkSection")).setExpanded(true);
            ((javafx.scene.control.TitledPane) scene.lookup("#studySection")).setExpanded(true);
            ((javafx.scene.control.ScrollPane) scene.lookup(".panel-scroll")).setVvalue(0);
        });
        fx(w::run);
        waitUntil(() -> w.result() != null && !w.isRunning(), 600);
        fx(() -> {
            w.resultsView().desertTable().getSelectionModel().select(0);
            w.zoomToAll();
        });
        settle(w);
        snapshot(w, out.resolve("app-main.png"));
        fx(() -> {
            Point p = w.result().deserts().deserts().get(0).geometry().getInteriorPoint();
            w.map().zoomTo(w.layers().extent());
            w.identifyAt(new Coordinate(p.getX(), p.getY()));
        });
        settle(w);
        snapshot(w, out.resolve("app-identify.png"));
        Platform.exit();
        System.exit(0);
    }

    static void settle(MainWindow w) throws Exception {
        long count = w.map().renderCount();
        Thread.sleep(1500);
        waitUntil(() -> w.map().renderCount() > count, 60);
        Thread.sleep(800);
    }

    static void snapshot(MainWindow w, Path file) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        fx(() -> image.set(w.stage().getScene().snapshot(null)));
        PngWriter.write(SwingFXUtils.fromFXImage(image.get(), null), file, 96);
    }

    static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
    }

    static void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(100);
        }
    }
}
