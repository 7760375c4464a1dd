package org.catchment.io.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.catchment.layer.Crs;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Tiles warped into a map in its own CRS: a marker the tile server paints at a known longitude and
 * latitude (placed by the slippy-map formulas in {@link TestTileServer}) appears in the image where
 * that longitude and latitude lie in the map's CRS (GeoTools' transform from WGS 84), within a
 * pixel (half a pixel, checked): in British National Grid at town and at national scale (where grid north turns up to 2
 * degrees from true north), and in UTM zone 32N.
 */
class TileWarpTest {

    private static final Color[] COLOURS = {new Color(255, 0, 0), new Color(0, 0, 255), new Color(255, 0, 255)};

    private final TestTileServer tiles = tilesWithoutServer();

    private static TestTileServer tilesWithoutServer() {
        try {
            return TestTileServer.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void markersLandWhereTheirLongitudeAndLatitudeAreInBritishNationalGrid() throws Exception {
        double[][] lonLat = {{-2.6720, 53.4720}, {-2.6880, 53.4650}, {-2.6570, 53.4790}};
        checkMarkers(Crs.epsg(27700), lonLat, 3000, 900, 600, 0.5);
    }

    @Test
    void markersLandRightAcrossEnglandWhereGridNorthIsTurned() throws Exception {
        double[][] lonLat = {{-1.5, 53.0}, {-3.5, 52.0}, {0.8, 52.4}};
        checkMarkers(Crs.epsg(27700), lonLat, 420_000, 840, 700, 0.5);
    }

    @Test
    void markersLandWhereTheyAreInUtmZone32North() throws Exception {
        double[][] lonLat = {{9.9930, 53.5510}, {9.9700, 53.5450}, {10.0150, 53.5580}};
        checkMarkers(Crs.epsg(32632), lonLat, 4000, 800, 640, 0.5);
    }

    @Test
    void aPrintPageUsesCoarserTilesSoTheirLabelsStayReadable() throws Exception {
        CoordinateReferenceSystem bng = Crs.epsg(27700);
        Envelope window = new Envelope(354_000, 357_000, 397_000, 399_000);
        TileWarp.Result screen = TileWarp.draw(window, 1200, 800, bng, 1, 19, t -> tiles.tile(t.z(), t.x(), t.y()));
        TileWarp.Result page = TileWarp.draw(window, 3750, 2500, bng, 300 / 96.0, 19, t -> tiles.tile(t.z(), t.x(), t.y()));
        double tilePxOnScreen = 1200 / (window.getWidth() / metresPerTilePx(screen.zoom(), 53.47));
        assertThat(tilePxOnScreen).as("a tile pixel spans about one screen pixel").isBetween(0.5, 1.5);
        assertThat(page.zoom()).as("a 300 dpi page of the same area takes the same zoom, drawn larger")
                .isEqualTo(screen.zoom());
        assertThat(page.drawn()).isEqualTo(page.needed().size());
    }

    @Test
    void aViewLargerThanTheTileLimitTakesACoarserZoom() throws Exception {
        Envelope window = new Envelope(354_000, 357_000, 397_000, 399_000);
        TileWarp.Result r = TileWarp.draw(window, 12_000, 8_000, Crs.epsg(27700), 1, 19, t -> null);
        assertThat(r.needed().size()).isLessThanOrEqualTo(TileWarp.MAX_TILES);
        assertThat(r.drawn()).isZero();
    }

    /** @return the ground metres of one tile pixel at a zoom and latitude */
    private static double metresPerTilePx(int z, double latDeg) {
        return WebMercator.metresPerPixel(z) * Math.cos(Math.toRadians(latDeg));
    }

    /**
     * Draws a view centred on the first marker, {@code widthM} wide, and checks that each marker's
     * disc is centred where its longitude and latitude fall, within {@code tolerancePx}.
     */
    private void checkMarkers(CoordinateReferenceSystem crs, double[][] lonLat, double widthM, int w, int h,
                              double tolerancePx) throws Exception {
        MathTransform toMap = CRS.findMathTransform(Crs.wgs84(), crs, true);
        double[][] en = new double[lonLat.length][2];
        for (int i = 0; i < lonLat.length; i++) {
            toMap.transform(lonLat[i], 0, en[i], 0, 1);
            tiles.marker(new TestTileServer.Marker(lonLat[i][0], lonLat[i][1], COLOURS[i], 4));
        }
        double mPerPx = widthM / w;
        Envelope window = new Envelope(en[0][0] - widthM / 2, en[0][0] + widthM / 2, en[0][1] - mPerPx * h / 2,
                en[0][1] + mPerPx * h / 2);
        TileWarp.Result r = TileWarp.draw(window, w, h, crs, 1, 19, t -> tiles.tile(t.z(), t.x(), t.y()));
        assertThat(r.drawn()).isEqualTo(r.needed().size()).isPositive();
        for (int i = 0; i < lonLat.length; i++) {
            double[] found = centroid(r.image(), COLOURS[i]);
            double ex = (en[i][0] - window.getMinX()) / mPerPx;
            double ey = (window.getMaxY() - en[i][1]) / mPerPx;
            assertThat(found[0]).as("marker %d x", i).isCloseTo(ex, within(tolerancePx));
            assertThat(found[1]).as("marker %d y", i).isCloseTo(ey, within(tolerancePx));
        }
        tiles.close();
    }

    /** @return the centre of the pixels (pixel centres) close to a colour */
    private static double[] centroid(BufferedImage img, Color c) {
        double sx = 0;
        double sy = 0;
        double n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                int dr = ((p >> 16) & 0xff) - c.getRed();
                int dg = ((p >> 8) & 0xff) - c.getGreen();
                int db = (p & 0xff) - c.getBlue();
                if ((p >>> 24) > 200 && Math.abs(dr) + Math.abs(dg) + Math.abs(db) < 90) {
                    sx += x + 0.5;
                    sy += y + 0.5;
                    n++;
                }
            }
        }
        assertThat(n).as("pixels of the marker in %s", c).isGreaterThan(3);
        return new double[] {sx / n, sy / n};
    }
}
