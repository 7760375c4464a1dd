package org.catchment.network;

import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.catchment.InputException;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;

/**
 * Joins the lines of road layers that carry no node identifiers the way OpenStreetMap does:
 * lines meet where they share a vertex, and only there.
 *
 * <ul>
 * <li>Two vertices within {@value #VERTEX_TOLERANCE_M} m are one node: a vertex joins the first
 *     node within that distance, else it is a node of its own at its own position (so nodes are
 *     more than the tolerance apart, and lines' vertices are moved onto their node).</li>
 * <li>Every line is split at each inner vertex that another line (or the line itself, a second
 *     time) also passes through; its ends are always nodes. A line crossing another without a
 *     shared vertex is a bridge or a tunnel, not a junction.</li>
 * <li>With noding at crossings ({@code network.node_crossings}) every crossing or touching of two
 *     lines (or of a line with itself) first gets a vertex on both lines, so every crossing is a
 *     junction: for networks drawn without shared vertices.</li>
 * </ul>
 * Each part of a multi-line is a line of its own.
 */
final class LineTopology {

    /** Vertices this close are one node, metres of the working CRS. */
    static final double VERTEX_TOLERANCE_M = 0.01;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** A line before splitting: its name, x,y pairs (consecutive repeats removed) and whether it is walked. */
    private static final class Line {
        final String id;
        double[] xy;
        final boolean walkable;

        Line(String id, double[] xy, boolean walkable) {
            this.id = id;
            this.xy = xy;
            this.walkable = walkable;
        }
    }

    /**
     * What joining the lines did.
     *
     * @param lines          lines read (each part of a multi-line counts)
     * @param links          links they were split into
     * @param notWalkable    links the walkability rule closes
     * @param joinedVertices vertices moved onto a node within the tolerance (not at its exact position)
     * @param crossingsNoded vertices added where lines cross (only with noding at crossings)
     * @param emptyLines     lines skipped for having no length
     */
    public record Report(int lines, int links, int notWalkable, int joinedVertices, int crossingsNoded,
                         int emptyLines) {

        /** @return the report in words, for a run's notes */
        public String describe() {
            return String.format(Locale.ROOT, "%,d lines joined at shared vertices (within %s m) and split into %,d"
                    + " links, %,d of them not walkable; %,d vertices moved onto a node within the tolerance%s%s",
                    lines, VERTEX_TOLERANCE_M, links, notWalkable, joinedVertices,
                    crossingsNoded == 0 ? "" : String.format(Locale.ROOT, "; %,d vertices added where lines cross",
                            crossingsNoded),
                    emptyLines == 0 ? "" : String.format(Locale.ROOT, "; %,d lines of no length skipped", emptyLines));
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /** Adds every line of a layer (in the working CRS), walkable as the predicate says. */
    void add(Layer layer, Predicate<SimpleFeature> walkable) {
        if (layer.kind() != GeometryKind.LINE && !layer.isEmpty()) {
            throw new InputException(layer.source().orElse(null), null, "this is a layer of " + layer.kind().plural()
                    + ", not roads", "Give a line layer of roads and paths");
        }
        String prefix = layer.name();
        for (int k = 2; names.contains(prefix); k++) {
            prefix = layer.name() + "(" + k + ")";
        }
        names.add(prefix);
        for (SimpleFeature f : layer.features()) {
            Geometry g = Layer.geometry(f);
            if (g == null) {
                continue;
            }
            boolean walk = walkable.test(f);
            for (int i = 0; i < g.getNumGeometries(); i++) {
                String id = prefix + ":" + f.getID() + (g.getNumGeometries() > 1 ? "/" + (i + 1) : "");
                lines.add(new Line(id, packed(((LineString) g.getGeometryN(i)).getCoordinates()), walk));
            }
        }
    }

    /** @return true when no line was added */
    boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * Splits the lines at their shared vertices and adds the pieces to a draft.
     *
     * @param nodeCrossings true to make every crossing a junction first
     */
    Report addTo(NetworkDraft draft, boolean nodeCrossings) {
        int crossings = nodeCrossings ? nodeCrossings() : 0;
        Nodes nodes = new Nodes();
        int joined = 0;
        for (Line line : lines) {
            int previous = -1;
            for (int v = 0; v < line.xy.length / 2; v++) {
                int node = nodes.join(line.xy[2 * v], line.xy[2 * v + 1]);
                if (nodes.x(node) != line.xy[2 * v] || nodes.y(node) != line.xy[2 * v + 1]) {
                    joined++;
                }
                if (node != previous) {
                    nodes.use(node);
                }
                previous = node;
            }
        }
        int links = 0;
        int notWalkable = 0;
        int empty = 0;
        for (Line line : lines) {
            int[] path = nodes.path(line.xy);
            if (path.length < 2) {
                empty++;
                continue;
            }
            List<int[]> pieces = new ArrayList<>();
            int from = 0;
            for (int i = 1; i < path.length; i++) {
                if (i == path.length - 1 || nodes.uses(path[i]) > 1) {
                    pieces.add(Arrays.copyOfRange(path, from, i + 1));
                    from = i;
                }
            }
            for (int p = 0; p < pieces.size(); p++) {
                int[] piece = pieces.get(p);
                Coordinate[] c = new Coordinate[piece.length];
                for (int i = 0; i < piece.length; i++) {
                    c[i] = new Coordinate(nodes.x(piece[i]), nodes.y(piece[i]));
                }
                String id = pieces.size() == 1 ? line.id : line.id + "#" + (p + 1);
                if (draft.add(new NetworkLink(id, nodes.id(piece[0]), nodes.id(piece[piece.length - 1]),
                        GEOMETRY.createLineString(c), line.walkable, NetworkLink.Kind.ROAD))) {
                    links++;
                    notWalkable += line.walkable ? 0 : 1;
                }
            }
        }
        return new Report(lines.size(), links, notWalkable, joined, crossings, empty);
    }

    /** Adds a vertex to both lines wherever two lines (or two parts of one) cross or touch. */
    private int nodeCrossings() {
        List<NodedSegmentString> strings = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Coordinate[] c = new Coordinate[line.xy.length / 2];
            for (int i = 0; i < c.length; i++) {
                c[i] = new Coordinate(line.xy[2 * i], line.xy[2 * i + 1]);
            }
            strings.add(new NodedSegmentString(c, line));
        }
        MCIndexNoder noder = new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector()));
        noder.computeNodes(strings);
        int added = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            double[] before = line.xy;
            line.xy = packed(strings.get(i).getNodeList().getSplitCoordinates());
            added += line.xy.length / 2 - before.length / 2;
        }
        return added;
    }

    private static double[] packed(Coordinate[] coordinates) {
        double[] xy = new double[2 * coordinates.length];
        int k = 0;
        for (Coordinate c : coordinates) {
            if (k > 0 && xy[k - 2] == c.x && xy[k - 1] == c.y) {
                continue;
            }
            xy[k++] = c.x;
            xy[k++] = c.y;
        }
        return k == xy.length ? xy : Arrays.copyOf(xy, k);
    }

    /**
     * The nodes: vertex positions on a grid of cells the size of the tolerance, so a vertex finds
     * the nodes within the tolerance in its own and the eight cells around it.
     */
    private static final class Nodes {
        private final LongIntHashMap firstInCell = new LongIntHashMap();
        /** Vertices joined to a node at another position: their exact position, then the node. */
        private final Map<List<Double>, Integer> moved = new HashMap<>();
        private double[] xy = new double[1024];
        private int[] nextInCell = new int[512];
        private int[] uses = new int[512];
        private int count;

        /**
         * @return the node of a vertex: the nearest within the tolerance (one at its very position
         *     first), else a new one at it; a position once joined keeps its node
         */
        int join(double x, double y) {
            Integer known = moved.get(List.of(x, y));
            if (known != null) {
                return known;
            }
            long cx = cell(x);
            long cy = cell(y);
            int best = -1;
            double bestD = VERTEX_TOLERANCE_M;
            for (long i = cx - 1; i <= cx + 1; i++) {
                for (long j = cy - 1; j <= cy + 1; j++) {
                    for (int n = firstInCell.getOrDefault(key(i, j), -1); n >= 0; n = nextInCell[n]) {
                        double d = Math.hypot(xy[2 * n] - x, xy[2 * n + 1] - y);
                        if (d < bestD || (d == bestD && best < 0) || (d == bestD && n < best)) {
                            best = n;
                            bestD = d;
                        }
                    }
                }
            }
            if (best < 0) {
                return create(x, y, key(cx, cy));
            }
            if (bestD > 0) {
                moved.put(List.of(x, y), best);
            }
            return best;
        }

        private int create(double x, double y, long cell) {
            if (count == uses.length) {
                xy = Arrays.copyOf(xy, 4 * count);
                nextInCell = Arrays.copyOf(nextInCell, 2 * count);
                uses = Arrays.copyOf(uses, 2 * count);
            }
            int n = count++;
            xy[2 * n] = x;
            xy[2 * n + 1] = y;
            nextInCell[n] = firstInCell.getOrDefault(cell, -1);
            firstInCell.put(cell, n);
            return n;
        }

        /** @return the node a vertex joined in {@link #join} */
        int find(double x, double y) {
            Integer m = moved.get(List.of(x, y));
            if (m != null) {
                return m;
            }
            for (int n = firstInCell.getOrDefault(key(cell(x), cell(y)), -1); n >= 0; n = nextInCell[n]) {
                if (xy[2 * n] == x && xy[2 * n + 1] == y) {
                    return n;
                }
            }
            throw new IllegalStateException("vertex " + x + ", " + y + " was never joined");
        }

        /** @return the nodes a line passes through, a node repeated at once kept once */
        int[] path(double[] line) {
            int[] path = new int[line.length / 2];
            int k = 0;
            for (int v = 0; v < path.length; v++) {
                int n = find(line[2 * v], line[2 * v + 1]);
                if (k == 0 || path[k - 1] != n) {
                    path[k++] = n;
                }
            }
            return Arrays.copyOf(path, k);
        }

        void use(int n) {
            uses[n]++;
        }

        int uses(int n) {
            return uses[n];
        }

        double x(int n) {
            return xy[2 * n];
        }

        double y(int n) {
            return xy[2 * n + 1];
        }

        String id(int n) {
            return String.format(Locale.ROOT, "vertex@%.3f,%.3f", xy[2 * n], xy[2 * n + 1]);
        }

        private static long cell(double v) {
            return (long) Math.floor(v / VERTEX_TOLERANCE_M);
        }

        private static long key(long cx, long cy) {
            return (cx << 32) ^ (cy & 0xffffffffL);
        }
    }
}
