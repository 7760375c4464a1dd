package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.catchment.analysis.AtlasOf;
import org.catchment.io.tiles.BasemapChoice;
import org.catchment.io.tiles.TestTileServer;
import org.catchment.render.Basemap;
import org.catchment.render.PageOptions;
import org.catchment.ui.export.model.PrintLayout;
import org.catchment.ui.map.BasemapMenu;
import org.catchment.ui.map.MapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The basemap in the app (issue 16, item 10), with a local test tile server (never the internet):
 * off by default; a custom server given in View &gt; Basemap draws its tiles under the tiny town's
 * layers with its credit in the map's corner, and kept as the user's setting; switched off, the
 * tiles and the credit go; a preset is used only after its provider's terms are accepted (its
 * requests sent to the test server); with the server stopped the map still draws,
 * and the status bar says why tiles are missing; an exported page carries the tiles and credit.
 */
@ExtendWith(ApplicationExtension.class)
class BasemapFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private TestTileServer tiles;

    @BeforeEach
    void startTiles() throws Exception {
        tiles = TestTileServer.start();
        app.tiles(tiles);
    }

    @AfterEach
    void stopTiles() {
        tiles.close();
    }

    private void openTinyTown(FxRobot robot) throws Exception {
        Path analysis = TinyTown.write(dir);
        robot.interact(() -> app.window().open(analysis));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Gives the custom server in View > Basemap > Custom tile server... */
    private void chooseTestTiles(FxRobot robot) throws Exception {
        Platform.runLater(() -> BasemapMenu.pick(app.window().stage(), app.window().basemap(), BasemapChoice.CUSTOM));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#basemapDialog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#basemapUrl").queryTextInputControl().setText(tiles.template());
            robot.lookup("#basemapCreditField").queryTextInputControl().setText("Test tiles (generated)");
            robot.lookup("#basemapMaxZoom").queryTextInputControl().setText("19");
        });
        DialogPane dialog = robot.lookup("#basemapDialog").queryAs(DialogPane.class);
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return how many pixels of the map show the test tiles' background (as drawn under the layers) */
    private long tilePixels(FxRobot robot) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(app.window().map().snapshot(null, null)));
        PixelReader px = shot.get().getPixelReader();
        long n = 0;
        for (int y = 0; y < shot.get().getHeight(); y += 2) {
            for (int x = 0; x < shot.get().getWidth(); x += 2) {
                if (isTileBackground(px.getArgb(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean isTileBackground(int argb) {
        java.awt.Color c = TestTileServer.BACKGROUND;
        return near((argb >> 16) & 0xff, c.getRed()) && near((argb >> 8) & 0xff, c.getGreen()) && near(argb & 0xff, c.getBlue());
    }

    private static boolean near(int drawn, int tile) {
        return Math.abs(drawn - (tile * Basemap.OPACITY + 255 * (1 - Basemap.OPACITY))) < 6;
    }

    private void waitForTiles(FxRobot robot, boolean shown) throws Exception {
        MapView map = app.window().map();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            long before = map.renderCount();
            robot.interact(map::refresh);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.renderCount() > before);
            return (tilePixels(robot) > 2000) == shown;
        });
    }

    @Test
    void aCustomServerDrawsItsTilesUnderTheLayersWithItsCreditUntilSwitchedOff(FxRobot robot) throws Exception {
        openTinyTown(robot);
        assertThat(app.window().basemap().choice()).as("no basemap by default").isEqualTo(BasemapChoice.NONE);
        assertThat(app.window().map().credit()).isNull();
        assertThat(tilePixels(robot)).isZero();

        chooseTestTiles(robot);
        assertThat(app.window().basemap().choice()).isEqualTo(BasemapChoice.CUSTOM);
        assertThat(app.window().map().credit()).isEqualTo("Test tiles (generated)");
        assertThat(robot.lookup("#basemapCredit").queryAs(Label.class).isVisible()).isTrue();
        waitForTiles(robot, true);
        assertThat(tiles.userAgents()).isNotEmpty().allMatch(ua -> ua.startsWith("Catchment/"));
        assertThat(app.window().currentMap().credits()).containsExactly(TinyTown.CREDIT, "Basemap: Test tiles (generated)");

        robot.interact(() -> app.window().basemap().choose(BasemapChoice.NONE));
        assertThat(app.window().map().credit()).isNull();
        waitForTiles(robot, false);
        assertThat(app.window().currentMap().credits()).containsExactly(TinyTown.CREDIT);
    }

    /** Picks a preset in View > Basemap and answers its terms: accepted or declined. */
    private void pickPreset(FxRobot robot, BasemapChoice preset, boolean accept) throws Exception {
        Platform.runLater(() -> BasemapMenu.pick(app.window().stage(), app.window().basemap(), preset));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showingConsent(robot).isPresent());
        DialogPane consent = showingConsent(robot).orElseThrow();
        assertThat(((Label) consent.getContent()).getText())
                .contains("tile usage policy").contains("\u00a9 OpenStreetMap contributors");
        Button answer = (Button) consent.getButtonTypes().stream().filter(b -> accept == (b != ButtonType.CANCEL))
                .map(consent::lookupButton).findFirst().orElseThrow();
        assertThat(answer.getText()).isEqualTo(accept ? "Use these tiles" : "Cancel");
        robot.interact(answer::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingConsent(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return the terms dialog on screen (not one closed before), if any */
    private static java.util.Optional<DialogPane> showingConsent(FxRobot robot) {
        return robot.lookup("#basemapConsent").<DialogPane>queryAll().stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow() != null
                        && p.getScene().getWindow().isShowing()).findFirst();
    }

    /**
     * OpenStreetMap's standard tiles: declining its terms leaves no basemap and asks nothing of any
     * server; accepting them draws its tiles (the preset's addresses, redirected to the test
     * server) with its credit, and is remembered: choosing it again asks no more.
     */
    @Test
    void aPresetIsUsedOnlyOnceItsTermsAreAccepted(FxRobot robot) throws Exception {
        openTinyTown(robot);
        pickPreset(robot, BasemapChoice.OSM, false);
        assertThat(app.window().basemap().choice()).isEqualTo(BasemapChoice.NONE);
        assertThat(app.window().basemap().needsConsent(BasemapChoice.OSM)).isTrue();
        assertThat(app.window().map().credit()).isNull();
        assertThat(tiles.redirected()).isEmpty();

        pickPreset(robot, BasemapChoice.OSM, true);
        assertThat(app.window().basemap().choice()).isEqualTo(BasemapChoice.OSM);
        assertThat(app.window().basemap().needsConsent(BasemapChoice.OSM)).isFalse();
        assertThat(app.window().map().credit()).isEqualTo("\u00a9 OpenStreetMap contributors");
        waitForTiles(robot, true);
        assertThat(tiles.redirected()).isNotEmpty().allMatch(u -> u.startsWith("https://tile.openstreetmap.org/"));
        assertThat(tiles.userAgents()).allMatch(ua -> ua.startsWith("Catchment/"));

        robot.interact(() -> app.window().basemap().choose(BasemapChoice.NONE));
        robot.interact(() -> BasemapMenu.pick(app.window().stage(), app.window().basemap(), BasemapChoice.OSM));
        assertThat(showingConsent(robot)).as("asked once per provider").isEmpty();
        assertThat(app.window().basemap().choice()).isEqualTo(BasemapChoice.OSM);
    }

    @Test
    void withTheServerStoppedTheMapStillDrawsAndTheStatusSaysWhy(FxRobot robot) throws Exception {
        openTinyTown(robot);
        chooseTestTiles(robot);
        waitForTiles(robot, true);
        tiles.close();
        MapView map = app.window().map();
        long before = map.renderCount();
        robot.interact(() -> {
            org.locationtech.jts.geom.Envelope view = map.viewport().envelope();
            view.translate(view.getWidth() * 0.6, 0);
            map.zoomTo(view);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().statusText()
                .startsWith("The basemap tiles could not be loaded from 127.0.0.1:"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.renderCount() > before);
        assertThat(app.window().statusText()).contains("no connection to the server").contains("already cached");
        assertThat(tilePixels(robot)).as("the tiles cached before are still drawn").isGreaterThan(500);
    }

    @Test
    void anExportedPageCarriesTheTilesAndTheirCredit(FxRobot robot) throws Exception {
        openTinyTown(robot);
        chooseTestTiles(robot);
        Path with = dir.resolve("with.png");
        Path without = dir.resolve("without.png");
        robot.interact(() -> {
            app.window().exports().print(app.window().currentMap(), with, request(true));
            app.window().exports().print(app.window().currentMap(), without, request(false));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(with) && Files.exists(without));
        assertThat(count(ImageIO.read(with.toFile()))).isGreaterThan(5000);
        assertThat(count(ImageIO.read(without.toFile()))).isZero();
    }

    private static PrintLayout.Request request(boolean basemap) {
        return new PrintLayout.Request(0, -1, "Tiny town", "", 900, 640, 96, PageOptions.DEFAULT, basemap, AtlasOf.NONE);
    }

    private static long count(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (isTileBackground(img.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }
}
