package org.catchment.io.tiles;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.catchment.layer.Crs;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws Web Mercator tiles into an image of a map in another CRS (the analysis's working CRS),
 * by inverse mapping: for every pixel of the image, the point it shows is taken to Web Mercator
 * and the tiles' colour there is sampled (bilinear, between the four nearest tile pixels). So the
 * tiles are warped properly, not pasted as rectangles: a projection's curvature and rotation
 * (British National Grid's grid north is up to 2&deg; from true north) come out right.
 *
 * <p>Exact transforms of every pixel would cost seconds on a print page, so the mapping is
 * computed exactly (GeoTools' EPSG transform, with its datum shift) on the corners of cells of
 * {@value #CELL_PX} x {@value #CELL_PX} pixels and interpolated bilinearly inside each cell.
 * Every cell is checked: the exact mapping at its centre and at the middle of each side is
 * compared with the interpolation, and a cell where they differ by more than
 * {@value #TOLERANCE_TILE_PX} of a tile pixel is cut in four, down to single pixels, which are
 * then exact. So the warp is within {@value #TOLERANCE_TILE_PX} tile pixel of exact wherever the
 * mapping is smooth within a cell, whatever the CRS and scale.
 *
 * <p>The zoom is the one whose tile pixels are nearest {@code imagePxPerTilePx} image pixels at
 * the image's centre (1 on a screen; about 3 on a 300 dpi page, so the tiles' labels print at the
 * size they have on a screen), lowered until at most {@value #MAX_TILES} tiles are needed.
 */
public final class TileWarp {

    /** Side of the cells the mapping is interpolated in, pixels. */
    static final int CELL_PX = 32;
    /** The largest error allowed in a cell, tile pixels. */
    static final double TOLERANCE_TILE_PX = 0.1;
    /** The most tiles one image may need. */
    static final int MAX_TILES = 300;
    private static final Map<CoordinateReferenceSystem, MathTransform> TO_MERCATOR = new ConcurrentHashMap<>();

    private final MathTransform toMercator;
    private final Envelope window;
    private final int width;
    private final int height;
    private final Map<Long, double[]> nodes = new HashMap<>();
    private int zoom;

    /**
     * What was drawn.
     *
     * @param image  the image, ARGB, transparent where no tile was drawn
     * @param zoom   the zoom of the tiles
     * @param needed the tiles the image needs, north-west first
     * @param drawn  how many of them the supplier gave
     */
    public record Result(BufferedImage image, int zoom, Set<TileId> needed, int drawn) {
    }

    private TileWarp(CoordinateReferenceSystem crs, Envelope window, int width, int height) {
        this.toMercator = toMercator(crs);
        this.window = window;
        this.width = width;
        this.height = height;
    }

    /**
     * @param window           the area the image shows, in {@code crs}; the image's exact extent
     * @param widthPx          image width, pixels
     * @param heightPx         image height, pixels
     * @param crs              the map's CRS
     * @param imagePxPerTilePx how many image pixels a tile pixel should span (1 on a screen, dpi / 96 on paper)
     * @param maxZoom          the deepest zoom the server has
     * @param tiles            gives a tile's image (256 x 256 ARGB), or null when it has none
     * @return the image and what it needed
     */
    public static Result draw(Envelope window, int widthPx, int heightPx, CoordinateReferenceSystem crs,
                              double imagePxPerTilePx, int maxZoom, Function<TileId, BufferedImage> tiles) {
        if (widthPx <= 0 || heightPx <= 0 || window.isNull() || !(window.getWidth() > 0) || !(window.getHeight() > 0)) {
            throw new IllegalArgumentException("an image of the basemap needs a size and an area, was " + widthPx
                    + " x " + heightPx + " of " + window);
        }
        TileWarp warp = new TileWarp(crs, window, widthPx, heightPx);
        warp.zoom = warp.chooseZoom(imagePxPerTilePx, maxZoom);
        int[] range = warp.tileRange();
        while (warp.zoom > 0 && (long) (range[2] - range[0] + 1) * (range[3] - range[1] + 1) > MAX_TILES) {
            warp.zoom--;
            warp.nodes.clear();
            range = warp.tileRange();
        }
        Set<TileId> needed = new LinkedHashSet<>();
        BufferedImage[][] images = new BufferedImage[range[3] - range[1] + 1][range[2] - range[0] + 1];
        int drawn = 0;
        for (int ty = range[1]; ty <= range[3]; ty++) {
            for (int tx = range[0]; tx <= range[2]; tx++) {
                TileId id = new TileId(warp.zoom, tx, ty);
                needed.add(id);
                BufferedImage img = tiles.apply(id);
                if (img != null) {
                    images[ty - range[1]][tx - range[0]] = img;
                    drawn++;
                }
            }
        }
        BufferedImage out = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        if (drawn > 0) {
            Sampler sampler = new Sampler(images, range[0], range[1],
                    ((DataBufferInt) out.getRaster().getDataBuffer()).getData(), widthPx);
            for (int y = 0; y < heightPx; y += CELL_PX) {
                for (int x = 0; x < widthPx; x += CELL_PX) {
                    warp.cell(x, y, Math.min(widthPx, x + CELL_PX), Math.min(heightPx, y + CELL_PX), sampler);
                }
            }
        }
        return new Result(out, warp.zoom, needed, drawn);
    }

    /**
     * @return the world pixel (at the chosen zoom) shown at a point of the image, given as
     *     pixel-corner coordinates (0,0 is the image's top-left corner); NaNs outside Web Mercator
     */
    double[] exact(double x, double y) {
        double[] p = {window.getMinX() + x * window.getWidth() / width, window.getMaxY() - y * window.getHeight() / height};
        try {
            toMercator.transform(p, 0, p, 0, 1);
        } catch (TransformException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {WebMercator.pixelX(p[0], zoom), WebMercator.pixelY(p[1], zoom)};
    }

    private int chooseZoom(double imagePxPerTilePx, int maxZoom) {
        zoom = 0;
        double[] c = exact(width / 2.0, height / 2.0);
        double[] e = exact(width / 2.0 + 1, height / 2.0);
        double[] s = exact(width / 2.0, height / 2.0 + 1);
        double worldPxPerImagePx = (Math.hypot(e[0] - c[0], e[1] - c[1]) + Math.hypot(s[0] - c[0], s[1] - c[1])) / 2;
        double mercatorPerImagePx = worldPxPerImagePx * WebMercator.metresPerPixel(0);
        return WebMercator.zoomFor(mercatorPerImagePx * Math.max(imagePxPerTilePx, 1e-6), maxZoom);
    }

    /** @return {minX, minY, maxX, maxY} of the tiles under the image's cell corners, within the grid */
    private int[] tileRange() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int y = 0; y <= height; y = next(y, height)) {
            for (int x = 0; x <= width; x = next(x, width)) {
                double[] g = node(x, y);
                if (!Double.isNaN(g[0])) {
                    minX = Math.min(minX, g[0]);
                    maxX = Math.max(maxX, g[0]);
                    minY = Math.min(minY, g[1]);
                    maxY = Math.max(maxY, g[1]);
                }
            }
        }
        int last = (1 << zoom) - 1;
        if (minX > maxX) {
            return new int[] {0, 0, -1, -1};
        }
        return new int[] {clamp((int) Math.floor((minX - 1) / WebMercator.TILE_PX), last),
            clamp((int) Math.floor((minY - 1) / WebMercator.TILE_PX), last),
            clamp((int) Math.floor((maxX + 1) / WebMercator.TILE_PX), last),
            clamp((int) Math.floor((maxY + 1) / WebMercator.TILE_PX), last)};
    }

    private static int next(int v, int end) {
        return v == end ? end + 1 : Math.min(end, v + CELL_PX);
    }

    private static int clamp(int v, int last) {
        return Math.max(0, Math.min(last, v));
    }

    private double[] node(int x, int y) {
        return nodes.computeIfAbsent(((long) x << 32) | (y & 0xffffffffL), k -> exact(x, y));
    }

    /** Fills the pixels of a cell, cutting it in four while the interpolation is not close enough. */
    private void cell(int x0, int y0, int x1, int y1, Sampler sampler) {
        double[] a = node(x0, y0);
        double[] b = node(x1, y0);
        double[] c = node(x0, y1);
        double[] d = node(x1, y1);
        if (x1 - x0 <= 1 && y1 - y0 <= 1) {
            double[] g = exact(x0 + 0.5, y0 + 0.5);
            sampler.fill(x0, y0, g[0], g[1]);
            return;
        }
        if (accurate(x0, y0, x1, y1, a, b, c, d)) {
            for (int y = y0; y < y1; y++) {
                double v = (y + 0.5 - y0) / (y1 - y0);
                for (int x = x0; x < x1; x++) {
                    double u = (x + 0.5 - x0) / (x1 - x0);
                    sampler.fill(x, y, lerp(a[0], b[0], c[0], d[0], u, v), lerp(a[1], b[1], c[1], d[1], u, v));
                }
            }
            return;
        }
        int xm = x1 - x0 > 1 ? (x0 + x1) / 2 : x1;
        int ym = y1 - y0 > 1 ? (y0 + y1) / 2 : y1;
        cell(x0, y0, xm, ym, sampler);
        if (xm < x1) {
            cell(xm, y0, x1, ym, sampler);
        }
        if (ym < y1) {
            cell(x0, ym, xm, y1, sampler);
        }
        if (xm < x1 && ym < y1) {
            cell(xm, ym, x1, y1, sampler);
        }
    }

    /** @return true when the interpolation is within tolerance at the cell's centre and the middles of its sides */
    private boolean accurate(int x0, int y0, int x1, int y1, double[] a, double[] b, double[] c, double[] d) {
        if (Double.isNaN(a[0]) || Double.isNaN(b[0]) || Double.isNaN(c[0]) || Double.isNaN(d[0])) {
            return false;
        }
        double[][] probes = {{0.5, 0.5}, {0.5, 0}, {0.5, 1}, {0, 0.5}, {1, 0.5}};
        for (double[] uv : probes) {
            double[] g = exact(x0 + uv[0] * (x1 - x0), y0 + uv[1] * (y1 - y0));
            double ex = lerp(a[0], b[0], c[0], d[0], uv[0], uv[1]) - g[0];
            double ey = lerp(a[1], b[1], c[1], d[1], uv[0], uv[1]) - g[1];
            if (!(Math.hypot(ex, ey) <= TOLERANCE_TILE_PX)) {
                return false;
            }
        }
        return true;
    }

    private static double lerp(double a, double b, double c, double d, double u, double v) {
        return (a * (1 - u) + b * u) * (1 - v) + (c * (1 - u) + d * u) * v;
    }

    private static MathTransform toMercator(CoordinateReferenceSystem crs) {
        return TO_MERCATOR.computeIfAbsent(crs, k -> {
            try {
                return CRS.findMathTransform(k, Crs.epsg(3857), true);
            } catch (FactoryException e) {
                throw new IllegalArgumentException("the map's CRS cannot be taken to Web Mercator for a basemap: "
                        + Crs.label(k), e);
            }
        });
    }

    /** Samples the tiles bilinearly into the image's pixels. */
    private static final class Sampler {
        private final int[][][] tiles;
        private final int originX;
        private final int originY;
        private final int[] out;
        private final int width;

        Sampler(BufferedImage[][] images, int tileX0, int tileY0, int[] out, int width) {
            this.tiles = new int[images.length][][];
            for (int r = 0; r < images.length; r++) {
                tiles[r] = new int[images[r].length][];
                for (int k = 0; k < images[r].length; k++) {
                    tiles[r][k] = pixels(images[r][k]);
                }
            }
            this.originX = tileX0 * WebMercator.TILE_PX;
            this.originY = tileY0 * WebMercator.TILE_PX;
            this.out = out;
            this.width = width;
        }

        void fill(int x, int y, double gx, double gy) {
            if (Double.isNaN(gx)) {
                return;
            }
            double sx = gx - originX - 0.5;
            double sy = gy - originY - 0.5;
            int ix = (int) Math.floor(sx);
            int iy = (int) Math.floor(sy);
            double fx = sx - ix;
            double fy = sy - iy;
            double wa = 0;
            double r = 0;
            double g = 0;
            double b = 0;
            for (int k = 0; k < 4; k++) {
                int px = texel(ix + (k & 1), iy + (k >> 1));
                double w = ((k & 1) == 0 ? 1 - fx : fx) * ((k >> 1) == 0 ? 1 - fy : fy) * (px >>> 24);
                wa += w;
                r += w * ((px >> 16) & 0xff);
                g += w * ((px >> 8) & 0xff);
                b += w * (px & 0xff);
            }
            if (wa <= 0) {
                return;
            }
            out[y * width + x] = ((int) Math.round(wa) << 24) | ((int) Math.round(r / wa) << 16)
                    | ((int) Math.round(g / wa) << 8) | (int) Math.round(b / wa);
        }

        private int texel(int x, int y) {
            int row = Math.floorDiv(y, WebMercator.TILE_PX);
            int col = Math.floorDiv(x, WebMercator.TILE_PX);
            if (row < 0 || row >= tiles.length || col < 0 || col >= tiles[row].length || tiles[row][col] == null) {
                return 0;
            }
            return tiles[row][col][Math.floorMod(y, WebMercator.TILE_PX) * WebMercator.TILE_PX
                    + Math.floorMod(x, WebMercator.TILE_PX)];
        }

        private static int[] pixels(BufferedImage img) {
            if (img == null) {
                return null;
            }
            if (img.getType() == BufferedImage.TYPE_INT_ARGB && img.getWidth() == WebMercator.TILE_PX
                    && img.getHeight() == WebMercator.TILE_PX) {
                return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            }
            int[] px = new int[WebMercator.TILE_PX * WebMercator.TILE_PX];
            BufferedImage scaled = new BufferedImage(WebMercator.TILE_PX, WebMercator.TILE_PX, BufferedImage.TYPE_INT_ARGB);
            var gr = scaled.createGraphics();
            gr.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            gr.drawImage(img, 0, 0, WebMercator.TILE_PX, WebMercator.TILE_PX, null);
            gr.dispose();
            scaled.getRGB(0, 0, WebMercator.TILE_PX, WebMercator.TILE_PX, px, 0, WebMercator.TILE_PX);
            return px;
        }
    }
}
