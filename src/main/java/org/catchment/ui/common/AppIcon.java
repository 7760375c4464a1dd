package org.catchment.ui.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.catchment.render.Palette;

/**
 * The application icon, drawn with Java2D at each size the window system asks for: three nested
 * walking bands (the map's band colours) around a facility dot, on a dark rounded square, with two
 * streets crossing.
 */
public final class AppIcon {

    /** The sizes offered to the window system, pixels. */
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** @return the icon at every size in {@link #SIZES} */
    public static List<Image> images() {
        List<Image> out = new ArrayList<>();
        for (int s : SIZES) {
            out.add(SwingFXUtils.toFXImage(draw(s), null));
        }
        return out;
    }

    /** @return the icon drawn at {@code size} x {@code size} pixels, with transparent corners */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = size;
            g.setColor(new Color(0x1f2d3a));
            g.fill(new RoundRectangle2D.Double(0, 0, s, s, s * 0.28, s * 0.28));
            List<Color> bands = Palette.bands(3);
            double[] radii = {0.40, 0.29, 0.18};
            for (int i = 0; i < 3; i++) {
                double r = radii[i] * s;
                g.setColor(bands.get(2 - i));
                g.fill(new Ellipse2D.Double(s / 2 - r, s / 2 - r, 2 * r, 2 * r));
            }
            g.setColor(new Color(255, 255, 255, 170));
            g.setStroke(new BasicStroke((float) Math.max(1, s * 0.045), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(s * 0.12, s * 0.62, s * 0.88, s * 0.38));
            g.draw(new Line2D.Double(s * 0.42, s * 0.10, s * 0.56, s * 0.90));
            double dot = s * 0.16;
            g.setColor(Palette.typeColour(0));
            g.fill(new Ellipse2D.Double(s / 2 - dot / 2, s / 2 - dot / 2, dot, dot));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) Math.max(1, s * 0.025)));
            g.draw(new Ellipse2D.Double(s / 2 - dot / 2, s / 2 - dot / 2, dot, dot));
        } finally {
            g.dispose();
        }
        return image;
    }
}
