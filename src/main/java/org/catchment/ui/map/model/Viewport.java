package org.catchment.ui.map.model;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * What the map view shows: a centre (metres of the map's CRS), a scale (metres per pixel) and the view's
 * size in pixels. North is up and pixels are square, which is the transform
 * {@code MapRenderer.worldToScreen} produces for {@link #envelope()}: the envelope has exactly the
 * view's shape, so the renderer does not grow it.
 *
 * <p>Mutable and not thread-safe: it belongs to the FX thread; hand {@link #copy()}s to workers.
 */
public final class Viewport {

    /** Metres in a pixel of a 96 dpi screen: 0.0254 / 96. */
    public static final double SCREEN_PIXEL_M = 0.0254 / 96;
    /** Share of the extent added on every side by {@link #zoomTo(Envelope)}. */
    public static final double ZOOM_MARGIN = 0.05;
    /** Smallest scale allowed, metres per pixel (1:378 at 96 dpi). */
    public static final double MIN_M_PER_PX = 0.1;
    /** Largest scale allowed, metres per pixel (a whole country in a window). */
    public static final double MAX_M_PER_PX = 5_000;

    private double centreX;
    private double centreY;
    private double mPerPx;
    private int widthPx;
    private int heightPx;

    /**
     * @param centreX  easting at the centre of the view
     * @param centreY  northing at the centre of the view
     * @param mPerPx   metres per pixel
     * @param widthPx  view width, pixels (at least 1)
     * @param heightPx view height, pixels (at least 1)
     */
    public Viewport(double centreX, double centreY, double mPerPx, int widthPx, int heightPx) {
        this.centreX = centreX;
        this.centreY = centreY;
        this.mPerPx = clampScale(mPerPx);
        resize(widthPx, heightPx);
    }

    /** @return an independent copy */
    public Viewport copy() {
        return new Viewport(centreX, centreY, mPerPx, widthPx, heightPx);
    }

    /** Changes the view's size, keeping its centre and scale. */
    public void resize(int newWidthPx, int newHeightPx) {
        widthPx = Math.max(1, newWidthPx);
        heightPx = Math.max(1, newHeightPx);
    }

    /** Moves the map with the mouse: a drag of (dx, dy) pixels moves the content by the same amount. */
    public void pan(double dxPx, double dyPx) {
        centreX -= dxPx * mPerPx;
        centreY += dyPx * mPerPx;
    }

    /**
     * Zooms keeping the world point under a pixel fixed (the cursor), as map apps do.
     *
     * @param factor more than 1 zooms in (2: twice as large), less than 1 zooms out
     * @param xPx    the fixed pixel, from the left
     * @param yPx    the fixed pixel, from the top
     */
    public void zoomAbout(double factor, double xPx, double yPx) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("zoom factor must be positive, was " + factor);
        }
        Coordinate fixed = toWorld(xPx, yPx);
        mPerPx = clampScale(mPerPx / factor);
        centreX = fixed.x - (xPx - widthPx / 2.0) * mPerPx;
        centreY = fixed.y + (yPx - heightPx / 2.0) * mPerPx;
    }

    /** Shows all of an extent with a {@link #ZOOM_MARGIN} margin; a point or null extent only re-centres. */
    public void zoomTo(Envelope extent) {
        fit(extent, 1 + 2 * ZOOM_MARGIN);
    }

    /** Shows all of an extent without a margin (a saved view comes back as it was); a point or null extent only re-centres. */
    public void fit(Envelope extent) {
        fit(extent, 1);
    }

    private void fit(Envelope extent, double grow) {
        if (extent == null || extent.isNull()) {
            return;
        }
        centreX = (extent.getMinX() + extent.getMaxX()) / 2;
        centreY = (extent.getMinY() + extent.getMaxY()) / 2;
        double fit = Math.max(extent.getWidth() / widthPx, extent.getHeight() / heightPx);
        if (fit > 0) {
            mPerPx = clampScale(fit * grow);
        }
    }

    /** @return the world position of a pixel (its top-left corner for whole numbers) */
    public Coordinate toWorld(double xPx, double yPx) {
        return new Coordinate(centreX + (xPx - widthPx / 2.0) * mPerPx, centreY - (yPx - heightPx / 2.0) * mPerPx);
    }

    /** @return the pixel position of a world point, x from the left and y from the top */
    public Coordinate toScreen(double easting, double northing) {
        return new Coordinate((easting - centreX) / mPerPx + widthPx / 2.0, (centreY - northing) / mPerPx + heightPx / 2.0);
    }

    /** @return the world area shown, exactly the view's shape */
    public Envelope envelope() {
        double hw = widthPx / 2.0 * mPerPx;
        double hh = heightPx / 2.0 * mPerPx;
        return new Envelope(centreX - hw, centreX + hw, centreY - hh, centreY + hh);
    }

    /** @return n of the scale 1:n on a 96 dpi screen */
    public double scaleDenominator() {
        return mPerPx / SCREEN_PIXEL_M;
    }

    /** @return the scale as text, rounded to 2 significant figures: "1:12,000" */
    public String scaleText() {
        double n = scaleDenominator();
        double magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 1));
        return String.format(java.util.Locale.UK, "1:%,d", Math.round(Math.round(n / magnitude) * magnitude));
    }

    /** @return easting at the centre */
    public double centreX() {
        return centreX;
    }

    /** @return northing at the centre */
    public double centreY() {
        return centreY;
    }

    /** @return metres per pixel */
    public double mPerPx() {
        return mPerPx;
    }

    /** @return view width, pixels */
    public int widthPx() {
        return widthPx;
    }

    /** @return view height, pixels */
    public int heightPx() {
        return heightPx;
    }

    private static double clampScale(double m) {
        if (!(m > 0) || Double.isInfinite(m)) {
            throw new IllegalArgumentException("metres per pixel must be positive, was " + m);
        }
        return Math.max(MIN_M_PER_PX, Math.min(MAX_M_PER_PX, m));
    }
}
