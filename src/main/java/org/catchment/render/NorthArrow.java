package org.catchment.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;

/**
 * A north arrow: a split arrowhead (left half black, right half white) under a letter N. British
 * National Grid north differs from true north by under 4 degrees across Great Britain (and by
 * well under 1 degree in most towns), so the arrow points straight up.
 */
final class NorthArrow {

    static final double WIDTH_PT = 14;
    static final double HEIGHT_PT = 30;

    private NorthArrow() {
    }

    static void paint(Graphics2D g, Rectangle box, double pxPerPt) {
        double cx = box.getCenterX();
        Font f = new Font(MapCanvas.FONT_FAMILY, Font.BOLD, 1).deriveFont((float) (10 * pxPerPt));
        TextLayout n = new TextLayout("N", f, g.getFontRenderContext());
        double textTop = box.y;
        double baseline = textTop + n.getAscent();
        MapCanvas.haloText(g, n, cx - n.getAdvance() / 2, baseline, Color.BLACK, 1.2 * pxPerPt);
        double tipY = baseline + 3 * pxPerPt;
        double baseY = box.getMaxY();
        double half = box.width / 2.0;
        double notchY = baseY - (baseY - tipY) * 0.25;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, tipY);
        left.lineTo(cx - half, baseY);
        left.lineTo(cx, notchY);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, tipY);
        right.lineTo(cx + half, baseY);
        right.lineTo(cx, notchY);
        right.closePath();
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(Color.BLACK);
        g.fill(left);
        g.setStroke(new BasicStroke((float) (0.75 * pxPerPt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(left);
        g.draw(right);
    }
}
