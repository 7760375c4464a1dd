package org.catchment.io.tiles;

/**
 * The tile grid of XYZ and WMTS "GoogleMapsCompatible" tiles: Web Mercator (EPSG:3857) on a
 * sphere of radius 6,378,137 m, the world a square of 2 &pi; R metres cut into 2<sup>z</sup> x
 * 2<sup>z</sup> tiles of 256 x 256 pixels at zoom z, x to the east and y to the south from the
 * north-west corner. Coordinates here are "world pixels": pixels of the whole grid at a zoom, so
 * a point's tile is its world pixel divided by 256 and its pixel in the tile the remainder.
 */
public final class WebMercator {

    /** The sphere's radius, metres. */
    public static final double RADIUS_M = 6_378_137;
    /** Half the width of the world in Web Mercator metres (&pi; R). */
    public static final double HALF_WORLD_M = Math.PI * RADIUS_M;
    /** Width and height of a tile, pixels. */
    public static final int TILE_PX = 256;
    /** The largest zoom any tile server is asked for. */
    public static final int MAX_ZOOM = 22;

    private WebMercator() {
    }

    /** @return the world width at zoom z, pixels */
    public static double worldPx(int z) {
        return TILE_PX * (double) (1L << z);
    }

    /** @return the world pixel column of a Web Mercator easting at zoom z */
    public static double pixelX(double mercatorX, int z) {
        return (mercatorX + HALF_WORLD_M) / (2 * HALF_WORLD_M) * worldPx(z);
    }

    /** @return the world pixel row of a Web Mercator northing at zoom z */
    public static double pixelY(double mercatorY, int z) {
        return (HALF_WORLD_M - mercatorY) / (2 * HALF_WORLD_M) * worldPx(z);
    }

    /** @return Web Mercator metres per pixel at zoom z (the same east-west and north-south) */
    public static double metresPerPixel(int z) {
        return 2 * HALF_WORLD_M / worldPx(z);
    }

    /**
     * @param mercatorMetresPerPx the Web Mercator metres one image pixel spans
     * @param maxZoom             the largest zoom the server offers
     * @return the zoom whose tile pixels are nearest that size (between 0.71 and 1.41 image pixels),
     *     within 0 and {@code maxZoom}
     */
    public static int zoomFor(double mercatorMetresPerPx, int maxZoom) {
        if (!(mercatorMetresPerPx > 0) || Double.isInfinite(mercatorMetresPerPx)) {
            return 0;
        }
        long z = Math.round(Math.log(2 * HALF_WORLD_M / (TILE_PX * mercatorMetresPerPx)) / Math.log(2));
        return (int) Math.max(0, Math.min(Math.min(maxZoom, MAX_ZOOM), z));
    }

    /** @return the Web Mercator easting of a longitude, degrees */
    public static double mercatorX(double lonDeg) {
        return RADIUS_M * Math.toRadians(lonDeg);
    }

    /** @return the Web Mercator northing of a latitude, degrees (within about &plusmn;85.05&deg;) */
    public static double mercatorY(double latDeg) {
        return RADIUS_M * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latDeg) / 2));
    }
}
