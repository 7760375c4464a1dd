package org.catchment.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Helpers for the pixel-reading tests: WKT geometries, one-layer documents, pixel colours. */
final class Pixels {

    static final int WHITE = 0xffffff;
    static final GeometryFactory GF = new GeometryFactory();

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Pixels() {
    }

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader(GF).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    static Geometry point(double x, double y) {
        return GF.createPoint(new Coordinate(x, y));
    }

    static MapDocument doc(Envelope extent, MapLayer... layers) {
        return MapDocument.builder("test").extent(extent).layers(List.of(layers)).build();
    }

    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    static int rgb(Color c) {
        return c.getRGB() & 0xffffff;
    }

    /** @return the number of pixels in the rectangle [x0, x1) x [y0, y1) that are not {@code rgb} */
    static int countNot(BufferedImage image, int rgb, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (rgb(image, x, y) != rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /** @return the length of the longest horizontal run of pixels of colour {@code rgb} */
    static int longestRun(BufferedImage image, int rgb, int x0, int y0, int x1, int y1) {
        int best = 0;
        for (int y = y0; y < y1; y++) {
            int run = 0;
            for (int x = x0; x < x1; x++) {
                run = rgb(image, x, y) == rgb ? run + 1 : 0;
                best = Math.max(best, run);
            }
        }
        return best;
    }
}
