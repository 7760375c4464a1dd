package org.catchment.ui.map.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A distance or an area measured on the map by clicking points, in the map's CRS (the analysis's
 * working CRS, in metres: a plane, as every length and area of the analysis is measured). A
 * distance is the length of the line through the points; an area is that of the polygon they
 * enclose (closed back to the first point), with its perimeter. A double-click finishes; the next
 * click starts a new measurement.
 */
public final class Measurement {

    /** What is measured. */
    public enum Kind {
        /** The length of a line. */
        DISTANCE,
        /** The area (and perimeter) of a polygon. */
        AREA
    }

    private static final GeometryFactory GF = new GeometryFactory();

    private final Kind kind;
    private final List<Coordinate> points = new ArrayList<>();
    private boolean finished;

    /** @param kind a distance or an area */
    public Measurement(Kind kind) {
        this.kind = kind;
    }

    /** @return a distance or an area */
    public Kind kind() {
        return kind;
    }

    /**
     * Adds a clicked point; after {@link #finish()} it starts a new measurement. A point within
     * {@code minStepM} of the last one (the second click of a double-click) is not added.
     *
     * @return true when the point was added
     */
    public boolean add(Coordinate point, double minStepM) {
        if (finished) {
            points.clear();
            finished = false;
        }
        if (!points.isEmpty() && points.get(points.size() - 1).distance(point) <= minStepM) {
            return false;
        }
        points.add(new Coordinate(point));
        return true;
    }

    /** Ends the measurement (a double-click); the result stays until the next click. */
    public void finish() {
        finished = true;
    }

    /** Forgets every point. */
    public void clear() {
        points.clear();
        finished = false;
    }

    /** @return true once finished */
    public boolean finished() {
        return finished;
    }

    /** @return the points clicked */
    public List<Coordinate> points() {
        return List.copyOf(points);
    }

    /** @return the length of the line through the points; for an area, the perimeter (closed), metres */
    public double lengthM() {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += points.get(i - 1).distance(points.get(i));
        }
        if (kind == Kind.AREA && points.size() > 2) {
            sum += points.get(points.size() - 1).distance(points.get(0));
        }
        return sum;
    }

    /** @return the area enclosed by the points (shoelace formula), square metres; 0 for fewer than three */
    public double areaM2() {
        if (points.size() < 3) {
            return 0;
        }
        double twice = 0;
        for (int i = 0; i < points.size(); i++) {
            Coordinate a = points.get(i);
            Coordinate b = points.get((i + 1) % points.size());
            twice += a.x * b.y - b.x * a.y;
        }
        return Math.abs(twice) / 2;
    }

    /** @return the shape to draw: a point, the line, or for an area the closed polygon; null for no point */
    public Geometry geometry() {
        if (points.isEmpty()) {
            return null;
        }
        if (points.size() == 1) {
            return GF.createPoint(points.get(0));
        }
        if (kind == Kind.AREA && points.size() > 2) {
            List<Coordinate> ring = new ArrayList<>(points);
            ring.add(points.get(0));
            return GF.createPolygon(ring.toArray(new Coordinate[0]));
        }
        return GF.createLineString(points.toArray(new Coordinate[0]));
    }

    /** @return the result in words for the status bar, and what to do next */
    public String text() {
        String next = finished ? " Click to start again." : " Double-click to finish.";
        if (kind == Kind.DISTANCE) {
            return points.size() < 2 ? "Measure distance: click the points of the line." : "Distance "
                    + distance(lengthM()) + " (" + (points.size() - 1) + (points.size() == 2 ? " segment" : " segments")
                    + ")." + next;
        }
        return points.size() < 3 ? "Measure area: click the corners of the area." : "Area " + area(areaM2())
                + ", perimeter " + distance(lengthM()) + "." + next;
    }

    /** @return a distance in words: "850 m", "1.24 km" (under 10 km), "12.4 km" */
    public static String distance(double m) {
        if (m < 1000) {
            return String.format(Locale.UK, "%,.0f m", m);
        }
        return String.format(Locale.UK, m < 10_000 ? "%,.2f km" : "%,.1f km", m / 1000);
    }

    /** @return an area in words: "950 m²", "1.25 ha" (1 to 100 ha), "2.30 km²" */
    public static String area(double m2) {
        if (m2 < 10_000) {
            return String.format(Locale.UK, "%,.0f m\u00b2", m2);
        }
        if (m2 < 1_000_000) {
            return String.format(Locale.UK, "%,.2f ha (%,.0f m\u00b2)", m2 / 10_000, m2);
        }
        return String.format(Locale.UK, "%,.2f km\u00b2 (%,.0f ha)", m2 / 1_000_000, m2 / 10_000);
    }
}
