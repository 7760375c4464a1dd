package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.catchment.render.Style;
import org.catchment.ui.layers.LayerPanel;
import org.catchment.ui.layers.StyleDialog;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.map.LegendView;
import org.catchment.ui.map.MapView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Style dialog, headless: right-click a layer, choose Style..., change the fill and opacity,
 * OK or Cancel; the map, the panel's swatch and the legend follow. One red square fills the middle of the map, so the map's centre pixel shows its fill.
 * Set-up copied from {@link MapViewFxTest} (TestFX does not find an inherited {@code @Start}).
 */
@ExtendWith(ApplicationExtension.class)
class StyleDialogFxTest {

    private static final Color BLUE = Color.web("#336699");
    private static final Style RED_SQUARE = Style.polygon(java.awt.Color.RED, java.awt.Color.BLACK, 1);

    private final LayerListModel model = new LayerListModel();
    private MapView map;
    private LayerPanel panel;
    private LayerItem square;

    @Start
    void start(Stage stage) {
        square = model.add(LayerItem.Group.INPUT, "square", TestLayers.layer("square",
                "S", "POLYGON ((350000 400000, 351000 400000, 351000 401000, 350000 401000, 350000 400000))"),
                RED_SQUARE);
        map = new MapView(() -> model.document("Test"));
        model.onChange(map::refresh);
        panel = new LayerPanel(model, map::zoomTo);
        BorderPane root = new BorderPane(map);
        root.setLeft(panel);
        root.setRight(new LegendView(model));
        stage.setScene(new Scene(root, 800, 500));
        stage.show();
        map.zoomTo(model.extent());
    }

    private Color mapCentre(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(null, null));
        return shot[0].getPixelReader().getColor((int) shot[0].getWidth() / 2, (int) shot[0].getHeight() / 2);
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }

    private void waitForMapCentre(FxRobot robot, Color expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> near(mapCentre(robot), expected));
    }

    private DialogPane openStyleDialog(FxRobot robot) throws Exception {
        Label name = robot.from(panel.list()).lookup((Label l) -> "square".equals(l.getText())).query();
        robot.rightClickOn(name);
        WaitForAsyncUtils.waitForFxEvents();
        // Monocle sends no context-menu event for a right click (its MouseInput never calls
        // notifyMenu), so send the one a desktop sends, at the same place.
        javafx.geometry.Point2D at = name.localToScreen(5, 5);
        robot.interact(() -> name.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5,
                at.getX(), at.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Style\u2026");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#styleDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#styleDialog").queryAs(DialogPane.class);
    }

    @Test
    void okKeepsTheNewColourOnTheMapAndInThePanel(FxRobot robot) throws Exception {
        waitForMapCentre(robot, Color.RED);
        DialogPane dialog = openStyleDialog(robot);
        ColorPicker fill = robot.lookup("#styleFill").queryAs(ColorPicker.class);
        robot.interact(() -> fill.setValue(BLUE));
        waitForMapCentre(robot, BLUE);
        assertThat(model.get(square.id()).mapLayer().style().fill()).as("applied live")
                .isEqualTo(new java.awt.Color(0x336699));

        robot.doubleClickOn("#styleWidth").write("25");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#styleWidthError").queryAs(Label.class).getText())
                .isEqualTo("Width must be a number from 0 to 20 pt");
        assertThat(robot.lookup("#styleWidth").query().getStyleClass()).contains("form-error");
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#styleDialog").tryQuery()).as("OK is refused while a value is rejected").isPresent();

        robot.doubleClickOn("#styleWidth").write("2");
        robot.doubleClickOn("#styleOpacity").write("40");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#styleWidthError").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#styleDialog").tryQuery()).isEmpty();

        Style s = model.get(square.id()).mapLayer().style();
        assertThat(s.fill()).isEqualTo(new java.awt.Color(0x336699));
        assertThat(s.opacity()).isEqualTo(0.4);
        assertThat(s.strokeWidthPt()).isEqualTo(2);
        // 40 % of #336699 over white: 0.4 * 51 + 153 = 173, 0.4 * 102 + 153 = 194, 0.4 * 153 + 153 = 214
        waitForMapCentre(robot, Color.rgb(173, 194, 214));
        Rectangle swatch = robot.from(panel.list()).lookup(".swatch").queryAs(Rectangle.class);
        assertThat(swatch.getFill()).isEqualTo(BLUE);
        javafx.scene.image.Image legend = robot.lookup("#legend-square").queryAs(ImageView.class).getImage();
        assertThat(near(legend.getPixelReader().getColor((int) legend.getWidth() / 2, (int) legend.getHeight() / 2),
                Color.rgb(173, 194, 214))).as("the legend swatch").isTrue();
    }

    @Test
    void cancelPutsTheOldStyleBackAndResetTheOriginal(FxRobot robot) throws Exception {
        robot.interact(() -> model.setStyle(square.id(), RED_SQUARE.withFill(java.awt.Color.GREEN)));
        waitForMapCentre(robot, Color.rgb(0, 255, 0));
        DialogPane dialog = openStyleDialog(robot);
        ColorPicker fill = robot.lookup("#styleFill").queryAs(ColorPicker.class);
        assertThat(fill.getValue()).isEqualTo(Color.rgb(0, 255, 0));
        robot.interact(() -> fill.setValue(BLUE));
        waitForMapCentre(robot, BLUE);
        robot.clickOn((Button) dialog.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.get(square.id()).mapLayer().style()).isEqualTo(RED_SQUARE.withFill(java.awt.Color.GREEN));
        waitForMapCentre(robot, Color.rgb(0, 255, 0));

        DialogPane again = openStyleDialog(robot);
        robot.clickOn((Button) again.lookupButton(StyleDialog.RESET));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#styleFill").queryAs(ColorPicker.class).getValue()).isEqualTo(Color.RED);
        robot.clickOn((Button) again.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.get(square.id()).mapLayer().style()).isEqualTo(RED_SQUARE);
        waitForMapCentre(robot, Color.RED);
    }
}
