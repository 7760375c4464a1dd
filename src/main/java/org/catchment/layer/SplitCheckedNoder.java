package org.catchment.layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.index.chain.MonotoneChain;
import org.locationtech.jts.index.chain.MonotoneChainSelectAction;
import org.locationtech.jts.noding.FastNodingValidator;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentNode;
import org.locationtech.jts.noding.SegmentString;

/**
 * The floating-point noding OverlayNG uses (JTS's {@link MCIndexNoder} with an
 * {@link IntersectionAdder}), checked where it can have failed instead of everywhere.
 *
 * <p>OverlayNG checks its floating-point noding with JTS's {@code FastNodingValidator}: a second
 * search of all the noded segments for two that meet other than at shared ends, as costly as the
 * noding itself. Such a meeting can only involve a piece of a segment the noding cut at a computed
 * point:
 * <ul>
 *   <li>two segments it left whole keep their exact coordinates, and the noding compared every such
 *   pair whose envelopes meet, except pairs within one monotone chain, which meet only at a shared
 *   vertex (OverlayNG removes repeated points from its inputs, so no segment has length zero). Had
 *   two of them crossed, or touched anywhere but at a node, the noding would have put a node into
 *   one of them;</li>
 *   <li>JTS keeps a computed intersection inside the envelopes of both segments (else it takes
 *   the nearest of their ends, which may not be; a node found outside its segment's envelope fails
 *   the check), so a piece of a cut segment lies within that segment's envelope and can only meet
 *   pieces of segments whose envelopes meet that envelope.</li>
 * </ul>
 * This check therefore tests, with the validator's own rule, each piece of a cut segment against
 * the pieces of every segment whose envelope meets the cut one's, found in the noder's own index.
 * It fails whenever the validator would. It may also fail where the validator would not (it also
 * compares pieces the validator leaves alone, within one monotone chain), so when it fails JTS's
 * validator decides: this noder then throws exactly when OverlayNG's own ({@code ValidatingNoder})
 * would. It is meant for OverlayNG's inputs only (no repeated points).
 */
final class SplitCheckedNoder implements Noder {

    private final MCIndexNoder noder = new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector()));
    private final LineIntersector li = new RobustLineIntersector();
    private Collection<SegmentString> noded;
    /** The pairs of pieces tested, for tests of the check's cost. */
    private long tests;

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void computeNodes(Collection segStrings) {
        if (!nodeAndCheckOnly(segStrings)) {
            new FastNodingValidator(noded).checkValid();
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Collection getNodedSubstrings() {
        return noded;
    }

    /**
     * Nodes the strings and runs the short check alone, without JTS's check after it.
     *
     * @return whether the short check passed
     */
    boolean nodeAndCheckOnly(Collection<SegmentString> strings) {
        noder.computeNodes(strings);
        noded = noder.getNodedSubstrings();
        try {
            check(strings);
            return true;
        } catch (TopologyException e) {
            return false;
        }
    }

    /** @return the pairs of pieces the short check tested */
    long pairTests() {
        return tests;
    }

    /** The nodes of one string, once it has been split. */
    private static final class Nodes {

        private final Coordinate[] pts;
        /** Whether a vertex is a node: an end of the noded substrings either side of it. */
        private final boolean[] atVertex;
        /** Per cut segment, its pieces. */
        private final Map<Integer, Pieces> cuts = new HashMap<>();

        Nodes(SegmentString string) {
            NodedSegmentString s = (NodedSegmentString) string;
            pts = s.getCoordinates();
            atVertex = new boolean[pts.length];
            Map<Integer, List<Coordinate>> inner = new HashMap<>();
            for (Iterator<?> it = s.getNodeList().iterator(); it.hasNext(); ) {
                SegmentNode node = (SegmentNode) it.next();
                if (node.coord.equals2D(pts[node.segmentIndex])) {
                    atVertex[node.segmentIndex] = true;
                } else {
                    inner.computeIfAbsent(node.segmentIndex, k -> new ArrayList<>()).add(node.coord);
                }
            }
            inner.forEach((k, points) -> {
                Coordinate[] chain = new Coordinate[points.size() + 2];
                chain[0] = pts[k];
                for (int i = 0; i < points.size(); i++) {
                    chain[i + 1] = points.get(i);
                }
                chain[chain.length - 1] = pts[k + 1];
                cuts.put(k, new Pieces(chain));
            });
        }

        /** @return the pieces of segment k */
        Pieces pieces(int k) {
            Pieces cut = cuts.get(k);
            return cut != null ? cut : new Pieces(new Coordinate[] {pts[k], pts[k + 1]});
        }

        /** @return whether point i of segment k's pieces is a node */
        boolean isNode(int k, Pieces pieces, int i) {
            if (i == 0) {
                return atVertex[k];
            }
            return i < pieces.count() || atVertex[k + 1];
        }
    }

    /**
     * The pieces of one segment: its ends with its cut points between them, in the order JTS sorts
     * them along the segment (by x, or by y where the segment is steeper than 45°). When that
     * coordinate rises or falls steadily along the points, the pieces that can meet an envelope are
     * found by a binary search, so a long segment cut many times (a tile's edge) costs n log n.
     */
    private static final class Pieces {

        private final Coordinate[] pts;
        private final boolean alongX;
        private final double sign;
        private final boolean sorted;

        Pieces(Coordinate[] pts) {
            this.pts = pts;
            double dx = pts[pts.length - 1].x - pts[0].x;
            double dy = pts[pts.length - 1].y - pts[0].y;
            alongX = Math.abs(dx) >= Math.abs(dy);
            sign = (alongX ? dx : dy) >= 0 ? 1 : -1;
            boolean steady = true;
            for (int i = 0; i + 1 < pts.length; i++) {
                steady &= at(i + 1) >= at(i);
            }
            sorted = steady;
        }

        int count() {
            return pts.length - 1;
        }

        /** @return point i's coordinate along the segment's main axis, rising along it */
        private double at(int i) {
            return sign * (alongX ? pts[i].x : pts[i].y);
        }

        /** @return the first piece that can meet e */
        int first(Envelope e) {
            if (!sorted) {
                return 0;
            }
            double lo = sign > 0 ? (alongX ? e.getMinX() : e.getMinY()) : -(alongX ? e.getMaxX() : e.getMaxY());
            int from = 0;
            int to = count();
            while (from < to) {
                int mid = (from + to) >>> 1;
                if (at(mid + 1) < lo) {
                    from = mid + 1;
                } else {
                    to = mid;
                }
            }
            return from;
        }

        /** @return whether piece i and all after it lie beyond e */
        boolean beyond(int i, Envelope e) {
            if (!sorted) {
                return false;
            }
            double hi = sign > 0 ? (alongX ? e.getMaxX() : e.getMaxY()) : -(alongX ? e.getMinX() : e.getMinY());
            return at(i) > hi;
        }

        Envelope envelope(int i) {
            return new Envelope(pts[i], pts[i + 1]);
        }
    }

    private void check(Collection<SegmentString> strings) {
        Map<SegmentString, Nodes> nodes = new IdentityHashMap<>();
        for (SegmentString s : strings) {
            if (((NodedSegmentString) s).getNodeList().size() <= 2) {
                continue; // its two ends only: nothing cut
            }
            Nodes own = nodes.computeIfAbsent(s, Nodes::new);
            for (Map.Entry<Integer, Pieces> cut : own.cuts.entrySet()) {
                int k = cut.getKey();
                Envelope env = new Envelope(own.pts[k], own.pts[k + 1]);
                for (Coordinate c : cut.getValue().pts) {
                    if (!env.covers(c)) {
                        throw new TopologyException("a node lies outside its segment's envelope", c);
                    }
                }
                checkAround(s, k, env, nodes);
            }
        }
    }

    /** Tests the pieces of segment k of s against those of every segment whose envelope meets env. */
    private void checkAround(SegmentString s, int k, Envelope env, Map<SegmentString, Nodes> nodes) {
        MonotoneChainSelectAction select = new MonotoneChainSelectAction() {
            @Override
            public void select(MonotoneChain chain, int start) {
                checkPieces(s, k, (SegmentString) chain.getContext(), start, nodes);
            }
        };
        noder.getIndex().query(env, item -> ((MonotoneChain) item).select(env, select));
    }

    /** Tests each piece of the segment with fewer pieces against the pieces of the other that can meet it. */
    private void checkPieces(SegmentString s, int k, SegmentString t, int m, Map<SegmentString, Nodes> nodes) {
        Nodes a = nodes.get(s);
        Nodes b = nodes.computeIfAbsent(t, Nodes::new);
        Pieces pa = a.pieces(k);
        Pieces pb = b.pieces(m);
        boolean fewerInA = pa.count() <= pb.count();
        Pieces few = fewerInA ? pa : pb;
        Pieces many = fewerInA ? pb : pa;
        for (int f = 0; f < few.count(); f++) {
            Envelope e = few.envelope(f);
            for (int g = many.first(e); g < many.count() && !many.beyond(g, e); g++) {
                int i = fewerInA ? f : g;
                int j = fewerInA ? g : f;
                if (s == t && k == m && i == j) {
                    continue;
                }
                boolean adjacent = s == t && adjacent(a, k, i, pa.count(), m, j, pb.count());
                tests++;
                if (meet(pa.pts[i], pa.pts[i + 1], pb.pts[j], pb.pts[j + 1], adjacent,
                        a.isNode(k, pa, i), a.isNode(k, pa, i + 1), b.isNode(m, pb, j), b.isNode(m, pb, j + 1))) {
                    throw new TopologyException("the floating-point noding left two segments crossing", pa.pts[i]);
                }
            }
        }
    }

    /**
     * @return whether piece i of segment k (of n pieces) and piece j of segment m (of q pieces), on
     *     one string, follow each other in one noded substring: they share a point that is not a node
     */
    private static boolean adjacent(Nodes nodes, int k, int i, int n, int m, int j, int q) {
        if (k == m) {
            return false;
        }
        if (m == k + 1) {
            return i == n - 1 && j == 0 && !nodes.atVertex[m];
        }
        if (k == m + 1) {
            return j == q - 1 && i == 0 && !nodes.atVertex[k];
        }
        return false;
    }

    /** @return whether two noded segments meet other than as a valid noding allows (JTS's validator's rule) */
    private boolean meet(Coordinate p00, Coordinate p01, Coordinate p10, Coordinate p11, boolean adjacent,
                         boolean end00, boolean end01, boolean end10, boolean end11) {
        li.computeIntersection(p00, p01, p10, p11);
        if (li.hasIntersection() && li.isInteriorIntersection()) {
            return true;
        }
        return !adjacent && (sharedVertex(p00, p10, end00, end10) || sharedVertex(p00, p11, end00, end11)
                || sharedVertex(p01, p10, end01, end10) || sharedVertex(p01, p11, end01, end11));
    }

    private static boolean sharedVertex(Coordinate p, Coordinate q, boolean endP, boolean endQ) {
        return !(endP && endQ) && p.equals2D(q);
    }
}
