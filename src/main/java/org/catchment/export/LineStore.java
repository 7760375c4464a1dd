package org.catchment.export;

import java.util.Arrays;
import org.catchment.render.LineSource;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;

/**
 * Lines kept for drawing only, compactly: each line's vertices as floats from an origin (8 bytes a
 * vertex, about 20 bytes for a road link drawn at a country's scale, against a few hundred for its
 * geometry), simplified as they are added: a vertex nearer than the tolerance (in x and in y) to the
 * last one kept is left out, the first and last always kept, as the renderer does at the pixel size.
 * Filled by one thread, then read by any.
 */
final class LineStore {

    private final double originX;
    private final double originY;
    private final double toleranceM;
    private float[] xy = new float[1024];
    private int[] starts = new int[65];
    private int lines;
    private int size;

    /**
     * @param origin     the point the coordinates are kept from (within the lines' area, so floats
     *                   keep them to a few centimetres over hundreds of kilometres)
     * @param toleranceM vertices this near the last one kept are left out, metres
     */
    LineStore(Envelope origin, double toleranceM) {
        this.originX = origin.getMinX();
        this.originY = origin.getMinY();
        this.toleranceM = toleranceM;
    }

    /** @return the number of lines kept */
    int size() {
        return lines;
    }

    /** Adds a line (a single line of at least 2 points; others are passed over). */
    void add(LineString line) {
        CoordinateSequence cs = line.getCoordinateSequence();
        int n = cs.size();
        if (n < 2) {
            return;
        }
        if (lines + 2 > starts.length) {
            starts = Arrays.copyOf(starts, 2 * starts.length);
        }
        starts[lines] = size;
        double lastX = cs.getX(0);
        double lastY = cs.getY(0);
        put(lastX, lastY);
        for (int i = 1; i < n; i++) {
            double x = cs.getX(i);
            double y = cs.getY(i);
            if (i < n - 1 && Math.abs(x - lastX) < toleranceM && Math.abs(y - lastY) < toleranceM) {
                continue;
            }
            put(x, y);
            lastX = x;
            lastY = y;
        }
        lines++;
        starts[lines] = size;
    }

    private void put(double x, double y) {
        if (size + 2 > xy.length) {
            xy = Arrays.copyOf(xy, 2 * xy.length);
        }
        xy[size++] = (float) (x - originX);
        xy[size++] = (float) (y - originY);
    }

    /** Hands every line whose envelope meets the window to the sink, in the order added. */
    void forEach(Envelope window, LineSource.Sink sink) {
        double[] buffer = new double[64];
        double minX = window.getMinX() - originX;
        double maxX = window.getMaxX() - originX;
        double minY = window.getMinY() - originY;
        double maxY = window.getMaxY() - originY;
        for (int l = 0; l < lines; l++) {
            int from = starts[l];
            int to = starts[l + 1];
            float x0 = Float.POSITIVE_INFINITY;
            float x1 = Float.NEGATIVE_INFINITY;
            float y0 = Float.POSITIVE_INFINITY;
            float y1 = Float.NEGATIVE_INFINITY;
            for (int i = from; i < to; i += 2) {
                x0 = Math.min(x0, xy[i]);
                x1 = Math.max(x1, xy[i]);
                y0 = Math.min(y0, xy[i + 1]);
                y1 = Math.max(y1, xy[i + 1]);
            }
            if (x1 < minX || x0 > maxX || y1 < minY || y0 > maxY) {
                continue;
            }
            if (buffer.length < to - from) {
                buffer = new double[2 * (to - from)];
            }
            for (int i = from; i < to; i += 2) {
                buffer[i - from] = xy[i] + originX;
                buffer[i - from + 1] = xy[i + 1] + originY;
            }
            sink.line(buffer, (to - from) / 2);
        }
    }
}
