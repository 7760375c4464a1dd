package org.catchment.sample;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/** Geometry helpers for the sample town: straight and curved roads, circles. Coordinates are absolute EPSG:27700. */
final class Shapes {

    private Shapes() {
    }

    /** @return points from a to b, no more than {@code spacing} apart, both ends included */
    static List<Coordinate> straight(Coordinate a, Coordinate b, double spacing) {
        int n = Math.max(1, (int) Math.ceil(a.distance(b) / spacing));
        List<Coordinate> out = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            out.add(round(new Coordinate(a.x + (b.x - a.x) * i / n, a.y + (b.y - a.y) * i / n)));
        }
        return out;
    }

    /** @return a Catmull-Rom spline through the control points, sampled about {@code spacing} apart */
    static List<Coordinate> curve(List<Coordinate> controls, double spacing) {
        List<Coordinate> out = new ArrayList<>();
        out.add(round(controls.get(0)));
        for (int i = 0; i < controls.size() - 1; i++) {
            Coordinate p0 = controls.get(Math.max(0, i - 1));
            Coordinate p1 = controls.get(i);
            Coordinate p2 = controls.get(i + 1);
            Coordinate p3 = controls.get(Math.min(controls.size() - 1, i + 2));
            int n = Math.max(1, (int) Math.ceil(p1.distance(p2) / spacing));
            for (int k = 1; k <= n; k++) {
                double t = (double) k / n;
                double t2 = t * t;
                double t3 = t2 * t;
                double x = 0.5 * (2 * p1.x + (-p0.x + p2.x) * t + (2 * p0.x - 5 * p1.x + 4 * p2.x - p3.x) * t2
                        + (-p0.x + 3 * p1.x - 3 * p2.x + p3.x) * t3);
                double y = 0.5 * (2 * p1.y + (-p0.y + p2.y) * t + (2 * p0.y - 5 * p1.y + 4 * p2.y - p3.y) * t2
                        + (-p0.y + 3 * p1.y - 3 * p2.y + p3.y) * t3);
                out.add(k == n ? round(p2) : round(new Coordinate(x, y)));
            }
        }
        return out;
    }

    /** @return a closed circle of {@code n} segments starting at angle {@code startDeg} (0 = east), anticlockwise */
    static List<Coordinate> circle(Coordinate centre, double radius, int n, double startDeg) {
        List<Coordinate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(startDeg + 360.0 * i / n);
            out.add(round(new Coordinate(centre.x + radius * Math.cos(a), centre.y + radius * Math.sin(a))));
        }
        out.add(out.get(0));
        return out;
    }

    /** @return the point {@code distance} from p in direction {@code headingDeg} (0 = east, 90 = north) */
    static Coordinate step(Coordinate p, double headingDeg, double distance) {
        double a = Math.toRadians(headingDeg);
        return new Coordinate(p.x + distance * Math.cos(a), p.y + distance * Math.sin(a));
    }

    /** @return the coordinate rounded to the centimetre, as OS data is */
    static Coordinate round(Coordinate c) {
        return new Coordinate(Math.round(c.x * 100) / 100.0, Math.round(c.y * 100) / 100.0);
    }

    /** @return the heading in degrees from a to b */
    static double heading(Coordinate a, Coordinate b) {
        return Math.toDegrees(Math.atan2(b.y - a.y, b.x - a.x));
    }
}
