package org.catchment.servicearea;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.catchment.layer.PolygonizedFaces;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Finds the street blocks that a buffer of the reached lines fills completely, so that the lines
 * inside them need not be buffered at all.
 *
 * <p>The reached lines are polygonized into faces (blocks). A face F whose whole boundary is
 * reached and whose every point lies within the buffer distance d of that boundary is inside the
 * buffer. For the union U of such faces, buffer(L, d) = U ∪ buffer(L', d), where L' are the
 * lines not inside U: a point within d of a line inside U is either in U or within d of U's
 * boundary, which is made of lines in L'. Only L' then goes to the (expensive) buffer, which on a
 * dense street grid is a fraction of L: the lines along the edge of the reached area and those
 * leading out of it.
 *
 * <p>A face is taken as filled when its envelope is narrower than 2 d' in one direction, or when
 * its inward buffer by d' is empty, with d' = d cos(π / 4q) for q segments per quarter circle:
 * JTS draws round joins as chords inside the true circle, at least d' from its centre, so a face
 * within d' of its boundary is inside JTS's polygon too, and the result is the same point set.
 * Lines that cross or touch other lines anywhere but at their ends (a bridge over a road, a
 * footpath crossing without a node) are left out of the faces and buffered as they are, so the
 * faces form a true coverage and are dissolved without noding ({@link CoverageUnion}).
 */
final class CoveredFaces {

    /** Lines whose midpoint is nearer than this to U's boundary are on it, not inside (metres). */
    private static final double ON_BOUNDARY_M = 1e-6;

    /** From this many lines on, the faces are found in two halves at once (see {@link #split}). */
    static final int TWO_PARTS_FROM_LINES = 5_000;

    /**
     * @param filled   the parts of U, the union of the filled faces (empty when none); they may touch
     *                 and, rarely, overlap
     * @param toBuffer the lines not inside U
     */
    record Split(List<Geometry> filled, List<LineString> toBuffer) {

        /** @return the area of U's parts added up, m² */
        double filledAreaM2() {
            return filled.stream().mapToDouble(Geometry::getArea).sum();
        }
    }

    /** The filled faces of one part of the lines, and how to tell a point inside them. */
    private record Part(Geometry union, IndexedPointInAreaLocator inside, IndexedFacetDistance boundary) {

        boolean holdsInside(Coordinate p, GeometryFactory factory) {
            return inside.locate(p) == Location.INTERIOR && !boundary.isWithinDistance(factory.createPoint(p), ON_BOUNDARY_M);
        }
    }

    private CoveredFaces() {
    }

    /**
     * As {@link #split(List, double, int, GeometryFactory, int)}, in two parts from
     * {@value #TWO_PARTS_FROM_LINES} lines on (the faces of the two halves are found at once on two
     * cores), else in one.
     */
    static Split split(List<LineString> lines, double distanceM, int quadrantSegments, GeometryFactory factory) {
        return split(lines, distanceM, quadrantSegments, factory, lines.size() >= TWO_PARTS_FROM_LINES ? 2 : 1);
    }

    /**
     * @param parts the lines (less those crossing others) are cut into this many runs by the x of
     *              their envelope's centre, and each run is polygonized on its own, in parallel. A
     *              face needing lines of two runs is not found, so its lines are buffered: the
     *              result is the same, only less is saved. The runs do not depend on the number of
     *              threads, so neither does the result.
     */
    static Split split(List<LineString> lines, double distanceM, int quadrantSegments, GeometryFactory factory,
                       int parts) {
        boolean[] crossing = crossings(lines);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!crossing[i]) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> lines.get(i).getEnvelopeInternal().centre().x)
                .thenComparingInt(i -> i));
        double inner = distanceM * Math.cos(Math.PI / (4 * quadrantSegments));
        List<Part> found = IntStream.range(0, parts).parallel().mapToObj(k -> {
            List<Integer> run = order.subList(order.size() * k / parts, order.size() * (k + 1) / parts);
            return part(run.stream().map(lines::get).toList(), inner, quadrantSegments, factory);
        }).filter(Objects::nonNull).toList();
        if (found.isEmpty()) {
            return new Split(List.of(), lines);
        }
        List<LineString> rest = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineString line = lines.get(i);
            Coordinate a = line.getCoordinateN(0);
            Coordinate b = line.getCoordinateN(1);
            Coordinate mid = new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
            boolean interior = !crossing[i] && found.stream().anyMatch(p -> p.holdsInside(mid, factory));
            if (!interior) {
                rest.add(line);
            }
        }
        return new Split(found.stream().map(Part::union).toList(), rest);
    }

    /** @return the union of the filled faces of these lines with its locators, or null when none is filled */
    private static Part part(List<LineString> lines, double inner, int quadrantSegments, GeometryFactory factory) {
        Polygonizer polygonizer = new Polygonizer();
        lines.forEach(polygonizer::add);
        List<Polygon> filled = new ArrayList<>();
        for (Polygon face : PolygonizedFaces.of(polygonizer)) {
            Envelope e = face.getEnvelopeInternal();
            if (Math.min(e.getWidth(), e.getHeight()) < 2 * inner
                    || face.buffer(-inner * Math.cos(Math.PI / (4 * quadrantSegments)), quadrantSegments).isEmpty()) {
                filled.add(face);
            }
        }
        if (filled.isEmpty()) {
            return null;
        }
        Geometry union = validPolygons(CoverageUnion.union(factory.buildGeometry(filled)), factory);
        return new Part(union, new IndexedPointInAreaLocator(union), new IndexedFacetDistance(union.getBoundary()));
    }

    /**
     * The coverage union of faces that meet at a single point can hold a ring that touches itself
     * there, which JTS counts as invalid. Each such polygon is fixed alone ({@link GeometryFixer}):
     * the polygons of a coverage union share no edge, so fixing them one by one gives the same point
     * set as fixing the whole, without the fixer's union of all of them.
     */
    private static Geometry validPolygons(Geometry union, GeometryFactory factory) {
        List<Polygon> polygons = new ArrayList<>(union.getNumGeometries());
        boolean fixed = false;
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Geometry polygon = union.getGeometryN(i);
            if (polygon.isValid()) {
                polygons.add((Polygon) polygon);
            } else {
                PolygonExtracter.getPolygons(GeometryFixer.fix(polygon), polygons);
                fixed = true;
            }
        }
        return fixed ? factory.buildGeometry(polygons) : union;
    }

    /** @return for each line, whether it meets another line (or itself) anywhere but at line ends */
    private static boolean[] crossings(List<LineString> lines) {
        List<SegmentString> strings = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            strings.add(new BasicSegmentString(lines.get(i).getCoordinates(), i));
        }
        boolean[] crossing = new boolean[lines.size()];
        LineIntersector li = new RobustLineIntersector();
        new MCIndexNoder(new SegmentIntersector() {
            @Override
            public void processIntersections(SegmentString s0, int i0, SegmentString s1, int i1) {
                if (s0 == s1 && Math.abs(i0 - i1) == 1) {
                    return;
                }
                Coordinate[] p = s0.getCoordinates();
                Coordinate[] q = s1.getCoordinates();
                li.computeIntersection(p[i0], p[i0 + 1], q[i1], q[i1 + 1]);
                if (!li.hasIntersection()) {
                    return;
                }
                if (li.getIntersectionNum() == 1 && isEnd(s0, li.getIntersection(0)) && isEnd(s1, li.getIntersection(0))
                        && (s0 != s1 || isClosingPair(s0, i0, i1))) {
                    return;
                }
                crossing[(Integer) s0.getData()] = true;
                crossing[(Integer) s1.getData()] = true;
            }

            @Override
            public boolean isDone() {
                return false;
            }
        }).computeNodes(strings);
        return crossing;
    }

    private static boolean isEnd(SegmentString s, Coordinate p) {
        return p.equals2D(s.getCoordinate(0)) || p.equals2D(s.getCoordinate(s.size() - 1));
    }

    /** @return true for the first and last segments of a closed line, which meet at its ends */
    private static boolean isClosingPair(SegmentString s, int i0, int i1) {
        int last = s.size() - 2;
        return (i0 == 0 && i1 == last) || (i1 == 0 && i0 == last);
    }
}
