package org.catchment.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;

/**
 * Renders the Millbrook sample map for looking at by eye: an A4 page at 300 dpi, a 1200 x 800
 * page at 96 dpi, a zoomed 1200 x 800 view, and the A4 page scaled to 1200 px wide
 * ({@code render-example.png}), as PNGs into the folder given as the argument. The command is in
 * docs/benchmarks.md#how-to-run.
 */
public final class RenderExample {

    private RenderExample() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : "target/render-example");
        MapDocument doc = Millbrook.document();
        BufferedImage a4 = MapRenderer.renderPage(doc, MapRenderer.A4_300DPI_WIDTH_PX, MapRenderer.A4_300DPI_HEIGHT_PX, 300);
        PngWriter.write(a4, out.resolve("millbrook-a4-300dpi.png"), 300);
        PngWriter.write(scaled(a4, 1200), out.resolve("render-example.png"), 120);
        PngWriter.write(MapRenderer.renderPage(doc, 1200, 800, 96), out.resolve("millbrook-1200x800-96dpi.png"), 96);
        Envelope zoom = new Envelope(Millbrook.E0 + 1_500, Millbrook.E0 + 3_000, Millbrook.N0 + 2_000, Millbrook.N0 + 3_000);
        PngWriter.write(MapRenderer.renderView(doc, zoom, 1200, 800, 96), out.resolve("millbrook-view-zoom.png"), 96);
    }

    /** Scales down by repeated halving with bilinear filtering, then to the exact width, for a clean thumbnail. */
    static BufferedImage scaled(BufferedImage image, int widthPx) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= widthPx) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return resize(current, widthPx, (int) Math.round((double) current.getHeight() * widthPx / current.getWidth()));
    }

    private static BufferedImage resize(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
