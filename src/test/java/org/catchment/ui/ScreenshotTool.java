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
import org.catchment.analysis.MapSpec;
import org.catchment.export.LayerNames;
import org.catchment.render.PngWriter;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.model.AppSetup;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Takes the user guide's screenshots (not a test): run under Xvfb with the analysis file and the
 * output folder as arguments. Opens the analysis and snapshots the analysis panel (top, then its
 * population, zones and outputs), runs it and snapshots the result, then identifies a point in the
 * largest desert; then shows the ward coverage as a choropleth (the share of residents within 10
 * minutes of a GP surgery, natural breaks) and the deserts' attribute table, filtered and sorted,
 * with its first row chosen. A third argument, a comma-separated list of file names, writes only
 * those (the others are still taken: each step sets up the next).
 */
public final class ScreenshotTool {

    private static java.util.Set<String> wanted;

    private ScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path analysis = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        wanted = args.length > 2 ? java.util.Set.of(args[2].split(",")) : null;
        MainWindow w = open(analysis);
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
        run(w);
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
        fx(() -> {
            w.map().setHighlight(null);
            for (LayerItem item : w.layers().items()) {
                if (item.name().startsWith("GP surgeries ")) {
                    w.layers().setVisible(item.id(), false);
                }
            }
            LayerItem coverage = layer(w, LayerNames.WARD_COVERAGE);
            w.layers().setFieldStyle(coverage.id(), new MapSpec.FieldStyleSpec("gp_10_res_share",
                    MapSpec.Classes.NATURAL_BREAKS, 4, null));
            w.layers().setVisible(coverage.id(), true);
            w.zoomToAll();
        });
        settle(w);
        fx(() -> w.stage().getScene().getRoot().lookupAll(".scroll-pane").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollPane p
                        && p.getContent() instanceof org.catchment.ui.map.LegendView)
                .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
        Thread.sleep(500);
        snapshot(w, out.resolve("app-choropleth.png"));
        fx(() -> {
            w.tables().open(layer(w, LayerNames.DESERTS).id());
            javafx.scene.control.TextField filter = (javafx.scene.control.TextField) w.stage().getScene()
                    .lookup("#tableFilter");
            filter.setText("missing_count >= 4");
            filter.fireEvent(new javafx.event.ActionEvent());
            javafx.scene.control.TableView<Integer> table = w.tables().view().table();
            javafx.scene.control.TableColumn<Integer, ?> area = table.getColumns().stream()
                    .filter(c -> c.getText().equals("area_m2")).findFirst().orElseThrow();
            area.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(java.util.List.of(area));
            table.getSelectionModel().select(0);
        });
        settle(w);
        snapshot(w, out.resolve("app-attribute-table.png"));
        Platform.exit();
        System.exit(0);
    }

    /**
     * Starts JavaFX, shows the main window with the user's settings and opens an analysis in it.
     *
     * @return the window, once the analysis's layers are listed
     */
    static MainWindow open(Path analysis) throws Exception {
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
        return w;
    }

    /** Runs the window's analysis and waits for its result. */
    static void run(MainWindow w) throws Exception {
        fx(w::run);
        waitUntil(() -> w.result() != null && !w.isRunning(), 600);
    }

    static void settle(MainWindow w) throws Exception {
        long count = w.map().renderCount();
        Thread.sleep(1500);
        waitUntil(() -> w.map().renderCount() > count, 60);
        Thread.sleep(800);
    }

    private static LayerItem layer(MainWindow w, String name) {
        return w.layers().items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    static void snapshot(MainWindow w, Path file) throws Exception {
        if (wanted != null && !wanted.contains(file.getFileName().toString())) {
            return;
        }
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
