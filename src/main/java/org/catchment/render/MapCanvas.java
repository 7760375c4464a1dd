package org.catchment.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the map itself (white background, the layers bottom to top, then all labels on top) into
 * a widthPx x heightPx area whose top-left corner is the graphics origin. Shared by page and
 * view rendering, so a printed map and the screen agree.
 */
final class MapCanvas {

    /** Label text colour: near black, with a white halo. */
    static final Color LABEL = new Color(0x252525);
    static final String FONT_FAMILY = Font.SANS_SERIF;

    private MapCanvas() {
    }

    /** Turns on antialiasing, fractional text metrics and exact (unnormalised) strokes. */
    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /**
     * @param interactive true for a view redrawn on pan and zoom (may trade antialiasing of very dense layers for speed)
     * @return true when the document's basemap drew something
     */
    static boolean paint(Graphics2D g, MapDocument doc, ViewTransform vt, int widthPx, int heightPx, double pxPerPt,
                      boolean interactive) {
        Shape savedClip = g.getClip();
        g.clipRect(0, 0, widthPx, heightPx);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, widthPx, heightPx);
        boolean basemap = paintBasemap(g, doc.basemap(), vt, widthPx, heightPx, pxPerPt);
        List<MapLayer> layers = doc.layers();
        double symbolScale = SymbolScale.of(doc, vt, widthPx, heightPx, pxPerPt);
        LayerPainter painter = new LayerPainter(vt, pxPerPt, interactive, symbolScale);
        List<LayerPainter.LabelCandidate> labels = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            SharedLayers group = doc.sharedAt(i);
            boolean ownSymbols = group != null && symbolScale < 1 && group.hasPoints();
            if (group == null || ownSymbols || !group.paint(g, vt, widthPx, heightPx, pxPerPt, interactive)) {
                painter.paint(g, layers.get(i), widthPx, heightPx, labels);
                continue;
            }
            for (MapLayer layer : group.layers()) {
                painter.labels(layer, widthPx, heightPx, labels);
            }
            i += group.layers().size() - 1;
        }
        paintLabels(g, labels, pxPerPt);
        g.setClip(savedClip);
        return basemap;
    }

    /** Draws the basemap's image of the frame, a little faded ({@link Basemap#OPACITY}); false when it has none. */
    private static boolean paintBasemap(Graphics2D g, Basemap basemap, ViewTransform vt, int widthPx, int heightPx,
                                        double pxPerPt) {
        if (basemap == null) {
            return false;
        }
        BufferedImage image = basemap.image(vt.window(widthPx, heightPx, 0), widthPx, heightPx, pxPerPt * 72);
        if (image == null) {
            return false;
        }
        Composite saved = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Basemap.OPACITY));
        g.drawImage(image, 0, 0, null);
        g.setComposite(saved);
        return true;
    }

    /** Draws the labels that fit ({@link LabelPlacement}) with a white halo. */
    private static void paintLabels(Graphics2D g, List<LayerPainter.LabelCandidate> labels, double pxPerPt) {
        for (LabelPlacement.Placed label : LabelPlacement.place(labels, g.getFontRenderContext())) {
            haloText(g, label.layout(), label.x(), label.y(), LABEL, Math.max(1, 1.2 * pxPerPt));
        }
    }

    /** Draws text with a white outline behind it so it reads over any fill. */
    static void haloText(Graphics2D g, TextLayout layout, double x, double y, Color colour, double haloPx) {
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke((float) (2 * haloPx), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
    }
}
