package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.catchment.render.Palette;
import org.catchment.ui.layers.LayerPanel;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.layers.model.LayerStyles;
import org.catchment.ui.map.MapView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map view and layer panel on their own, headless (Monocle): toggling, panning, zooming. */
@ExtendWith(ApplicationExtension.class)
class MapViewFxTest {

    private final LayerListModel model = new LayerListModel();
    private MapView map;
    private LayerItem roads;

    @Start
    void start(Stage stage) {
        model.add(LayerItem.Group.INPUT, "wards", TestLayers.layer("wards",
                "North", "POLYGON ((350000 400000, 351000 400000, 351000 401000, 350000 401000, 350000 400000))"),
                LayerStyles.wards());
        roads = model.add(LayerItem.Group.INPUT, "roads", TestLayers.layer("roads",
                "High St", "LINESTRING (350000 400500, 351000 400500)"), Palette.roads());
        map = new MapView(() -> model.document("Test"));
        model.onChange(map::refresh);
        BorderPane root = new BorderPane(map);
        root.setLeft(new LayerPanel(model, map::zoomTo));
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
        map.zoomTo(model.extent());
    }

    private void waitForRenders(long moreThan) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map.renderCount() > moreThan);
    }

    @Test
    void togglingALayerHidesItAndReRenders(FxRobot robot) throws Exception {
        waitForRenders(0);
        long before = map.renderCount();
        robot.clickOn("#visible-roads");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.get(roads.id()).visible()).isFalse();
        assertThat(robot.lookup("#visible-roads").queryAs(CheckBox.class).isSelected()).isFalse();
        waitForRenders(before);
        assertThat(map.lastRenderMillis()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void dragPansAndWheelZoomsAboutTheCursor(FxRobot robot) throws Exception {
        waitForRenders(0);
        Envelope before = map.viewport().envelope();
        double mPerPx = map.viewport().mPerPx();
        robot.drag(map, MouseButton.PRIMARY).dropBy(100, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Envelope after = map.viewport().envelope();
        assertThat(after.getMinX()).isLessThan(before.getMinX());
        assertThat(before.getMinX() - after.getMinX()).isBetween(90 * mPerPx, 110 * mPerPx);
        assertThat(after.getMinY()).isEqualTo(before.getMinY());

        Coordinate under = map.viewport().toWorld(200, 150);
        robot.moveTo(map.localToScreen(200, 150));
        robot.scroll(1, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Coordinate still = map.viewport().toWorld(200, 150);
        assertThat(map.viewport().mPerPx()).isNotEqualTo(mPerPx);
        assertThat(still.distance(under)).isLessThan(1e-6);
    }
}
