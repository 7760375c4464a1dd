package org.catchment.io.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.catchment.About;
import org.catchment.layer.Crs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * Fetching and caching tiles from a local tile server ({@link TestTileServer}, never the internet):
 * every request names the application in its User-Agent; a second view of the same area, even by
 * a new {@link Tiles} over the same disk cache, asks the server for nothing; a stale tile is
 * revalidated (the server answers "304" and the tile is kept); with the server stopped, the view
 * draws what is cached and says why the rest is missing, at once and without an error.
 */
class TilesTest {

    /** A town-sized view in British National Grid: 24 tiles at zoom 16. */
    private static final Envelope VIEW = new Envelope(354_000, 357_000, 397_000, 399_000);

    @TempDir
    Path cacheDir;
    private TestTileServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestTileServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Tiles tiles() {
        return new Tiles(server.source(), new TileCache(cacheDir, 64L << 20), new TileFetcher(About.userAgent(null)));
    }

    private static TileWarp.Result view(Tiles tiles) {
        return TileWarp.draw(VIEW, 900, 600, Crs.epsg(27700), 1, tiles.source().maxZoom(), tiles::get);
    }

    @Test
    void everyRequestNamesTheApplicationItsVersionAndAddress() {
        view(tiles());
        assertThat(server.userAgents()).isNotEmpty().allSatisfy(ua -> assertThat(ua)
                .matches("Catchment/\\S+ \\(\\+https?://\\S+\\)"));
    }

    @Test
    void aSecondViewOfTheSameAreaAsksTheServerForNothing() {
        TileWarp.Result first = view(tiles());
        assertThat(server.paths()).hasSize(first.needed().size());
        server.clearLog();
        TileWarp.Result again = view(tiles());
        assertThat(server.paths()).as("requests for the second view, by a new Tiles over the same cache").isEmpty();
        assertThat(again.drawn()).isEqualTo(first.needed().size());
        assertThat(pixels(again.image())).isEqualTo(pixels(first.image()));
    }

    @Test
    void aStaleTileIsRevalidatedAndKeptWhenUnchanged() {
        server.maxAge(0);
        Tiles tiles = tiles();
        TileId tile = view(tiles).needed().iterator().next();
        server.clearLog();
        BufferedImage again = tiles.get(tile);
        assertThat(server.paths()).as("the stale tile is asked for again").hasSize(1);
        assertThat(again).isNotNull();
        server.maxAge(3600);
        tiles.get(tile);
        assertThat(server.paths()).as("the 304 made it fresh for an hour").hasSize(2);
        tiles.get(tile);
        assertThat(server.paths()).hasSize(2);
    }

    @Test
    void withTheServerStoppedTheViewDrawsWhatIsCachedAndSaysWhy() {
        Tiles tiles = tiles();
        TileWarp.Result before = view(tiles);
        server.close();
        Envelope wider = new Envelope(VIEW);
        wider.expandBy(1500, 0);
        long t0 = System.nanoTime();
        TileWarp.Result offline = TileWarp.draw(wider, 1350, 600, Crs.epsg(27700), 1, 19, tiles::get);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(offline.drawn()).as("the cached tiles are drawn").isEqualTo(before.needed().size())
                .isLessThan(offline.needed().size());
        assertThat(tiles.problem()).get().asString().contains("could not be loaded from " + server.source().host())
                .contains("no connection");
        assertThat(millis).as("one refused connection, then no more tries for a while").isLessThan(5_000);
    }

    @Test
    void withNoTileCachedAndNoServerNothingIsDrawnAndNothingThrown() {
        server.close();
        Tiles tiles = tiles();
        TileWarp.Result r = view(tiles);
        assertThat(r.drawn()).isZero();
        assertThat(tiles.problem()).isPresent();
    }

    private static List<Integer> pixels(BufferedImage img) {
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return java.util.Arrays.stream(px).boxed().toList();
    }
}
