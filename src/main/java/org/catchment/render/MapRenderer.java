package org.catchment.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Renders {@link MapDocument}s with Java2D: {@link #renderPage} for a publication-ready page
 * (title, map, legend, scale bar, north arrow, attribution) and {@link #renderView} for the bare
 * map of an interactive view. Both run headless and are safe to call from any thread (each call
 * draws into its own image). Images are {@code TYPE_INT_RGB} on a white background, antialiased.
 *
 * <p>Sizes are in points scaled by {@code dpi / 72}: the default A4 landscape page at 300 dpi is
 * 3508 x 2480 px; a 96 dpi screen image of 1200 x 800 px shows the same layout at screen size.
 */
public final class MapRenderer {

    /** A4 landscape at 300 dpi, width in pixels. */
    public static final int A4_300DPI_WIDTH_PX = 3508;
    /** A4 landscape at 300 dpi, height in pixels. */
    public static final int A4_300DPI_HEIGHT_PX = 2480;

    static final Color TEXT = new Color(0x252525);
    static final Color MUTED_TEXT = new Color(0x525252);
    static final Color FRAME = new Color(0x737373);
    static final double VIEW_SCALE_BAR_PT = 7;
    static final double VIEW_INSET_PT = 6;
    /** A view's scale bar is at most this share of the image width. */
    static final double VIEW_SCALE_BAR_MAX_SHARE = 0.2;

    private MapRenderer() {
    }

    /**
     * @param widthPx  page width, pixels
     * @param heightPx page height, pixels
     * @param dpi      dots per inch the page is printed at; sizes in points are scaled by dpi / 72
     * @return the page: title and subtitle at the top, the map of the document's extent (grown to
     *     the frame's shape, never distorted) over its basemap if any, legend on the right, scale
     *     bar and north arrow in the map, the credits at the foot (the basemap's only when it drew
     *     something: a basemap whose server could not be reached is not credited)
     * @throws IllegalArgumentException if the page is too small to hold a map at that dpi
     */
    public static BufferedImage renderPage(MapDocument doc, int widthPx, int heightPx, int dpi) {
        return renderPage(doc, widthPx, heightPx, dpi, PageOptions.DEFAULT);
    }

    /**
     * As {@link #renderPage(MapDocument, int, int, int)}, with the legend, scale bar and north
     * arrow where {@code options} puts them (or left out).
     */
    public static BufferedImage renderPage(MapDocument doc, int widthPx, int heightPx, int dpi, PageOptions options) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            MapCanvas.hints(g);
            PageLayout page = layout(doc, widthPx, heightPx, dpi, options);
            double u = page.pxPerPt();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            text(g, doc.title(), page.titleFont(), page.title(), TEXT);
            if (page.subtitle() != null) {
                text(g, doc.subtitle(), page.subtitleFont(), page.subtitle(), MUTED_TEXT);
            }
            Rectangle map = page.map();
            AffineTransform saved = g.getTransform();
            g.translate(map.x, map.y);
            boolean basemap = MapCanvas.paint(g, doc, page.view(), map.width, map.height, u, false);
            g.setTransform(saved);
            if (page.scaleBarBox() != null) {
                page.scaleBar().paint(g, page.scaleBarBox(), u, PageLayout.SCALE_BAR_PT);
            }
            if (page.northArrow() != null) {
                NorthArrow.paint(g, page.northArrow(), u);
            }
            g.setColor(FRAME);
            g.setStroke(new BasicStroke((float) (0.75 * u)));
            g.draw(map);
            if (page.legend() != null) {
                paintLegend(g, doc, page.legend(), u, widthPx, heightPx);
            }
            List<String> credits = doc.credits();
            double lineH = page.attribution().getHeight() / Math.max(1, credits.size());
            int printed = basemap ? credits.size() : doc.attribution().size();
            for (int i = 0; i < printed; i++) {
                Rectangle2D line = new Rectangle2D.Double(page.attribution().getX(),
                        page.attribution().getY() + i * lineH, page.attribution().getWidth(), lineH);
                text(g, credits.get(i), page.attributionFont(), line, MUTED_TEXT);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @param view     the area to show, metres of the map's CRS; grown to the image's shape, centred
     * @param widthPx  image width, pixels
     * @param heightPx image height, pixels
     * @param dpi      the screen's dots per inch (96 for most), for line widths, symbols and text
     * @return the map alone, filling the image, with a small scale bar at the bottom left. A line
     *     layer with more than 100,000 segments in view is drawn without antialiasing, to keep
     *     panning smooth; {@link #renderPage} always antialiases.
     */
    public static BufferedImage renderView(MapDocument doc, Envelope view, int widthPx, int heightPx, double dpi) {
        if (!(dpi > 0)) {
            throw new IllegalArgumentException("dpi must be positive, was " + dpi);
        }
        ViewTransform vt = ViewTransform.fit(view, widthPx, heightPx);
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            MapCanvas.hints(g);
            double u = dpi / 72;
            MapCanvas.paint(g, doc, vt, widthPx, heightPx, u, true);
            Rectangle box = viewScaleBarBox(vt, widthPx, heightPx, u, g.getFontRenderContext());
            viewScaleBar(vt, widthPx).paint(g, box, u, VIEW_SCALE_BAR_PT);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws one legend swatch on white, as the page legend draws it (same strokes, hatch, symbol
     * and opacity), filling the image less a 2 px margin: a preview for a style being edited.
     *
     * @param kind     which swatch: a symbol, a line or a filled box
     * @param widthPx  image width, pixels (at least 5)
     * @param heightPx image height, pixels (at least 5)
     * @param dpi      dots per inch; sizes in points are scaled by dpi / 72
     */
    public static BufferedImage renderSwatch(Style style, LegendEntry.Kind kind, int widthPx, int heightPx,
                                             double dpi) {
        if (widthPx < 5 || heightPx < 5 || !(dpi > 0)) {
            throw new IllegalArgumentException("a swatch needs at least 5 x 5 px and a positive dpi, was "
                    + widthPx + " x " + heightPx + " at " + dpi);
        }
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            MapCanvas.hints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            double u = dpi / 72;
            LayerPainter painter = new LayerPainter(new ViewTransform(1, 0, 0), u, false);
            Rectangle2D box = new Rectangle2D.Double(2, 2, widthPx - 4, heightPx - 4);
            swatch(g, painter, new LegendEntry("", style, kind), box, u, widthPx, heightPx);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @return the transform from the map's metres to pixels of a w x h image showing {@code view}:
     *     uniform scale, north up, the view centred and grown to the image's shape. Invert it
     *     ({@link AffineTransform#createInverse()}) to turn mouse positions into eastings/northings.
     */
    public static AffineTransform worldToScreen(Envelope view, int widthPx, int heightPx) {
        return ViewTransform.fit(view, widthPx, heightPx).toAffine();
    }

    /** @return the page layout {@link #renderPage} uses (for tests and for hit-testing a page) */
    static PageLayout layout(MapDocument doc, int widthPx, int heightPx, int dpi) {
        return layout(doc, widthPx, heightPx, dpi, PageOptions.DEFAULT);
    }

    static PageLayout layout(MapDocument doc, int widthPx, int heightPx, int dpi, PageOptions options) {
        return PageLayout.compute(doc, widthPx, heightPx, dpi, new FontRenderContext(null, true, true), options);
    }

    /**
     * @return the area of the map frame of a page, in the map's CRS: the document's extent grown
     *     to the frame's shape (what an atlas page shows of its zone)
     */
    public static Envelope pageExtent(MapDocument doc, int widthPx, int heightPx, int dpi, PageOptions options) {
        PageLayout page = layout(doc, widthPx, heightPx, dpi, options);
        return page.view().window(page.map().width, page.map().height, 0);
    }

    static ScaleBar viewScaleBar(ViewTransform vt, int widthPx) {
        return ScaleBar.choose(vt.pxPerM(), widthPx * VIEW_SCALE_BAR_MAX_SHARE);
    }

    static Rectangle viewScaleBarBox(ViewTransform vt, int widthPx, int heightPx, double u, FontRenderContext frc) {
        Dimension size = viewScaleBar(vt, widthPx).size(frc, u, VIEW_SCALE_BAR_PT);
        int inset = (int) Math.round(VIEW_INSET_PT * u);
        return new Rectangle(inset, heightPx - inset - size.height, size.width, size.height);
    }

    private static void text(Graphics2D g, String s, Font font, Rectangle2D box, Color colour) {
        TextLayout layout = new TextLayout(s, font, g.getFontRenderContext());
        g.setColor(colour);
        layout.draw(g, (float) box.getX(), (float) (box.getY() + layout.getAscent()));
    }

    private static void paintLegend(Graphics2D g, MapDocument doc, LegendLayout legend, double u,
                                    int widthPx, int heightPx) {
        Rectangle2D box = legend.box();
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke((float) (0.75 * u)));
        g.draw(box);
        text(g, doc.legendTitle(), LegendLayout.titleFont(u), legend.title(), TEXT);
        Font font = LegendLayout.textFont(u);
        LayerPainter painter = new LayerPainter(new ViewTransform(1, 0, 0), u, false);
        for (LegendLayout.Item item : legend.items()) {
            swatch(g, painter, item.entry(), item.swatch(), u, widthPx, heightPx);
            text(g, item.label(), font, item.text(), TEXT);
        }
    }

    private static void swatch(Graphics2D g, LayerPainter painter, LegendEntry entry, Rectangle2D r, double u,
                               int widthPx, int heightPx) {
        Style style = entry.style();
        Composite saved = g.getComposite();
        if (style.opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) style.opacity()));
        }
        switch (entry.kind()) {
            case POLYGON -> painter.paintArea(g, r, style, widthPx, heightPx);
            case LINE -> {
                if (style.stroke() != null) {
                    g.setColor(style.stroke());
                    g.setStroke(painter.lineStroke(style));
                    g.draw(new Line2D.Double(r.getMinX() + u, r.getCenterY(), r.getMaxX() - u, r.getCenterY()));
                }
            }
            case POINT -> {
                double size = Math.min(style.symbolSizePt() * u, r.getHeight() + 3 * u);
                painter.paintSymbol(g, Symbols.shape(style.symbol(), r.getCenterX(), r.getCenterY(), size), style,
                        new BasicStroke((float) (style.strokeWidthPt() * u)));
            }
        }
        g.setComposite(saved);
    }
}
