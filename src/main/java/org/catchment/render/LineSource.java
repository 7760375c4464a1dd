package org.catchment.render;

import org.locationtech.jts.geom.Envelope;

/**
 * Lines a {@link MapLayer} draws without holding them: handed to the renderer at draw time for the
 * window it draws, at the detail it needs ({@link MapLayer#streamed}). For a layer too large to keep
 * as geometries, such as a whole country's road links read back from their files for the maps of a
 * tiled run. Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface LineSource {

    /** Receives one line at a time; the array is the source's and may be reused after the call. */
    @FunctionalInterface
    interface Sink {
        /**
         * @param xy     x, y, x, y, ... in the map's metres
         * @param points how many points of {@code xy} the line has (at least 2)
         */
        void line(double[] xy, int points);
    }

    /**
     * Hands over every line whose envelope meets the window.
     *
     * @param window     the area drawn, in the map's metres
     * @param toleranceM a vertex this near the previous one kept (in x and in y) may be left out, as
     *                   the renderer leaves it out at this pixel size; the first and last are kept
     * @param sink       receives the lines
     */
    void lines(Envelope window, double toleranceM, Sink sink);
}
