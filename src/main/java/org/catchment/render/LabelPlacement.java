package org.catchment.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a map's labels go, decided once every layer is drawn: in the order given (layers bottom
 * to top, each layer's labels in its own order, so deserts, numbered by decreasing area, are
 * labelled largest first), a label is placed only when it fits: its box overlaps no label already
 * placed, and a polygon's label is no larger than the polygon's extent (bounding box) as drawn. On a map of a town every
 * label fits; on a map of a country the largest deserts keep their numbers and the thousand
 * specks a few pixels wide, which a number would hide and could not be told to belong to, have
 * none (they are still drawn, and listed in the tables).
 */
final class LabelPlacement {

    /**
     * A label placed.
     *
     * @param label  what was asked for
     * @param layout its text laid out in its font
     * @param x      where its baseline starts, pixels
     * @param y      its baseline, pixels
     * @param box    the box its glyphs cover, pixels
     */
    record Placed(LayerPainter.LabelCandidate label, TextLayout layout, double x, double y, Rectangle2D box) {
    }

    private LabelPlacement() {
    }

    /** @return the labels that fit, in the order given (see the class comment) */
    static List<Placed> place(List<LayerPainter.LabelCandidate> labels, FontRenderContext frc) {
        PlacedBoxes boxes = new PlacedBoxes();
        List<Placed> placed = new ArrayList<>();
        for (LayerPainter.LabelCandidate label : labels) {
            Font font = new Font(MapCanvas.FONT_FAMILY, Font.PLAIN, 1).deriveFont((float) label.fontPx());
            TextLayout layout = new TextLayout(label.text(), font, frc);
            Rectangle2D bounds = layout.getBounds();
            double x = label.offsetPx() > 0 ? label.x() + label.offsetPx() : label.x() - bounds.getCenterX();
            double y = label.y() - bounds.getCenterY();
            Rectangle2D box = new Rectangle2D.Double(x + bounds.getX(), y + bounds.getY(),
                    bounds.getWidth(), bounds.getHeight());
            if (fits(label, box) && boxes.addIfFree(box)) {
                placed.add(new Placed(label, layout, x, y, box));
            }
        }
        return placed;
    }

    /** @return false for the label of a polygon whose extent (bounding box) as drawn is smaller than the label's box */
    static boolean fits(LayerPainter.LabelCandidate label, Rectangle2D box) {
        return label.extentAreaPx() < 0 || label.extentAreaPx() >= box.getWidth() * box.getHeight();
    }

    /** Label boxes already placed, bucketed in 64 px cells so each test looks at a few neighbours only. */
    private static final class PlacedBoxes {
        private static final double CELL_PX = 64;
        private final Map<Long, List<Rectangle2D>> cells = new HashMap<>();

        /** @return false if the box overlaps one already placed; else places it and returns true */
        boolean addIfFree(Rectangle2D box) {
            int x0 = (int) Math.floor(box.getMinX() / CELL_PX);
            int x1 = (int) Math.floor(box.getMaxX() / CELL_PX);
            int y0 = (int) Math.floor(box.getMinY() / CELL_PX);
            int y1 = (int) Math.floor(box.getMaxY() / CELL_PX);
            for (int cx = x0; cx <= x1; cx++) {
                for (int cy = y0; cy <= y1; cy++) {
                    for (Rectangle2D other : cells.getOrDefault(key(cx, cy), List.of())) {
                        if (other.intersects(box)) {
                            return false;
                        }
                    }
                }
            }
            for (int cx = x0; cx <= x1; cx++) {
                for (int cy = y0; cy <= y1; cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(box);
                }
            }
            return true;
        }

        private static long key(int cx, int cy) {
            return ((long) cx << 32) ^ (cy & 0xffffffffL);
        }
    }
}
