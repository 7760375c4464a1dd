package org.catchment.ui.common;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.catchment.layer.GeometryKind;
import org.catchment.render.LegendEntry;
import org.catchment.render.MapRenderer;
import org.catchment.render.Style;

/**
 * What the app draws for the screen with the renderer: its resolution, the legend swatch of a
 * style (shared by the legend and the Style dialog's preview, so both match the exported legend)
 * and the JavaFX colour of a renderer colour.
 */
public final class ScreenImages {

    /** The resolution the map view, the legend and the style preview are drawn at, dots per inch. */
    public static final double DPI = 96;

    private ScreenImages() {
    }

    /** @return a legend swatch of a style for a kind of geometry, widthPx x heightPx at screen resolution */
    public static Image swatch(Style style, GeometryKind kind, int widthPx, int heightPx) {
        LegendEntry.Kind k = switch (kind) {
            case POINT -> LegendEntry.Kind.POINT;
            case LINE -> LegendEntry.Kind.LINE;
            case POLYGON -> LegendEntry.Kind.POLYGON;
        };
        return SwingFXUtils.toFXImage(MapRenderer.renderSwatch(style, k, widthPx, heightPx, DPI), null);
    }

    /** @return the JavaFX colour of an AWT one, or the fallback for null */
    public static Color fx(java.awt.Color c, Color fallback) {
        return c == null ? fallback : Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
