package org.catchment.tiling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catchment.layer.ClosingUnion;
import org.catchment.layer.PolygonsOnly;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Joins the tiles' desert places across the seams, before the sliver rule is applied. A place that
 * does not reach its cell's boundary is whole already; the places that do are grouped by which
 * of them meet: places of different tiles that share a stretch of boundary, found with vertices
 * snap-rounded to a grid of {@link #TOUCH_M} so that a seam vertex computed in each tile to its
 * last digit still joins, while places that only touch at a point stay apart, as in the run in one
 * piece. Each group is unioned closing gaps narrower than that distance ({@link ClosingUnion}, as
 * a tile's own desert places are), so that the two sides of a seam close up, and split into
 * its connected polygons, each with the sets of missing types of the places it is made of. Only
 * the places at the seams are ever unioned, and only with those they meet, so no union spans more
 * than the deserts that cross a seam.
 */
public final class SeamUnion {

    /** Two places of neighbouring tiles this close meet along their seam, m. */
    private static final double TOUCH_M = ClosingUnion.SNAP_M;
    /** Two places share an edge when their common boundary is longer than this, m. */
    private static final double MIN_EDGE_M = 10 * TOUCH_M;
    /** The grid of {@link #TOUCH_M} the boundaries are snap-rounded to when looking for a shared edge. */
    private static final PrecisionModel SEAM_GRID = new PrecisionModel(1 / TOUCH_M);

    private SeamUnion() {
    }

    /**
     * A desert place of the whole run.
     *
     * @param polygon     the place, connected
     * @param missingSets the distinct sets of missing types (type indexes, ascending) within it
     */
    public record Joined(Polygon polygon, List<int[]> missingSets) {
    }

    private record Seam(int tile, TilePart.DesertPiece piece) {
    }

    /**
     * @param parts the tiles' parts, in tile order
     * @return the desert places of the whole run: those within a cell in tile order, then those joined across seams
     */
    public static List<Joined> deserts(List<TilePart> parts) {
        List<Joined> out = new ArrayList<>();
        List<Seam> seams = new ArrayList<>();
        for (TilePart p : parts) {
            for (TilePart.DesertPiece d : p.overlay().deserts()) {
                if (d.atSeam()) {
                    seams.add(new Seam(p.tile(), d));
                } else {
                    out.add(new Joined(d.polygon(), d.missingSets()));
                }
            }
        }
        for (List<Seam> group : groups(seams)) {
            if (group.size() == 1) {
                out.add(new Joined(group.get(0).piece().polygon(), group.get(0).piece().missingSets()));
            } else {
                out.addAll(join(group));
            }
        }
        return out;
    }

    /** @return the seam places grouped by meeting (transitively), each group in tile order */
    private static List<List<Seam>> groups(List<Seam> seams) {
        STRtree index = new STRtree();
        for (int i = 0; i < seams.size(); i++) {
            index.insert(seams.get(i).piece().polygon().getEnvelopeInternal(), i);
        }
        int[] root = new int[seams.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (int i = 0; i < seams.size(); i++) {
            Polygon a = seams.get(i).piece().polygon();
            Envelope near = new Envelope(a.getEnvelopeInternal());
            near.expandBy(TOUCH_M);
            IndexedFacetDistance distance = null;
            for (Object o : index.query(near)) {
                int j = (Integer) o;
                if (j <= i || seams.get(j).tile() == seams.get(i).tile() || find(root, i) == find(root, j)) {
                    continue;
                }
                distance = distance != null ? distance : new IndexedFacetDistance(a);
                Polygon b = seams.get(j).piece().polygon();
                if (distance.isWithinDistance(b, TOUCH_M) && shareAnEdge(a, b)) {
                    root[find(root, j)] = find(root, i);
                }
            }
        }
        Map<Integer, List<Seam>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < seams.size(); i++) {
            byRoot.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(seams.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    /**
     * Whether two places of neighbouring tiles share a stretch of their boundaries longer than
     * {@link #MIN_EDGE_M}: their boundaries intersected with every vertex snap-rounded to a grid of
     * {@link #TOUCH_M}, so that the two sides of a seam, computed by two tiles, coincide. That is
     * one place crossing the seam, which the run in one piece has as one polygon; places that only
     * touch at a point, or lie within the snapping distance of each other without a common
     * stretch, are two places there and stay two.
     */
    private static boolean shareAnEdge(Polygon a, Polygon b) {
        OverlayNG shared = new OverlayNG(a.getBoundary(), b.getBoundary(), SEAM_GRID, OverlayNG.INTERSECTION);
        return shared.getResult().getLength() > MIN_EDGE_M;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** @return the group's places unioned, split into connected polygons, each with its places' sets */
    private static List<Joined> join(List<Seam> group) {
        List<Geometry> polygons = group.stream().map(s -> (Geometry) s.piece().polygon()).toList();
        Geometry union = ClosingUnion.of(polygons, group.get(0).piece().polygon().getFactory());
        List<Polygon> joined = PolygonsOnly.parts(union);
        List<List<int[]>> sets = new ArrayList<>();
        List<PreparedGeometry> prepared = new ArrayList<>();
        for (Polygon p : joined) {
            sets.add(new ArrayList<>());
            prepared.add(PreparedGeometryFactory.prepare(p));
        }
        for (Seam s : group) {
            Point inside = s.piece().polygon().getInteriorPoint();
            for (int r = 0; r < joined.size(); r++) {
                if (prepared.get(r).covers(inside)) {
                    for (int[] set : s.piece().missingSets()) {
                        addOnce(sets.get(r), set);
                    }
                    break;
                }
            }
        }
        List<Joined> out = new ArrayList<>();
        for (int r = 0; r < joined.size(); r++) {
            out.add(new Joined(joined.get(r), sets.get(r)));
        }
        return out;
    }

    private static void addOnce(List<int[]> sets, int[] set) {
        if (sets.stream().noneMatch(s -> Arrays.equals(s, set))) {
            sets.add(set);
        }
    }
}
