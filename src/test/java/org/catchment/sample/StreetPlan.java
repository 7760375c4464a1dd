package org.catchment.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineSegment;

/**
 * The sample town's roads as polylines with OS Open Roads attributes, turned into RoadLinks and
 * RoadNodes the way OS publishes them: a link runs between two junctions (or a junction and a road
 * end), nodes carry GUID identifiers, and roads that merely cross (bridges) share no node.
 *
 * <p>Two roads join only where they share a vertex exactly; {@link #attach} inserts that vertex
 * into the road being joined.
 */
final class StreetPlan {

    /** OS Open Roads attributes of one road. */
    record Kind(String roadClass, String function, String formOfWay, String roadNumber, boolean primary,
                boolean trunk) {
        static final Kind LOCAL = new Kind("Unclassified", "Local Road", "Single Carriageway", null, false, false);
        static final Kind MINOR = new Kind("Not Classified", "Minor Road", "Single Carriageway", null, false, false);
        static final Kind RESTRICTED = new Kind("Not Classified", "Restricted Local Access Road", "Single Carriageway",
                null, false, false);

        static Kind aRoad(String number, String formOfWay, boolean primary) {
            return new Kind("A Road", "A Road", formOfWay, number, primary, false);
        }

        static Kind bRoad(String number) {
            return new Kind("B Road", "B Road", "Single Carriageway", number, false, false);
        }

        static Kind motorway(String number, String formOfWay) {
            return new Kind("Motorway", "Motorway", formOfWay, number, true, true);
        }
    }

    /** A polyline being planned. */
    static final class Road {
        final String name;
        final Kind kind;
        final List<Coordinate> points;

        Road(String name, Kind kind, List<Coordinate> points) {
            this.name = name;
            this.kind = kind;
            this.points = new ArrayList<>(points);
        }
    }

    /** A finished link. */
    record Link(String identifier, String startNode, String endNode, Coordinate[] points, Road road, boolean loop) {
        double length() {
            double len = 0;
            for (int i = 1; i < points.length; i++) {
                len += points[i].distance(points[i - 1]);
            }
            return len;
        }
    }

    /** A finished node. */
    record Node(String identifier, Coordinate point, String formOfNode) {
    }

    private final List<Road> roads = new ArrayList<>();
    private final Random ids;

    StreetPlan(long seed) {
        this.ids = new Random(seed);
    }

    Road add(String name, Kind kind, List<Coordinate> points) {
        Road r = new Road(name, kind, points);
        roads.add(r);
        return r;
    }

    List<Road> roads() {
        return roads;
    }

    /**
     * Makes {@code p} (or the nearest point of {@code road} to it) a vertex of the road, so that
     * another road starting there joins it.
     *
     * @return the exact junction point
     */
    static Coordinate attach(Road road, Coordinate p) {
        int best = -1;
        Coordinate bestPoint = null;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < road.points.size() - 1; i++) {
            LineSegment seg = new LineSegment(road.points.get(i), road.points.get(i + 1));
            Coordinate c = seg.closestPoint(p);
            double d = c.distance(p);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
                bestPoint = c;
            }
        }
        for (int i = best; i <= best + 1; i++) {
            if (road.points.get(i).distance(bestPoint) < 3) {
                return road.points.get(i);
            }
        }
        Coordinate exact = new Coordinate(Math.round(bestPoint.x * 100) / 100.0, Math.round(bestPoint.y * 100) / 100.0);
        road.points.add(best + 1, exact);
        return exact;
    }

    /** Splits every road at its ends and at every vertex it shares with another road. */
    Result build() {
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Road r : roads) {
            for (int i = 0; i < r.points.size(); i++) {
                int weight = (i == 0 || i == r.points.size() - 1) ? 2 : 1;
                uses.merge(key(r.points.get(i)), weight, Integer::sum);
            }
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Integer> degree = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (Road r : roads) {
            int from = 0;
            for (int i = 1; i < r.points.size(); i++) {
                boolean end = i == r.points.size() - 1;
                if (end || uses.get(key(r.points.get(i))) > 1) {
                    Coordinate[] pts = r.points.subList(from, i + 1).toArray(new Coordinate[0]);
                    Node a = node(nodes, pts[0]);
                    Node b = node(nodes, pts[pts.length - 1]);
                    degree.merge(a.identifier(), 1, Integer::sum);
                    degree.merge(b.identifier(), 1, Integer::sum);
                    links.add(new Link(guid(), a.identifier(), b.identifier(), pts, r,
                            a.identifier().equals(b.identifier())));
                    from = i;
                }
            }
        }
        List<Node> finished = new ArrayList<>();
        for (Node n : nodes.values()) {
            int d = degree.getOrDefault(n.identifier(), 0);
            String form = d == 1 ? "road end" : d == 2 ? "pseudo node" : "junction";
            finished.add(new Node(n.identifier(), n.point(), form));
        }
        return new Result(links, finished);
    }

    record Result(List<Link> links, List<Node> nodes) {
    }

    private Node node(Map<String, Node> nodes, Coordinate c) {
        return nodes.computeIfAbsent(key(c), k -> new Node(guid(), c, null));
    }

    String guid() {
        long a = ids.nextLong();
        long b = ids.nextLong();
        String hex = String.format(Locale.ROOT, "%016X%016X", a, b);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-"
                + "89AB".charAt((int) ((b >>> 60) & 3)) + hex.substring(17, 20) + "-" + hex.substring(20, 32);
    }

    static String key(Coordinate c) {
        return String.format(Locale.ROOT, "%.2f,%.2f", c.x, c.y);
    }
}
