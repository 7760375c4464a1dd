package org.catchment.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.LineString;

/**
 * A walking network under construction: nodes named by their source identifiers and links with
 * their coordinates in the working CRS, kept compact (one {@code double[]} per link) so that a national
 * network fits in memory. Links can be split (to join a footpath to a road) before the draft is
 * written into a GraphHopper graph by {@link GraphWriter}.
 *
 * <p>Topology comes from node identifiers only: two links join when they name the same node,
 * never because their coordinates touch, so a bridge over a road stays unconnected.
 */
public final class NetworkDraft {

    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final List<String> nodeIds = new ArrayList<>();
    private double[] nodeXy = new double[2048];
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Integer> linkIds = new HashMap<>();
    private int duplicateLinks;
    private int degenerateLinks;

    /** One link in compact form; coordinates are x,y pairs from the start node to the end node. */
    static final class Link {
        final String id;
        int startNode;
        int endNode;
        double[] xy;
        final boolean walkable;
        final NetworkLink.Kind kind;

        Link(String id, int startNode, int endNode, double[] xy, boolean walkable, NetworkLink.Kind kind) {
            this.id = id;
            this.startNode = startNode;
            this.endNode = endNode;
            this.xy = xy;
            this.walkable = walkable;
            this.kind = kind;
        }

        int pointCount() {
            return xy.length / 2;
        }
    }

    /**
     * Adds a link. A link whose identifier was already added (the same link in two OS tiles) is
     * skipped and counted; a link with fewer than two distinct points is skipped and counted.
     *
     * @return true if the link was added
     */
    public boolean add(NetworkLink link) {
        if (linkIds.containsKey(link.id())) {
            duplicateLinks++;
            return false;
        }
        double[] xy = packed(link.geometry());
        if (xy.length < 4 || link.lengthM() == 0) {
            degenerateLinks++;
            return false;
        }
        int n = xy.length / 2;
        int s = node(link.startNode(), xy[0], xy[1]);
        int e = node(link.endNode(), xy[2 * n - 2], xy[2 * n - 1]);
        linkIds.put(link.id(), links.size());
        links.add(new Link(link.id(), s, e, xy, link.walkable(), link.kind()));
        return true;
    }

    /**
     * Returns the index of a node, creating it at the given position the first time its
     * identifier is seen.
     */
    int node(String id, double x, double y) {
        Integer known = nodeIndex.get(id);
        if (known != null) {
            return known;
        }
        int index = nodeIds.size();
        nodeIndex.put(id, index);
        nodeIds.add(id);
        if (2 * index + 2 > nodeXy.length) {
            nodeXy = Arrays.copyOf(nodeXy, nodeXy.length * 2);
        }
        nodeXy[2 * index] = x;
        nodeXy[2 * index + 1] = y;
        return index;
    }

    /**
     * Splits link {@code linkIndex} at a point: the link is shortened to end at a new node and a
     * second link continues from it to the old end. The split point is inserted between
     * coordinates {@code segment} and {@code segment + 1}.
     *
     * @param nodeId  identifier of the new node
     * @param segment index of the segment holding the point
     * @param point   the point, on that segment
     * @return the index of the new node
     */
    int split(int linkIndex, String nodeId, int segment, Coordinate point) {
        Link link = links.get(linkIndex);
        int node = node(nodeId, point.x, point.y);
        int keep = segment + 1;
        if (link.xy[2 * segment] == point.x && link.xy[2 * segment + 1] == point.y) {
            keep = segment;
        }
        double[] first = new double[2 * (keep + 1)];
        System.arraycopy(link.xy, 0, first, 0, 2 * keep);
        first[2 * keep] = point.x;
        first[2 * keep + 1] = point.y;
        int from = segment + 1;
        if (link.xy[2 * from] == point.x && link.xy[2 * from + 1] == point.y) {
            from++;
        }
        int restCount = link.pointCount() - from;
        double[] second = new double[2 * (restCount + 1)];
        second[0] = point.x;
        second[1] = point.y;
        System.arraycopy(link.xy, 2 * from, second, 2, 2 * restCount);
        int oldEnd = link.endNode;
        link.xy = first;
        link.endNode = node;
        String secondId = link.id + "#" + nodeId;
        linkIds.put(secondId, links.size());
        links.add(new Link(secondId, node, oldEnd, second, link.walkable, link.kind));
        return node;
    }

    /**
     * Splits every link that starts and ends at the same node at its first vertex past half its
     * length, naming the new node {@code <link id>#mid}.
     */
    void splitLoops() {
        int count = links.size();
        for (int i = 0; i < count; i++) {
            Link link = links.get(i);
            if (link.startNode != link.endNode || link.pointCount() < 3) {
                continue;
            }
            double total = 0;
            for (int k = 1; k < link.pointCount(); k++) {
                total += segmentLength(link.xy, k - 1);
            }
            double run = 0;
            int vertex = 1;
            for (int k = 1; k < link.pointCount() - 1; k++) {
                run += segmentLength(link.xy, k - 1);
                vertex = k;
                if (run >= total / 2) {
                    break;
                }
            }
            Coordinate mid = new Coordinate(link.xy[2 * vertex], link.xy[2 * vertex + 1]);
            split(i, link.id + "#mid", vertex - 1, mid);
        }
    }

    private static double segmentLength(double[] xy, int segment) {
        return Math.hypot(xy[2 * segment + 2] - xy[2 * segment], xy[2 * segment + 3] - xy[2 * segment + 1]);
    }

    /** @return the number of links */
    public int linkCount() {
        return links.size();
    }

    /** @return the number of nodes */
    public int nodeCount() {
        return nodeIds.size();
    }

    /** @return links skipped because their identifier had been added already */
    public int duplicateLinks() {
        return duplicateLinks;
    }

    /** @return links skipped because they had no length */
    public int degenerateLinks() {
        return degenerateLinks;
    }

    /** @return the index of the node with that identifier, or null */
    Integer nodeIndexOf(String id) {
        return nodeIndex.get(id);
    }

    Link link(int index) {
        return links.get(index);
    }

    String nodeId(int node) {
        return nodeIds.get(node);
    }

    double nodeX(int node) {
        return nodeXy[2 * node];
    }

    double nodeY(int node) {
        return nodeXy[2 * node + 1];
    }

    private static double[] packed(LineString line) {
        CoordinateSequence cs = line.getCoordinateSequence();
        int n = cs.size();
        double[] xy = new double[2 * n];
        int k = 0;
        double px = Double.NaN;
        double py = Double.NaN;
        for (int i = 0; i < n; i++) {
            double x = cs.getX(i);
            double y = cs.getY(i);
            if (x == px && y == py) {
                continue;
            }
            xy[k++] = x;
            xy[k++] = y;
            px = x;
            py = y;
        }
        return k == xy.length ? xy : Arrays.copyOf(xy, k);
    }
}
