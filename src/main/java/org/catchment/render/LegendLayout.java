package org.catchment.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.GeometryKind;

/**
 * Where the legend and each of its lines go: a heading, then one row per entry (swatch and
 * label), in columns when the rows do not fit the height allowed. Layer entries come first, top
 * layer first (as a layer panel lists them), then the document's extra entries. Labels wider
 * than the space allowed are shortened with an ellipsis.
 *
 * @param box     the whole legend, pixels on the page
 * @param title   the heading's text box
 * @param items   the rows in order
 */
record LegendLayout(Rectangle2D box, Rectangle2D title, List<Item> items) {

    static final double PAD_PT = 6;
    static final double TITLE_PT = 10;
    static final double TEXT_PT = 9;
    static final double SWATCH_W_PT = 20;
    static final double SWATCH_H_PT = 11;
    static final double GAP_PT = 5;
    static final double ROW_GAP_PT = 3;

    /**
     * One legend line.
     *
     * @param label  the text as drawn (possibly shortened)
     * @param entry  what it stands for
     * @param swatch where the symbol, line or box goes
     * @param text   where the text goes (its baseline is at the bottom minus the descent)
     */
    record Item(String label, LegendEntry entry, Rectangle2D swatch, Rectangle2D text) {
        Rectangle2D row() {
            return swatch.createUnion(text);
        }
    }

    /** @return the entries a document's legend shows, in order */
    static List<LegendEntry> entries(MapDocument doc) {
        List<LegendEntry> out = new ArrayList<>();
        List<MapLayer> layers = doc.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            MapLayer layer = layers.get(i);
            if (layer.visible() && layer.inLegend()) {
                out.add(new LegendEntry(layer.legendLabel(), layer.style(), kindOf(layer)));
            }
        }
        out.addAll(doc.legendEntries());
        return out;
    }

    static LegendEntry.Kind kindOf(MapLayer layer) {
        GeometryKind kind = layer.indexed().kind();
        if (kind == null) {
            Style s = layer.style();
            return s.fill() != null || s.hasHatch() ? LegendEntry.Kind.POLYGON : LegendEntry.Kind.LINE;
        }
        return switch (kind) {
            case POINT -> LegendEntry.Kind.POINT;
            case LINE -> LegendEntry.Kind.LINE;
            case POLYGON -> LegendEntry.Kind.POLYGON;
        };
    }

    static Font titleFont(double pxPerPt) {
        return new Font(MapCanvas.FONT_FAMILY, Font.BOLD, 1).deriveFont((float) (TITLE_PT * pxPerPt));
    }

    static Font textFont(double pxPerPt) {
        return new Font(MapCanvas.FONT_FAMILY, Font.PLAIN, 1).deriveFont((float) (TEXT_PT * pxPerPt));
    }

    /**
     * @param right      the legend's right edge, pixels
     * @param top        its top edge
     * @param maxWidthPx the widest it may be
     * @param maxHeight  the tallest it may be; more rows go into further columns
     * @return the layout, or null when there is nothing to list
     */
    static LegendLayout compute(String heading, List<LegendEntry> entries, FontRenderContext frc, double pxPerPt,
                                double right, double top, double maxWidthPx, double maxHeight) {
        if (entries.isEmpty()) {
            return null;
        }
        double u = pxPerPt;
        Font tf = titleFont(u);
        Font f = textFont(u);
        double pad = PAD_PT * u;
        double swW = SWATCH_W_PT * u;
        double gap = GAP_PT * u;
        double textH = f.getLineMetrics("Xg", frc).getHeight();
        double rowH = Math.max(SWATCH_H_PT * u, textH) + ROW_GAP_PT * u;
        double titleH = tf.getLineMetrics(heading, frc).getHeight();
        double titleW = tf.getStringBounds(heading, frc).getWidth();
        int rowsFit = Math.max(1, (int) Math.floor((maxHeight - 2 * pad - titleH - gap + ROW_GAP_PT * u) / rowH));
        int columns = (entries.size() + rowsFit - 1) / rowsFit;
        int rows = (entries.size() + columns - 1) / columns;
        double maxText = Math.max(swW, (maxWidthPx - 2 * pad - columns * (swW + gap) - (columns - 1) * 2 * gap) / columns);
        List<String> labels = new ArrayList<>();
        double textW = 0;
        for (LegendEntry e : entries) {
            String label = fit(e.label(), f, frc, maxText);
            labels.add(label);
            textW = Math.max(textW, f.getStringBounds(label, frc).getWidth());
        }
        double colW = swW + gap + textW;
        double width = Math.min(maxWidthPx, Math.max(titleW, columns * colW + (columns - 1) * 2 * gap) + 2 * pad);
        double height = 2 * pad + titleH + gap + rows * rowH - ROW_GAP_PT * u;
        double left = right - width;
        Rectangle2D box = new Rectangle2D.Double(left, top, width, height);
        Rectangle2D titleBox = new Rectangle2D.Double(left + pad, top + pad, Math.min(titleW, width - 2 * pad), titleH);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int col = i / rows;
            int row = i % rows;
            double x = left + pad + col * (colW + 2 * gap);
            double y = top + pad + titleH + gap + row * rowH;
            double rowInner = rowH - ROW_GAP_PT * u;
            Rectangle2D swatch = new Rectangle2D.Double(x, y + (rowInner - SWATCH_H_PT * u) / 2, swW, SWATCH_H_PT * u);
            Rectangle2D text = new Rectangle2D.Double(x + swW + gap, y + (rowInner - textH) / 2,
                    f.getStringBounds(labels.get(i), frc).getWidth(), textH);
            items.add(new Item(labels.get(i), entries.get(i), swatch, text));
        }
        return new LegendLayout(box, titleBox, List.copyOf(items));
    }

    /** @return the same legend moved {@code dx} pixels to the right */
    LegendLayout shifted(double dx) {
        List<Item> moved = items.stream().map(i -> new Item(i.label(), i.entry(), move(i.swatch(), dx),
                move(i.text(), dx))).toList();
        return new LegendLayout(move(box, dx), move(title, dx), moved);
    }

    private static Rectangle2D move(Rectangle2D r, double dx) {
        return new Rectangle2D.Double(r.getX() + dx, r.getY(), r.getWidth(), r.getHeight());
    }

    /** @return the text, shortened with an ellipsis to fit {@code maxPx} */
    static String fit(String text, Font f, FontRenderContext frc, double maxPx) {
        if (f.getStringBounds(text, frc).getWidth() <= maxPx) {
            return text;
        }
        for (int n = text.length() - 1; n > 0; n--) {
            String s = text.substring(0, n).stripTrailing() + "\u2026";
            if (f.getStringBounds(s, frc).getWidth() <= maxPx) {
                return s;
            }
        }
        return "\u2026";
    }
}
