package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.catchment.render.Palette;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.map.MapView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's map tells the story the exported maps tell (issue 16, item 5): the tiny town's motorway
 * (at y = 600, not walkable) and railway (its {@code output.backdrop}, at x = 1000) are drawn in
 * their own styles, and the map exported from the app credits the analysis's own data.
 */
@ExtendWith(ApplicationExtension.class)
class MapCompositionFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private void openTinyTown(FxRobot robot) throws Exception {
        Path analysis = TinyTown.write(dir);
        robot.interact(() -> app.window().open(analysis));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().layers().items().stream()
                .anyMatch(i -> i.name().equals("Wards")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMapExportedFromTheAppCreditsTheAnalysisData(FxRobot robot) throws Exception {
        openTinyTown(robot);
        assertThat(app.window().currentMap().attribution()).containsExactly(TinyTown.CREDIT);
    }

    @Test
    void theMotorwayAndTheRailwayAreDrawnAsTheBarriersTheyAre(FxRobot robot) throws Exception {
        openTinyTown(robot);
        MapView map = app.window().map();
        long before = map.renderCount();
        robot.interact(map::refresh);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> map.renderCount() > before);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(map.snapshot(null, null)));
        PixelReader pixels = shot.get().getPixelReader();

        int motorway = 0;
        int railway = 0;
        for (int k = 1; k < 24; k++) {
            double along = k * 50;
            if (near(pixels, map, along, 600, argb -> like(argb, Palette.MOTORWAY, 12))) {
                motorway++;
            }
            if (near(pixels, map, 1000, along - 50, argb -> like(argb, Palette.RAILWAY, 0x30))) {
                railway++;
            }
        }
        assertThat(motorway).as("points along the motorway drawn in the motorway colour").isGreaterThan(16);
        assertThat(railway).as("points along the railway drawn in the railway's dark grey (dashed, thin: blended)")
                .isGreaterThan(8);
        assertThat(app.window().layers().items()).extracting(LayerItem::name)
                .contains("Railway", "Motorway (not walkable)");
    }

    /** @return true when a pixel within 2 px of the point (metres from the town's corner) passes the test */
    private static boolean near(PixelReader pixels, MapView map, double x, double y, IntPredicate test) {
        Coordinate c = map.viewport().toScreen(TinyTown.E0 + x, TinyTown.N0 + y);
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                if (test.test(pixels.getArgb((int) Math.round(c.x) + dx, (int) Math.round(c.y) + dy))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true when each channel of the pixel is within {@code tolerance} of the colour's */
    private static boolean like(int argb, Color colour, int tolerance) {
        return Math.abs(((argb >> 16) & 0xff) - colour.getRed()) <= tolerance
                && Math.abs(((argb >> 8) & 0xff) - colour.getGreen()) <= tolerance
                && Math.abs((argb & 0xff) - colour.getBlue()) <= tolerance;
    }
}
