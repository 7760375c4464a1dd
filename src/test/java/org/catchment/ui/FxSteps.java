package org.catchment.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.paint.Color;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.map.MapView;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the app's UI tests share: open an analysis and wait, use a layer's menu, read and click the map. */
final class FxSteps {

    private FxSteps() {
    }

    /** Opens an analysis and waits until its layer of that name is on the map. */
    static void open(FxRobot robot, MainWindow w, Path analysis, String layer) throws Exception {
        robot.interact(() -> w.open(analysis));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.layers().items().stream()
                .anyMatch(i -> i.name().equals(layer)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs the analysis as edited and waits for its result. */
    static void run(FxRobot robot, MainWindow w) throws Exception {
        robot.interact(w::run);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> w.result() != null && !w.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return the layer of that name */
    static LayerItem layer(MainWindow w, String name) {
        return w.layers().items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Opens a layer's context menu in the layer panel and chooses an entry. Monocle sends no
     * context-menu event for a right click, so the one a desktop sends is fired at the same place.
     */
    static void layerMenu(FxRobot robot, String layer, String entry) {
        ListView<?> list = robot.lookup("#layerList").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(indexOf(list, layer)));
        WaitForAsyncUtils.waitForFxEvents();
        Label name = robot.from(list).lookup((Label l) -> layer.equals(l.getText())).query();
        robot.rightClickOn(name);
        Point2D at = name.localToScreen(5, 5);
        robot.interact(() -> name.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5,
                at.getX(), at.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int indexOf(ListView<?> list, String layer) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (((LayerItem) list.getItems().get(i)).name().equals(layer)) {
                return i;
            }
        }
        return 0;
    }

    /** @return the screen position of a world point on the map */
    static Point2D screen(MapView map, double x, double y) {
        Coordinate c = map.viewport().toScreen(x, y);
        return map.localToScreen(c.x, c.y);
    }

    /** Waits until the map shows an image rendered after now. */
    static void rendered(FxRobot robot, MapView map) throws Exception {
        long before = map.renderCount();
        robot.interact(map::refresh);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> map.renderCount() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return the colour the map shows at a world point */
    static Color pixel(FxRobot robot, MapView map, double x, double y) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(map.snapshot(null, null)));
        Coordinate c = map.viewport().toScreen(x, y);
        return shot.get().getPixelReader().getColor((int) Math.round(c.x), (int) Math.round(c.y));
    }
}
