package org.catchment.ui;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.catchment.About;
import org.catchment.BundledSample;
import org.catchment.Settings;
import org.catchment.UserDirs;
import org.catchment.io.FileTrees;
import org.catchment.io.tiles.TestTileServer;
import org.catchment.io.tiles.TileCache;
import org.catchment.io.tiles.TileFetcher;
import org.catchment.io.tiles.TileSource;
import org.catchment.io.tiles.Tiles;
import org.catchment.ui.model.AppSetup;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The main window on a stage of its own, fresh for every test, with a home folder of its own
 * (settings, so no basemap of the tester's is drawn; documents; the basemap's tile cache) that is
 * removed, with the window closed first, afterwards. No tile ever comes from the internet: every tile request goes to the test tile
 * server given with {@link #tiles} (a preset's address is redirected there), or, without one,
 * fails as a computer offline would. Register it after {@code ApplicationExtension} (which starts
 * the toolkit):
 *
 * <pre>
 * &#64;ExtendWith(ApplicationExtension.class)
 * class SomeFxTest {
 *     &#64;RegisterExtension
 *     final AppWindow app = new AppWindow();
 * }
 * </pre>
 */
final class AppWindow implements BeforeEachCallback, AfterEachCallback {

    private Path home;
    private AppSetup setup;
    private volatile TestTileServer tileServer;
    private MainWindow window;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("catchment-fxtest-home");
        UserDirs dirs = UserDirs.of("Linux", Map.of(), home);
        setup = AppSetup.of(dirs, Settings.load(dirs.config().resolve(Settings.FILE_NAME)), BundledSample.find());
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new Stage(), setup, this::tilesOf);
            window.show();
        });
    }

    /**
     * Closes the window, then removes the home folder. The window writes its place into the settings
     * as it closes: closed after the folder is gone, it would make the folder again. Each test has a
     * stage of its own, as the app has: on one stage shared by the tests (TestFX's primary stage),
     * every test's window would write its place into its own, long removed, home whenever a later
     * test's stage closed.
     */
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxToolkit.setupFixture(() -> window.stage().hide());
        FileTrees.deleteQuietly(home);
    }

    /** Sends every tile request of this test's window to the server (before a basemap is chosen). */
    void tiles(TestTileServer server) {
        tileServer = server;
    }

    private Tiles tilesOf(TileSource source) {
        String agent = About.userAgent(null);
        TestTileServer server = tileServer;
        TileFetcher fetcher = server != null ? server.redirecting(agent) : new TileFetcher(agent) {
            @Override
            public Response fetch(URI uri, TileCache.Entry stale) throws IOException {
                throw new ConnectException("the tests never use the internet");
            }
        };
        return new Tiles(source, new TileCache(home.resolve("tiles"), 64L << 20), fetcher);
    }

    /** @return this test's window */
    MainWindow window() {
        return window;
    }

    /** @return this test's home folder (settings in {@code .config/catchment}, documents in {@code Documents}) */
    Path home() {
        return home;
    }

    /** @return this test's set-up */
    AppSetup setup() {
        return setup;
    }
}
