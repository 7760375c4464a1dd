package org.catchment.render;

import java.awt.geom.AffineTransform;
import org.locationtech.jts.geom.Envelope;

/**
 * The mapping from the map's metres to image pixels for one view: a uniform scale (metres are
 * square on screen), y flipped so north is up, and the view centred in the image. The renderer
 * applies it to coordinates itself, so line widths and symbols stay in pixels.
 *
 * @param pxPerM  pixels per metre
 * @param originX easting at the image's left edge
 * @param originY northing at the image's top edge
 */
record ViewTransform(double pxPerM, double originX, double originY) {

    /** @return the transform that shows all of {@code view}, centred, in a w x h image */
    static ViewTransform fit(Envelope view, int widthPx, int heightPx) {
        if (view == null || view.isNull() || !(view.getWidth() > 0 || view.getHeight() > 0)) {
            throw new IllegalArgumentException("the view must be a non-empty envelope, was " + view);
        }
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("the image size must be positive, was " + widthPx + " x " + heightPx);
        }
        double sx = view.getWidth() > 0 ? widthPx / view.getWidth() : Double.POSITIVE_INFINITY;
        double sy = view.getHeight() > 0 ? heightPx / view.getHeight() : Double.POSITIVE_INFINITY;
        double s = Math.min(sx, sy);
        double cx = (view.getMinX() + view.getMaxX()) / 2;
        double cy = (view.getMinY() + view.getMaxY()) / 2;
        return new ViewTransform(s, cx - widthPx / (2 * s), cy + heightPx / (2 * s));
    }

    double x(double easting) {
        return (easting - originX) * pxPerM;
    }

    double y(double northing) {
        return (originY - northing) * pxPerM;
    }

    /** @return the world area a w x h image shows, grown by {@code marginPx} on every side */
    Envelope window(int widthPx, int heightPx, double marginPx) {
        double m = marginPx / pxPerM;
        return new Envelope(originX - m, originX + widthPx / pxPerM + m,
                originY - heightPx / pxPerM - m, originY + m);
    }

    AffineTransform toAffine() {
        return new AffineTransform(pxPerM, 0, 0, -pxPerM, -originX * pxPerM, originY * pxPerM);
    }
}
