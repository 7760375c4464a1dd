package org.catchment.render;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where everything on a page goes, in pixels: title and subtitle across the top, credit lines
 * across the foot, the legend in a column on the right (or left) between them, and the map frame
 * filling the rest. The scale bar and north arrow sit in corners of the map frame
 * ({@link PageOptions}); either may be left out (a null box). Because the legend has its own
 * column, it can overlap neither the title nor the scale bar. Every size is in points times
 * {@code dpi / 72}.
 */
record PageLayout(double pxPerPt, Font titleFont, Rectangle2D title, Font subtitleFont, Rectangle2D subtitle,
                  Rectangle map, ViewTransform view, LegendLayout legend, ScaleBar scaleBar, Rectangle scaleBarBox,
                  Rectangle northArrow, Font attributionFont, Rectangle2D attribution) {

    static final double MARGIN_PT = 24;
    static final double TITLE_PT = 18;
    static final double SUBTITLE_PT = 11;
    static final double ATTRIBUTION_PT = 7;
    static final double SCALE_BAR_PT = 8;
    static final double GAP_PT = 8;
    static final double INSET_PT = 8;
    /** The legend column is at most this share of the page width. */
    static final double LEGEND_MAX_SHARE = 0.3;
    /** The scale bar is at most this share of the map frame's width. */
    static final double SCALE_BAR_MAX_SHARE = 0.25;

    static PageLayout compute(MapDocument doc, int widthPx, int heightPx, int dpi, FontRenderContext frc,
                              PageOptions options) {
        if (widthPx <= 0 || heightPx <= 0 || dpi <= 0) {
            throw new IllegalArgumentException("page size and dpi must be positive: " + widthPx + " x " + heightPx
                    + " at " + dpi + " dpi");
        }
        double u = dpi / 72.0;
        double margin = MARGIN_PT * u;
        double gap = GAP_PT * u;
        double innerW = widthPx - 2 * margin;

        Font titleFont = fitted(new Font(MapCanvas.FONT_FAMILY, Font.BOLD, 1), TITLE_PT * u, doc.title(), innerW, frc);
        double titleH = titleFont.getLineMetrics(doc.title(), frc).getHeight();
        Rectangle2D title = new Rectangle2D.Double(margin, margin, innerW, titleH);
        double y = title.getMaxY();
        Font subtitleFont = null;
        Rectangle2D subtitle = null;
        if (doc.subtitle() != null && !doc.subtitle().isBlank()) {
            subtitleFont = fitted(new Font(MapCanvas.FONT_FAMILY, Font.PLAIN, 1), SUBTITLE_PT * u, doc.subtitle(), innerW, frc);
            double h = subtitleFont.getLineMetrics(doc.subtitle(), frc).getHeight();
            subtitle = new Rectangle2D.Double(margin, y + 2 * u, innerW, h);
            y = subtitle.getMaxY();
        }
        double bodyTop = y + gap;

        Font attributionFont = new Font(MapCanvas.FONT_FAMILY, Font.PLAIN, 1).deriveFont((float) (ATTRIBUTION_PT * u));
        double lineH = attributionFont.getLineMetrics("Xg", frc).getHeight();
        List<String> lines = doc.credits();
        double attributionH = lines.size() * lineH;
        Rectangle2D attribution = new Rectangle2D.Double(margin, heightPx - margin - attributionH, innerW, attributionH);
        double bodyBottom = lines.isEmpty() ? heightPx - margin : attribution.getY() - gap / 2;

        LegendLayout legend = options.legend() == PageOptions.LegendPlace.NONE ? null
                : LegendLayout.compute(doc.legendTitle(), LegendLayout.entries(doc), frc, u, widthPx - margin, bodyTop,
                        widthPx * LEGEND_MAX_SHARE, bodyBottom - bodyTop);
        double mapLeft = margin;
        double mapRight = widthPx - margin;
        if (legend != null && options.legend() == PageOptions.LegendPlace.LEFT) {
            legend = legend.shifted(margin - legend.box().getX());
            mapLeft = legend.box().getMaxX() + gap;
        } else if (legend != null) {
            mapRight = legend.box().getX() - gap;
        }
        Rectangle map = new Rectangle((int) Math.round(mapLeft), (int) Math.round(bodyTop),
                (int) Math.round(mapRight - mapLeft), (int) Math.round(bodyBottom - bodyTop));
        if (map.width <= 0 || map.height <= 0) {
            throw new IllegalArgumentException(widthPx + " x " + heightPx + " px at " + dpi
                    + " dpi leaves no room for the map: give a larger page or a lower dpi");
        }
        ViewTransform view = ViewTransform.fit(doc.extent(), map.width, map.height);

        double inset = INSET_PT * u;
        ScaleBar bar = ScaleBar.choose(view.pxPerM(), map.width * SCALE_BAR_MAX_SHARE);
        Dimension barSize = bar.size(frc, u, SCALE_BAR_PT);
        Rectangle scaleBarBox = corner(map, options.scaleBar(), inset, barSize.width, barSize.height);
        Rectangle northArrow = corner(map, options.northArrowCorner(), inset, (int) Math.round(NorthArrow.WIDTH_PT * u),
                (int) Math.round(NorthArrow.HEIGHT_PT * u));
        return new PageLayout(u, titleFont, title, subtitleFont, subtitle, map, view, legend, bar, scaleBarBox,
                northArrow, attributionFont, attribution);
    }

    /** @return a w x h box in a corner of the map frame, {@code inset} from its sides; null for {@link PageOptions.Corner#NONE} */
    private static Rectangle corner(Rectangle map, PageOptions.Corner corner, double inset, int w, int h) {
        if (corner == PageOptions.Corner.NONE) {
            return null;
        }
        double x = corner.left() ? map.x + inset : map.getMaxX() - inset - w;
        double y = corner.top() ? map.y + inset : map.getMaxY() - inset - h;
        return new Rectangle((int) Math.round(x), (int) Math.round(y), w, h);
    }

    /** @return the font at {@code sizePx}, or smaller (down to 60%) so the text fits the width */
    private static Font fitted(Font base, double sizePx, String text, double maxWidthPx, FontRenderContext frc) {
        Font f = base.deriveFont((float) sizePx);
        double w = f.getStringBounds(text, frc).getWidth();
        if (w > maxWidthPx) {
            f = base.deriveFont((float) Math.max(sizePx * 0.6, sizePx * maxWidthPx / w));
        }
        return f;
    }
}
