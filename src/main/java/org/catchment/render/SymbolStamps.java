package org.catchment.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Draws many point symbols as copies of one image of the symbol, drawn once for each of
 * {@value #PHASES} x {@value #PHASES} sub-pixel positions: a copy of a small image is about ten
 * times cheaper than filling and stroking the symbol's outline, which dominated a map of a
 * million facilities. A symbol lands within 1/{@value #PHASES} pixel of where the outline would
 * have been drawn, with the same antialiased pixels (source-over compositing of the fill, then
 * the outline, into the image and of the image onto the map gives what compositing them onto the
 * map in turn gives). Used only for opaque layers drawn without rotation or scaling; see
 * {@link LayerPainter#STAMPS_FROM_POINTS}.
 */
final class SymbolStamps {

    /** Sub-pixel positions per axis. */
    static final int PHASES = 4;

    private final BufferedImage[] images = new BufferedImage[PHASES * PHASES];
    private final int half;

    /**
     * @param painter draws one symbol (fill and outline) with the layer's style
     * @param sizePx  the symbol's size, pixels
     * @param outlinePx the outline's width, pixels
     */
    SymbolStamps(SymbolPainter painter, double sizePx, double outlinePx) {
        half = (int) Math.ceil(sizePx * 0.75 + outlinePx) + 2;
        int side = 2 * half + 1;
        for (int py = 0; py < PHASES; py++) {
            for (int px = 0; px < PHASES; px++) {
                BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = image.createGraphics();
                try {
                    MapCanvas.hints(g);
                    g.setComposite(AlphaComposite.SrcOver);
                    painter.paint(g, half + px / (double) PHASES, half + py / (double) PHASES);
                } finally {
                    g.dispose();
                }
                images[py * PHASES + px] = image;
            }
        }
    }

    /** Paints one symbol (fill and outline) centred on a point, pixels. */
    @FunctionalInterface
    interface SymbolPainter {
        void paint(Graphics2D g, double x, double y);
    }

    /** @return true when stamps draw on {@code g} as the outline would: no rotation, no scaling, whole-pixel shift, opaque */
    static boolean fits(Graphics2D g) {
        AffineTransform t = g.getTransform();
        boolean shift = (t.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0
                && t.getTranslateX() == Math.rint(t.getTranslateX()) && t.getTranslateY() == Math.rint(t.getTranslateY());
        return shift && g.getComposite() instanceof AlphaComposite a && a.getRule() == AlphaComposite.SRC_OVER
                && a.getAlpha() == 1f && RenderingHints.VALUE_ANTIALIAS_ON.equals(g.getRenderingHint(RenderingHints.KEY_ANTIALIASING));
    }

    /** Draws the symbol centred on (x, y), pixels, rounded to the nearest sub-pixel position. */
    void draw(Graphics2D g, double x, double y) {
        long qx = Math.round(x * PHASES);
        long qy = Math.round(y * PHASES);
        int phase = (int) Math.floorMod(qy, PHASES) * PHASES + (int) Math.floorMod(qx, PHASES);
        g.drawImage(images[phase], (int) Math.floorDiv(qx, PHASES) - half, (int) Math.floorDiv(qy, PHASES) - half, null);
    }
}
