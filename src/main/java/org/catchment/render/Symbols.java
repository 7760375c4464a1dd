package org.catchment.render;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.Shape;

/** The outline of each {@link Symbol}, centred on a point, its width the symbol size. */
final class Symbols {

    private Symbols() {
    }

    /**
     * @param sizePx the symbol's width (and height) in pixels; shapes are scaled so they look
     *               about as heavy as a circle of that diameter
     */
    static Shape shape(Symbol symbol, double cx, double cy, double sizePx) {
        double r = sizePx / 2;
        return switch (symbol) {
            case CIRCLE -> new Ellipse2D.Double(cx - r, cy - r, sizePx, sizePx);
            case SQUARE -> polygon(cx, cy, r * 0.9 * Math.sqrt(2), 4, 45);
            case TRIANGLE -> polygon(cx, cy + r * 0.2, r * 1.2, 3, 90);
            case DIAMOND -> polygon(cx, cy, r * 1.15, 4, 90);
            case HEXAGON -> polygon(cx, cy, r * 1.05, 6, 0);
            case STAR -> star(cx, cy, r * 1.25, r * 0.5);
            case CROSS -> cross(cx, cy, r * 1.05, r * 0.36);
        };
    }

    private static Path2D polygon(double cx, double cy, double radius, int sides, double firstDeg) {
        return ring(cx, cy, new double[] {radius}, sides, firstDeg);
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        return ring(cx, cy, new double[] {outer, inner}, 10, 90);
    }

    /** @return a closed path through {@code points} vertices evenly spaced in angle, radii taken in turn */
    private static Path2D ring(double cx, double cy, double[] radii, int points, double firstDeg) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < points; i++) {
            double a = Math.toRadians(firstDeg + 360.0 * i / points);
            double r = radii[i % radii.length];
            double x = cx + r * Math.cos(a);
            double y = cy - r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    private static Path2D cross(double cx, double cy, double arm, double half) {
        double[][] pts = {
            {-half, -arm}, {half, -arm}, {half, -half}, {arm, -half}, {arm, half}, {half, half},
            {half, arm}, {-half, arm}, {-half, half}, {-arm, half}, {-arm, -half}, {-half, -half},
        };
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx + pts[0][0], cy + pts[0][1]);
        for (int i = 1; i < pts.length; i++) {
            p.lineTo(cx + pts[i][0], cy + pts[i][1]);
        }
        p.closePath();
        return p;
    }
}
