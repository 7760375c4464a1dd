package org.catchment.render;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.Locale;

/**
 * A scale bar of a round length: the largest 1, 2 or 5 times a power of ten metres that fits in
 * the space allowed, labelled in metres below 1 km and in kilometres from 1 km. The bar is exactly
 * {@code round(lengthM * pxPerM)} pixels long, drawn in alternating black and white segments
 * (four for 1 and 2, five for 5) on a translucent white plate so it reads over any map.
 *
 * @param lengthM  the length it stands for, metres
 * @param lengthPx its length on the image, pixels
 * @param label    the text at the bar's end: "500 m", "1 km", "20 km"
 */
record ScaleBar(double lengthM, int lengthPx, String label) {

    static final double BAR_PT = 4;
    static final double PAD_PT = 3;
    static final double GAP_PT = 1.5;

    /**
     * @param pxPerM pixels per metre of the map
     * @param maxPx  the longest the bar may be, pixels
     */
    static ScaleBar choose(double pxPerM, double maxPx) {
        double maxM = maxPx / pxPerM;
        double step = Math.pow(10, Math.floor(Math.log10(maxM)));
        double lengthM = step;
        for (double f : new double[] {5, 2, 1}) {
            if (f * step <= maxM * (1 + 1e-9)) {
                lengthM = f * step;
                break;
            }
        }
        return new ScaleBar(lengthM, (int) Math.round(lengthM * pxPerM), label(lengthM));
    }

    static String label(double lengthM) {
        if (lengthM >= 1000) {
            return number(lengthM / 1000) + " km";
        }
        return number(lengthM) + " m";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%d", (long) v) : String.format(Locale.ROOT, "%s", v);
    }

    static Font font(double fontPx) {
        return new Font(MapCanvas.FONT_FAMILY, Font.PLAIN, 1).deriveFont((float) fontPx);
    }

    /** @return the plate's size: bar, labels above it and padding */
    Dimension size(FontRenderContext frc, double pxPerPt, double fontPt) {
        Font f = font(fontPt * pxPerPt);
        double zero = new TextLayout("0", f, frc).getAdvance();
        double end = new TextLayout(label, f, frc).getAdvance();
        double pad = PAD_PT * pxPerPt;
        double textH = f.getLineMetrics(label, frc).getAscent();
        int w = (int) Math.ceil(2 * pad + zero / 2 + lengthPx + end / 2);
        int h = (int) Math.ceil(2 * pad + textH + GAP_PT * pxPerPt + barPx(pxPerPt));
        return new Dimension(w, h);
    }

    /** @return where the bar's left end goes, for a plate at {@code plate} */
    int barX(Rectangle plate, FontRenderContext frc, double pxPerPt, double fontPt) {
        double zero = new TextLayout("0", font(fontPt * pxPerPt), frc).getAdvance();
        return plate.x + (int) Math.round(PAD_PT * pxPerPt + zero / 2);
    }

    /** Draws the plate, bar and labels into {@code plate} (as sized by {@link #size}). */
    void paint(Graphics2D g, Rectangle plate, double pxPerPt, double fontPt) {
        FontRenderContext frc = g.getFontRenderContext();
        g.setColor(new Color(255, 255, 255, 210));
        g.fillRect(plate.x, plate.y, plate.width, plate.height);
        int barH = barPx(pxPerPt);
        int x0 = barX(plate, frc, pxPerPt, fontPt);
        int yTop = plate.y + plate.height - (int) Math.round(PAD_PT * pxPerPt) - barH;
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.BLACK);
        g.fillRect(x0, yTop, lengthPx, barH);
        int border = Math.max(1, (int) Math.round(0.5 * pxPerPt));
        int segments = firstDigit() == 5 ? 5 : 4;
        g.setColor(Color.WHITE);
        for (int i = 1; i < segments; i += 2) {
            int sx = x0 + (int) Math.round((double) i * lengthPx / segments);
            int ex = x0 + (int) Math.round((double) (i + 1) * lengthPx / segments);
            if (i == segments - 1) {
                ex -= border;
            }
            g.fillRect(sx, yTop + border, ex - sx, barH - 2 * border);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        Font f = font(fontPt * pxPerPt);
        float baseline = (float) (yTop - GAP_PT * pxPerPt);
        g.setColor(Color.BLACK);
        TextLayout zero = new TextLayout("0", f, frc);
        zero.draw(g, x0 - zero.getAdvance() / 2, baseline);
        TextLayout end = new TextLayout(label, f, frc);
        end.draw(g, x0 + lengthPx - end.getAdvance() / 2, baseline);
    }

    static int barPx(double pxPerPt) {
        return Math.max(3, (int) Math.round(BAR_PT * pxPerPt));
    }

    private int firstDigit() {
        return (int) Math.round(lengthM / Math.pow(10, Math.floor(Math.log10(lengthM))));
    }
}
