package org.catchment.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.InputException;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Merges a footpath (public rights of way) layer into a road network draft.
 *
 * <p>Rules, in order:
 * <ol>
 * <li>Footpaths join each other where they share a vertex (the same coordinates to the
 *     millimetre), at their ends or inside them.</li>
 * <li>Every footpath end within the tolerance (default {@value #DEFAULT_TOLERANCE_M} m) of a road
 *     link joins the nearest point of that link: at the link's end node when that point is within
 *     {@value #NODE_SNAP_M} m of it, otherwise by splitting the link there. The gap is bridged by a
 *     short connector walked like the footpath (none when the end lies on the road).</li>
 * <li>A footpath vertex that is also a road vertex joins the road there.</li>
 * <li>Lines that merely cross, without a shared vertex, stay apart (bridges, underpasses), unless
 *     {@link Options#nodeCrossings()} asks for a junction at every crossing.</li>
 * </ol>
 * Footpaths whose connected group touches no road are listed as isolated.
 */
public final class FootpathMerger {

    /** Default distance within which a footpath end joins a road, metres. */
    public static final double DEFAULT_TOLERANCE_M = 10;
    /** A join point this close to a road link's end uses that end node instead of splitting, metres. */
    public static final double NODE_SNAP_M = 1;

    private static final double SAME_POINT_M = 0.001;

    /**
     * @param toleranceM    distance within which a footpath end joins a road, metres
     * @param nodeCrossings true to join lines wherever they cross
     */
    public record Options(double toleranceM, boolean nodeCrossings) {
        public Options {
            if (!(toleranceM >= 0)) {
                throw new IllegalArgumentException("footpath tolerance must be zero or more: " + toleranceM);
            }
        }

        /** @return 10 m, no noding at crossings */
        public static Options defaults() {
            return new Options(DEFAULT_TOLERANCE_M, false);
        }
    }

    /**
     * What the merge did.
     *
     * @param footpaths      footpath lines read (parts of multi-lines count separately)
     * @param connected      footpaths whose group reaches a road
     * @param endsJoined     footpath ends joined to a road
     * @param roadSplits     road links split to make a join
     * @param crossingsNoded crossings turned into junctions (only with noding at crossings)
     * @param isolated       names of footpaths whose group reaches no road
     */
    public record Report(int footpaths, int connected, int endsJoined, int roadSplits, int crossingsNoded,
                         List<String> isolated) {

        /** @return the report in words, as the run prints it (not the record's field dump) */
        public String describe() {
            String text = String.format(java.util.Locale.ROOT, "%,d footpaths, %,d joined to the roads (%,d ends joined,"
                    + " %,d road links split, %,d crossings noded)", footpaths, connected, endsJoined, roadSplits,
                    crossingsNoded);
            if (isolated.isEmpty()) {
                return text;
            }
            return text + "; " + isolated.size() + " reach no road and are left out: "
                    + String.join(", ", isolated.subList(0, Math.min(5, isolated.size())))
                    + (isolated.size() > 5 ? ", ..." : "");
        }
    }

    private final NetworkDraft draft;
    private final Options options;

    FootpathMerger(NetworkDraft draft, Options options) {
        this.draft = draft;
        this.options = options;
    }

    private static final class Part {
        final String name;
        List<Coordinate> points;

        Part(String name, List<Coordinate> points) {
            this.name = name;
            this.points = points;
        }
    }

    /** A planned split of a road link. */
    private record Cut(int link, int segment, Coordinate point, double alongM, String nodeId) {
    }

    Report merge(List<Layer> layers) {
        int roadLinkCount = draft.linkCount();
        List<Part> parts = read(layers);
        STRtree roads = roadIndex(roadLinkCount);
        List<Cut> cuts = new ArrayList<>();
        Map<String, String> alias = new HashMap<>();
        int crossings = options.nodeCrossings() ? nodeCrossings(parts, roads, cuts, alias) : 0;

        Map<String, Integer> vertexUse = new HashMap<>();
        for (Part p : parts) {
            for (int i = 0; i < p.points.size(); i++) {
                vertexUse.merge(key(p.points.get(i)), 1, Integer::sum);
            }
        }
        Map<String, int[]> roadVertices = roadVertices(roadLinkCount);
        List<double[]> connectors = new ArrayList<>();
        List<String> connectorNames = new ArrayList<>();
        int endsJoined = 0;
        Map<String, Boolean> endSeen = new HashMap<>();
        for (Part p : parts) {
            for (int end : new int[] {0, p.points.size() - 1}) {
                Coordinate c = p.points.get(end);
                String k = key(c);
                if (endSeen.put(k, Boolean.TRUE) != null) {
                    continue;
                }
                Join join = nearestRoad(c, roads);
                if (join == null) {
                    continue;
                }
                endsJoined++;
                String target = target(join, cuts);
                if (join.distanceM <= SAME_POINT_M) {
                    alias.put(nodeId(k), target);
                } else {
                    connectors.add(new double[] {c.x, c.y, join.point.x, join.point.y});
                    connectorNames.add(nodeId(k) + "|" + target);
                }
            }
            for (int i = 1; i < p.points.size() - 1; i++) {
                int[] rv = roadVertices.get(key(p.points.get(i)));
                if (rv != null && !alias.containsKey(nodeId(key(p.points.get(i))))) {
                    vertexUse.merge(key(p.points.get(i)), 1, Integer::sum);
                    Join join = new Join(rv[0], Math.max(0, rv[1] - 1), p.points.get(i), 0,
                            alongTo(rv[0], rv[1]));
                    alias.put(nodeId(key(p.points.get(i))), target(join, cuts));
                }
            }
        }
        int splits = applyCuts(cuts);

        int footpathLinkStart = draft.linkCount();
        int pieceNo = 0;
        for (Part p : parts) {
            int from = 0;
            for (int i = 1; i < p.points.size(); i++) {
                boolean node = i == p.points.size() - 1 || vertexUse.getOrDefault(key(p.points.get(i)), 0) > 1
                        || alias.containsKey(nodeId(key(p.points.get(i))));
                if (node) {
                    addPiece(p, from, i, alias, pieceNo++);
                    from = i;
                }
            }
        }
        for (int i = 0; i < connectors.size(); i++) {
            String[] ends = connectorNames.get(i).split("\\|", 2);
            double[] xy = connectors.get(i);
            String start = alias.getOrDefault(ends[0], ends[0]);
            draft.add(new NetworkLink("connector:" + ends[0], start, ends[1],
                    line(new Coordinate(xy[0], xy[1]), new Coordinate(xy[2], xy[3])), true, NetworkLink.Kind.FOOTPATH));
        }
        List<String> isolated = isolated(parts, footpathLinkStart, alias);
        return new Report(parts.size(), parts.size() - isolated.size(), endsJoined, splits, crossings, isolated);
    }

    private List<Part> read(List<Layer> layers) {
        List<Part> parts = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer.kind() != GeometryKind.LINE && !layer.isEmpty()) {
                throw new InputException(layer.source().orElse(null), null, "the footpath layer holds "
                        + layer.kind().plural() + ", not lines", "Give a line layer of footpaths or rights of way");
            }
            for (SimpleFeature f : layer.features()) {
                Geometry g = Layer.geometry(f);
                if (g == null) {
                    continue;
                }
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    LineString ls = (LineString) g.getGeometryN(i);
                    List<Coordinate> pts = distinct(ls.getCoordinates());
                    if (pts.size() >= 2) {
                        String name = layer.name() + ":" + f.getID() + (g.getNumGeometries() > 1 ? "/" + (i + 1) : "");
                        parts.add(new Part(name, pts));
                    }
                }
            }
        }
        return parts;
    }

    private STRtree roadIndex(int roadLinks) {
        STRtree tree = new STRtree();
        for (int i = 0; i < roadLinks; i++) {
            NetworkDraft.Link link = draft.link(i);
            if (!link.walkable) {
                continue;
            }
            Envelope env = new Envelope();
            for (int k = 0; k < link.pointCount(); k++) {
                env.expandToInclude(link.xy[2 * k], link.xy[2 * k + 1]);
            }
            tree.insert(env, i);
        }
        tree.build();
        return tree;
    }

    private Map<String, int[]> roadVertices(int roadLinks) {
        Map<String, int[]> map = new HashMap<>();
        for (int i = 0; i < roadLinks; i++) {
            NetworkDraft.Link link = draft.link(i);
            if (!link.walkable) {
                continue;
            }
            for (int k = 0; k < link.pointCount(); k++) {
                map.putIfAbsent(key(new Coordinate(link.xy[2 * k], link.xy[2 * k + 1])), new int[] {i, k});
            }
        }
        return map;
    }

    /** The nearest point of a road link to a footpath end. */
    private record Join(int link, int segment, Coordinate point, double distanceM, double alongM) {
    }

    private Join nearestRoad(Coordinate c, STRtree roads) {
        Envelope search = new Envelope(c);
        search.expandBy(options.toleranceM());
        Join best = null;
        for (Object o : roads.query(search)) {
            int i = (Integer) o;
            NetworkDraft.Link link = draft.link(i);
            double run = 0;
            for (int s = 0; s < link.pointCount() - 1; s++) {
                LineSegment seg = new LineSegment(link.xy[2 * s], link.xy[2 * s + 1], link.xy[2 * s + 2], link.xy[2 * s + 3]);
                Coordinate p = seg.closestPoint(c);
                double d = p.distance(c);
                if (d <= options.toleranceM() && (best == null || d < best.distanceM
                        || (d == best.distanceM && i < best.link))) {
                    best = new Join(i, s, p, d, run + seg.p0.distance(p));
                }
                run += seg.getLength();
            }
        }
        return best;
    }

    /** @return the road node a join attaches to, planning a cut of the link when needed */
    private String target(Join join, List<Cut> cuts) {
        NetworkDraft.Link link = draft.link(join.link);
        int n = link.pointCount();
        Coordinate start = new Coordinate(link.xy[0], link.xy[1]);
        Coordinate end = new Coordinate(link.xy[2 * n - 2], link.xy[2 * n - 1]);
        if (join.point.distance(start) <= NODE_SNAP_M) {
            return draft.nodeId(link.startNode);
        }
        if (join.point.distance(end) <= NODE_SNAP_M) {
            return draft.nodeId(link.endNode);
        }
        for (Cut cut : cuts) {
            if (cut.link == join.link && cut.point.distance(join.point) <= NODE_SNAP_M) {
                return cut.nodeId;
            }
        }
        String id = "split@" + key(join.point);
        cuts.add(new Cut(join.link, join.segment, join.point, join.alongM, id));
        return id;
    }

    private double alongTo(int linkIndex, int vertex) {
        NetworkDraft.Link link = draft.link(linkIndex);
        double run = 0;
        for (int k = 1; k <= vertex; k++) {
            run += Math.hypot(link.xy[2 * k] - link.xy[2 * k - 2], link.xy[2 * k + 1] - link.xy[2 * k - 1]);
        }
        return run;
    }

    /** Splits links farthest cut first, so the earlier cuts' segment numbers stay valid. */
    private int applyCuts(List<Cut> cuts) {
        cuts.sort(Comparator.comparingInt(Cut::link).thenComparing(Comparator.comparingDouble(Cut::alongM).reversed()));
        for (Cut cut : cuts) {
            draft.split(cut.link, cut.nodeId, cut.segment, cut.point);
        }
        return cuts.size();
    }

    private void addPiece(Part p, int from, int to, Map<String, String> alias, int pieceNo) {
        List<Coordinate> pts = p.points.subList(from, to + 1);
        String start = nodeId(key(pts.get(0)));
        String end = nodeId(key(pts.get(pts.size() - 1)));
        draft.add(new NetworkLink(p.name + "#" + pieceNo, alias.getOrDefault(start, start), alias.getOrDefault(end, end),
                line(pts.toArray(new Coordinate[0])), true, NetworkLink.Kind.FOOTPATH));
    }

    /**
     * Adds a vertex to both lines wherever a footpath crosses another footpath or a road without
     * a shared vertex, and plans the road cuts there.
     *
     * @return the number of crossings noded
     */
    private int nodeCrossings(List<Part> parts, STRtree roads, List<Cut> cuts, Map<String, String> alias) {
        STRtree paths = new STRtree();
        for (int i = 0; i < parts.size(); i++) {
            paths.insert(envelope(parts.get(i).points), i);
        }
        paths.build();
        LineIntersector li = new RobustLineIntersector();
        Map<Integer, List<Coordinate>> insertions = new LinkedHashMap<>();
        int crossings = 0;
        for (int i = 0; i < parts.size(); i++) {
            List<Coordinate> a = parts.get(i).points;
            for (Object o : paths.query(envelope(a))) {
                int j = (Integer) o;
                if (j <= i) {
                    continue;
                }
                for (Coordinate x : crossingsBetween(li, a, parts.get(j).points)) {
                    insertions.computeIfAbsent(i, k -> new ArrayList<>()).add(x);
                    insertions.computeIfAbsent(j, k -> new ArrayList<>()).add(x);
                    crossings++;
                }
            }
            for (Object o : roads.query(envelope(a))) {
                int r = (Integer) o;
                List<Coordinate> road = coordinates(draft.link(r));
                for (Coordinate x : crossingsBetween(li, a, road)) {
                    insertions.computeIfAbsent(i, k -> new ArrayList<>()).add(x);
                    int seg = segmentOf(road, x);
                    Join join = new Join(r, seg, x, 0, alongTo(r, seg) + road.get(seg).distance(x));
                    alias.put(nodeId(key(x)), target(join, cuts));
                    crossings++;
                }
            }
        }
        for (Map.Entry<Integer, List<Coordinate>> e : insertions.entrySet()) {
            Part p = parts.get(e.getKey());
            p.points = insert(p.points, e.getValue());
        }
        return crossings;
    }

    private static List<Coordinate> coordinates(NetworkDraft.Link link) {
        List<Coordinate> out = new ArrayList<>(link.pointCount());
        for (int k = 0; k < link.pointCount(); k++) {
            out.add(new Coordinate(link.xy[2 * k], link.xy[2 * k + 1]));
        }
        return out;
    }

    private static List<Coordinate> crossingsBetween(LineIntersector li, List<Coordinate> a, List<Coordinate> b) {
        List<Coordinate> out = new ArrayList<>();
        for (int s = 0; s < a.size() - 1; s++) {
            for (int t = 0; t < b.size() - 1; t++) {
                li.computeIntersection(a.get(s), a.get(s + 1), b.get(t), b.get(t + 1));
                if (li.hasIntersection() && li.getIntersectionNum() == LineIntersector.POINT_INTERSECTION) {
                    Coordinate x = li.getIntersection(0);
                    boolean atVertexOfA = x.distance(a.get(s)) <= SAME_POINT_M || x.distance(a.get(s + 1)) <= SAME_POINT_M;
                    boolean atVertexOfB = x.distance(b.get(t)) <= SAME_POINT_M || x.distance(b.get(t + 1)) <= SAME_POINT_M;
                    if (!(atVertexOfA && atVertexOfB)) {
                        out.add(x);
                    }
                }
            }
        }
        return out;
    }

    private static int segmentOf(List<Coordinate> line, Coordinate x) {
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int s = 0; s < line.size() - 1; s++) {
            double d = new LineSegment(line.get(s), line.get(s + 1)).distance(x);
            if (d < bestD) {
                bestD = d;
                best = s;
            }
        }
        return best;
    }

    private static List<Coordinate> insert(List<Coordinate> line, List<Coordinate> points) {
        List<Coordinate> out = new ArrayList<>(line);
        for (Coordinate x : points) {
            int seg = segmentOf(out, x);
            if (x.distance(out.get(seg)) > SAME_POINT_M && x.distance(out.get(seg + 1)) > SAME_POINT_M) {
                out.add(seg + 1, x);
            }
        }
        return out;
    }

    private List<String> isolated(List<Part> parts, int footpathLinkStart, Map<String, String> alias) {
        int links = draft.linkCount();
        UnionFind sets = new UnionFind(draft.nodeCount());
        boolean[] road = new boolean[sets.size()];
        for (int l = 0; l < links; l++) {
            NetworkDraft.Link link = draft.link(l);
            if (!link.walkable) {
                continue;
            }
            sets.union(link.startNode, link.endNode);
            if (link.kind == NetworkLink.Kind.ROAD) {
                road[link.startNode] = true;
            }
        }
        boolean[] rootHasRoad = new boolean[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            if (road[i]) {
                rootHasRoad[sets.find(i)] = true;
            }
        }
        List<String> isolated = new ArrayList<>();
        for (Part p : parts) {
            String id = nodeId(key(p.points.get(0)));
            Integer node = draft.nodeIndexOf(alias.getOrDefault(id, id));
            if (node == null || !rootHasRoad[sets.find(node)]) {
                isolated.add(p.name);
            }
        }
        return isolated;
    }

    private LineString line(Coordinate... points) {
        return new org.locationtech.jts.geom.GeometryFactory().createLineString(points);
    }

    private static List<Coordinate> distinct(Coordinate[] coordinates) {
        List<Coordinate> out = new ArrayList<>();
        for (Coordinate c : coordinates) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(c)) {
                out.add(new Coordinate(c.x, c.y));
            }
        }
        return out;
    }

    private static Envelope envelope(List<Coordinate> points) {
        Envelope env = new Envelope();
        for (Coordinate c : points) {
            env.expandToInclude(c);
        }
        return env;
    }

    private static String key(Coordinate c) {
        return String.format(Locale.ROOT, "%.3f,%.3f", c.x, c.y);
    }

    private static String nodeId(String key) {
        return "footpath@" + key;
    }
}
