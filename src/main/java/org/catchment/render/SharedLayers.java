package org.catchment.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Layers that several maps draw alike between their own layers (the road network, the wards),
 * drawn once and copied onto each map. An analysis's maps all show the same extent at the same
 * size, and the 200,000 antialiased links of a large network cost about a second a map at 300
 * dpi, so the first map to need them draws them into a transparent image and every map of that
 * view lays the image where the layers would have been drawn ({@link MapCanvas}); labels are still
 * collected per map, so they are placed with the map's other labels on top.
 *
 * <p>The copy is drawn with the layers' own styles and opacities into a premultiplied image and
 * composited onto the map: it differs from drawing the layers straight onto the map by rounding
 * only (at most a level or two of 255 in a colour channel, where an antialiased edge lies over
 * another layer). A map of another view (another extent, size or resolution) draws the layers
 * itself. Safe to share between threads: the first map of a view draws, the others wait for it.
 */
public final class SharedLayers {

    /** The view the image was drawn for. */
    private record View(ViewTransform vt, int widthPx, int heightPx, double pxPerPt, boolean interactive) {
    }

    private final List<MapLayer> layers;
    private View view;
    private BufferedImage image;

    /** @param layers the layers, bottom to top */
    public SharedLayers(List<MapLayer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** @return the layers, bottom to top */
    public List<MapLayer> layers() {
        return layers;
    }

    /**
     * @return the layers drawn for this view into a transparent {@code TYPE_INT_ARGB_PRE} image of
     *     the view's size, drawn on the first call and kept for the next maps of the same view; null
     *     for any other view (the caller draws the layers itself)
     */
    synchronized BufferedImage image(ViewTransform vt, int widthPx, int heightPx, double pxPerPt, boolean interactive) {
        View wanted = new View(vt, widthPx, heightPx, pxPerPt, interactive);
        if (view == null) {
            view = wanted;
            image = draw(wanted);
        }
        return view.equals(wanted) ? image : null;
    }

    private BufferedImage draw(View v) {
        BufferedImage drawn = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = drawn.createGraphics();
        try {
            MapCanvas.hints(g);
            LayerPainter painter = new LayerPainter(v.vt(), v.pxPerPt(), v.interactive());
            for (MapLayer layer : layers) {
                painter.paint(g, layer, v.widthPx(), v.heightPx(), null);
            }
        } finally {
            g.dispose();
        }
        return drawn;
    }
}
