package org.catchment.render;

import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;

/**
 * Renders the Millbrook sample map for looking at by eye: an A4 page at 300 dpi, a 1200 x 800
 * page at 96 dpi and a zoomed 1200 x 800 view, as PNGs into the folder given as the argument.
 * Run: {@code mvn -q test-compile exec:java} is not configured, so use
 * {@code java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat cp.txt) org.catchment.render.RenderExample out}.
 */
public final class RenderExample {

    private RenderExample() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : "target/render-example");
        MapDocument doc = Millbrook.document();
        PngWriter.write(MapRenderer.renderPage(doc, MapRenderer.A4_300DPI_WIDTH_PX, MapRenderer.A4_300DPI_HEIGHT_PX, 300),
                out.resolve("millbrook-a4-300dpi.png"), 300);
        PngWriter.write(MapRenderer.renderPage(doc, 1200, 800, 96), out.resolve("millbrook-1200x800-96dpi.png"), 96);
        Envelope zoom = new Envelope(Millbrook.E0 + 1_500, Millbrook.E0 + 3_000, Millbrook.N0 + 2_000, Millbrook.N0 + 3_000);
        PngWriter.write(MapRenderer.renderView(doc, zoom, 1200, 800, 96), out.resolve("millbrook-view-zoom.png"), 96);
    }
}
