package org.catchment.render;

import java.awt.image.BufferedImage;
import org.locationtech.jts.geom.Envelope;

/**
 * A raster drawn under a map's layers, such as web map tiles: the renderer asks it for an image of
 * exactly the area a map frame shows, at the frame's size, and prints its credit with the page's
 * other credits. Implementations must be safe to call from the renderer's thread.
 */
public interface Basemap {

    /** How opaque the basemap is drawn: a little faded, so the analysis's layers stand out over it. */
    double OPACITY = 0.75;

    /**
     * @param window   the area to show, in the map's CRS; the image's exact extent (its pixels are square)
     * @param widthPx  image width, pixels
     * @param heightPx image height, pixels
     * @param dpi      the resolution the image is drawn for (96 on a screen)
     * @return the image, transparent where there is nothing to show, or null when there is nothing at all
     */
    BufferedImage image(Envelope window, int widthPx, int heightPx, double dpi);

    /** @return the credit line the provider of the basemap asks for */
    String credit();
}
