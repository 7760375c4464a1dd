package org.catchment.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.catchment.layer.GeometryKind;

/**
 * Layers that several pages draw alike between their own layers (the road network, the wards),
 * drawn once and copied onto each page. An analysis's maps show the same extent at the same
 * resolution, and the 200,000 antialiased links of a large network cost about a second a page at
 * 300 dpi, so the layers are drawn once into a transparent image and every planned page lays the
 * image where the layers would have been drawn ({@link MapCanvas}); labels are still collected per
 * page, so they are placed with the page's other labels on top.
 *
 * <p>The pages are planned first ({@link #plan}): the first page's map frame sets the pixel grid,
 * and every page whose frame has the same scale and lies on that grid shifted by whole pixels (its
 * legend column may be wider or narrower) shares one image covering all their frames. The image is
 * always drawn for the first page's view, whichever page asks first, so the pages come out the
 * same whatever the order they are drawn in. A page that is not planned or not on the grid (an
 * atlas page, another size or resolution) draws the layers itself.
 *
 * <p>The copy is drawn with the layers' own styles and opacities into a premultiplied image and
 * composited onto the page: it differs from drawing the layers straight onto the page by rounding
 * only (at most a level or two of 255 in a colour channel where an antialiased edge lies over
 * another layer). Safe to share between threads: the first page to need the image draws it, the
 * others wait for it.
 */
public final class SharedLayers {

    /** Offsets within this much of whole pixels count as whole. */
    private static final double WHOLE_PX = 1e-6;

    /** A page's map frame: its view and size. */
    private record Frame(ViewTransform vt, int widthPx, int heightPx, double pxPerPt) {
    }

    private final List<MapLayer> layers;
    /** The first planned frame: its view draws the image. */
    private Frame anchor;
    /** The frames planned on the anchor's grid. */
    private final List<Frame> planned = new ArrayList<>();
    /** The image's top-left corner in the anchor's pixels. */
    private int left;
    private int top;
    private int width;
    private int height;
    private BufferedImage image;
    private int served;

    /** @param layers the layers, bottom to top */
    public SharedLayers(List<MapLayer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** @return the layers, bottom to top */
    public List<MapLayer> layers() {
        return layers;
    }

    /**
     * @return true when a layer of the group draws point symbols: a page whose symbols are drawn
     *     smaller ({@link SymbolScale}) draws the group itself, as the shared image has them at full size
     */
    boolean hasPoints() {
        return layers.stream().anyMatch(l -> l.geometryKind() == GeometryKind.POINT);
    }

    /**
     * Plans the pages that will draw these layers, before any of them is drawn; the pages not
     * planned draw the layers themselves. Only the first plan counts (the image is drawn for it).
     *
     * @param pages    the pages' documents (holding these layers), the first setting the pixel grid
     * @param widthPx  page width, pixels
     * @param heightPx page height, pixels
     * @param dpi      resolution
     * @param options  where the legend, scale bar and north arrow go
     */
    public synchronized void plan(List<MapDocument> pages, int widthPx, int heightPx, int dpi, PageOptions options) {
        if (anchor != null) {
            return;
        }
        for (MapDocument page : pages) {
            PageLayout layout = MapRenderer.layout(page, widthPx, heightPx, dpi, options);
            Frame frame = new Frame(layout.view(), layout.map().width, layout.map().height, layout.pxPerPt());
            if (anchor == null) {
                anchor = frame;
                width = frame.widthPx();
                height = frame.heightPx();
                planned.add(frame);
                continue;
            }
            int[] shift = shift(frame);
            if (shift != null) {
                planned.add(frame);
                int right = Math.max(left + width, shift[0] + frame.widthPx());
                int bottom = Math.max(top + height, shift[1] + frame.heightPx());
                left = Math.min(left, shift[0]);
                top = Math.min(top, shift[1]);
                width = right - left;
                height = bottom - top;
            }
        }
    }

    /**
     * Lays the shared image onto a page's map frame whose top-left corner is the graphics origin.
     *
     * @return false when this frame was not planned on the grid (the caller draws the layers)
     */
    boolean paint(Graphics2D g, ViewTransform vt, int widthPx, int heightPx, double pxPerPt, boolean interactive) {
        Frame frame = new Frame(vt, widthPx, heightPx, pxPerPt);
        BufferedImage drawn;
        synchronized (this) {
            if (interactive || !planned.contains(frame)) {
                return false;
            }
            if (image == null) {
                image = draw();
            }
            drawn = image;
            served++;
        }
        int[] shift = shift(frame);
        g.drawImage(drawn, left - shift[0], top - shift[1], null);
        return true;
    }

    /** @return how many pages the shared image has been laid on */
    synchronized int served() {
        return served;
    }

    /**
     * @return where a frame's top-left pixel lies in the anchor's pixels, or null when the frame
     *     has another scale or resolution or lies between the anchor's pixels
     */
    private int[] shift(Frame frame) {
        if (frame.vt().pxPerM() != anchor.vt().pxPerM() || frame.pxPerPt() != anchor.pxPerPt()) {
            return null;
        }
        double dx = (frame.vt().originX() - anchor.vt().originX()) * anchor.vt().pxPerM();
        double dy = (anchor.vt().originY() - frame.vt().originY()) * anchor.vt().pxPerM();
        if (Math.abs(dx - Math.rint(dx)) > WHOLE_PX || Math.abs(dy - Math.rint(dy)) > WHOLE_PX) {
            return null;
        }
        return new int[] {(int) Math.rint(dx), (int) Math.rint(dy)};
    }

    /** @return the layers drawn on the anchor's pixel grid over every planned frame, on a transparent background */
    private BufferedImage draw() {
        BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = drawn.createGraphics();
        try {
            MapCanvas.hints(g);
            ViewTransform vt = anchor.vt();
            ViewTransform cover = new ViewTransform(vt.pxPerM(), vt.originX() + left / vt.pxPerM(),
                    vt.originY() - top / vt.pxPerM());
            LayerPainter painter = new LayerPainter(cover, anchor.pxPerPt(), false);
            for (MapLayer layer : layers) {
                painter.paint(g, layer, width, height, null);
            }
        } finally {
            g.dispose();
        }
        return drawn;
    }
}
