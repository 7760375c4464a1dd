package org.catchment.tiling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.catchment.layer.Overlays;
import org.catchment.layer.PolygonsOnly;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * How a study area is cut into tiles, and the partition of the plane that says which tile each
 * place is taken from. Every place belongs to exactly one tile's CELL, so that each output feature
 * (a piece of a service area, a node, a postcode, a facility) comes from exactly one tile.
 *
 * <p>The plane is first cut into square ATOMS on a grid whose lines lie at multiples of their side,
 * over a frame (the study envelope widened by the walking reach); the outermost atoms reach far
 * beyond the frame, so that the atoms cover the plane, and a point beyond the frame belongs to the
 * atom of its nearest point of the frame. Squares are half-open (west and south sides in, east
 * and north sides out), so each point lies in one atom.
 *
 * <ul>
 * <li>By grid: the atoms are the grid's squares. The tiles are the squares meeting the zones
 *     reported (the study area's wards and the zone layers); another square belongs to the tile
 *     whose square's centre is nearest its centre (ties: the first tile).</li>
 * <li>By field: the tiles are the distinct values of a field of the wards, sorted. A place in a ward
 *     belongs to the ward's tile (on a boundary: the first ward in the layer's order); a place
 *     outside every ward belongs to the atom's tile, which is the tile of the ward nearest the
 *     atom's centre (ties: the first ward). The atoms' side is the frame's larger side / 200.</li>
 * </ul>
 *
 * <p>A tile's envelope is that of its cell within the study envelope: the part of the map where
 * its results are kept and must be exact, so the part its network is read around.
 */
public final class TilePlan {

    /** How far beyond the frame the outermost atoms reach, m. */
    private static final double FAR = 1e7;
    /** Atoms across the frame's larger side when tiling by a field. */
    private static final int FIELD_ATOMS = 200;

    /**
     * One tile.
     *
     * @param index    its place in the plan (tiles run and are written in this order)
     * @param id       its name: the field's value, or the grid square as {@code E<km>_N<km>} of its south-west corner
     * @param cell     the places it is taken from (the cells of a plan partition the plane)
     * @param envelope the envelope of its cell within the study envelope
     */
    public record Tile(int index, String id, Geometry cell, Envelope envelope) {
    }

    private final GeometryFactory factory;
    private final double side;
    private final int i0;
    private final int j0;
    private final int ni;
    private final int nj;
    private final int[] atomTile;
    private final List<Geometry> wards;
    private final int[] wardTile;
    private final STRtree wardIndex;
    private final Envelope frame;
    private final List<Tile> tiles = new ArrayList<>();

    private TilePlan(GeometryFactory factory, double side, Envelope frame, List<Geometry> wards, int[] wardTile) {
        this.factory = factory;
        this.side = side;
        this.frame = new Envelope(frame);
        this.i0 = (int) Math.floor(frame.getMinX() / side);
        this.j0 = (int) Math.floor(frame.getMinY() / side);
        this.ni = (int) Math.floor(frame.getMaxX() / side) - i0 + 1;
        this.nj = (int) Math.floor(frame.getMaxY() / side) - j0 + 1;
        if ((long) ni * nj > 4_000_000L) {
            throw new IllegalArgumentException("too many grid squares: " + ni + " x " + nj);
        }
        this.atomTile = new int[ni * nj];
        this.wards = wards;
        this.wardTile = wardTile;
        this.wardIndex = new STRtree();
        for (int w = 0; w < wards.size(); w++) {
            wardIndex.insert(wards.get(w).getEnvelopeInternal(), w);
        }
    }

    /**
     * @param sideM    the squares' side, m
     * @param study    the study envelope (the study area and the zone layers)
     * @param reachM   the walking reach R around it
     * @param reported the zones reported (wards, zone layers' zones): a square meeting one is a tile
     */
    public static TilePlan grid(double sideM, Envelope study, double reachM, List<Geometry> reported,
                                GeometryFactory factory) {
        Envelope frame = new Envelope(study);
        frame.expandBy(reachM);
        TilePlan plan = new TilePlan(factory, sideM, frame, List.of(), new int[0]);
        STRtree index = new STRtree();
        reported.forEach(g -> index.insert(g.getEnvelopeInternal(), g));
        List<int[]> squares = new ArrayList<>();
        for (int j = 0; j < plan.nj; j++) {
            for (int i = 0; i < plan.ni; i++) {
                Geometry square = plan.square(i, j, false);
                if (!square.getEnvelopeInternal().intersects(study)) {
                    continue;
                }
                PreparedGeometry p = PreparedGeometryFactory.prepare(square);
                @SuppressWarnings("unchecked")
                List<Geometry> near = index.query(square.getEnvelopeInternal());
                if (near.stream().anyMatch(g -> p.intersects(g) && !p.touches(g))) {
                    squares.add(new int[] {i, j});
                }
            }
        }
        if (squares.isEmpty()) {
            throw new IllegalArgumentException("no grid square meets the study area");
        }
        for (int a = 0; a < plan.atomTile.length; a++) {
            int i = a % plan.ni;
            int j = a / plan.ni;
            long best = Long.MAX_VALUE;
            for (int t = 0; t < squares.size(); t++) {
                long di = squares.get(t)[0] - i;
                long dj = squares.get(t)[1] - j;
                if (di * di + dj * dj < best) {
                    best = di * di + dj * dj;
                    plan.atomTile[a] = t;
                }
            }
        }
        for (int t = 0; t < squares.size(); t++) {
            int[] sq = squares.get(t);
            String id = String.format(Locale.ROOT, "E%s_N%s", km((plan.i0 + sq[0]) * sideM), km((plan.j0 + sq[1]) * sideM));
            plan.addTile(t, id, OverlayNGRobust.union(plan.atomsOf(t)), study);
        }
        return plan;
    }

    /**
     * @param wards  the study area's wards, in the layer's order
     * @param values each ward's value of the tiling field (none null or blank)
     * @param study  the study envelope (the study area and the zone layers)
     * @param reachM the walking reach R around it
     */
    public static TilePlan byValue(List<Geometry> wards, List<String> values, Envelope study, double reachM,
                                   GeometryFactory factory) {
        TreeMap<String, Integer> ids = new TreeMap<>();
        values.forEach(v -> ids.put(v, 0));
        int n = 0;
        for (var e : ids.entrySet()) {
            e.setValue(n++);
        }
        int[] wardTile = values.stream().mapToInt(ids::get).toArray();
        Envelope frame = new Envelope(study);
        frame.expandBy(reachM);
        double side = Math.max(frame.getWidth(), frame.getHeight()) / FIELD_ATOMS;
        TilePlan plan = new TilePlan(factory, side, frame, List.copyOf(wards), wardTile);
        for (int a = 0; a < plan.atomTile.length; a++) {
            Coordinate c = plan.centre(a % plan.ni, a / plan.ni);
            Geometry point = factory.createPoint(c);
            Object nearest = plan.wardIndex.nearestNeighbour(point.getEnvelopeInternal(), point,
                    (x, y) -> plan.item(x.getItem()).distance(plan.item(y.getItem())));
            plan.atomTile[a] = wardTile[nearestWard(plan, point, (Integer) nearest)];
        }
        Geometry studyUnion = OverlayNGRobust.union(wards);
        List<String> names = new ArrayList<>(ids.keySet());
        for (int t = 0; t < names.size(); t++) {
            List<Geometry> own = new ArrayList<>();
            for (int w = 0; w < wards.size(); w++) {
                if (wardTile[w] == t) {
                    own.add(wards.get(w));
                }
            }
            Geometry outside = OverlayNGRobust.overlay(OverlayNGRobust.union(plan.atomsOf(t)), studyUnion,
                    OverlayNG.DIFFERENCE);
            own.add(outside);
            plan.addTile(t, names.get(t), OverlayNGRobust.union(own), study);
        }
        return plan;
    }

    private Geometry item(Object item) {
        return item instanceof Integer w ? wards.get(w) : (Geometry) item;
    }

    /** @return the first ward (in the layer's order) as near the point as the one the index found */
    private static int nearestWard(TilePlan plan, Geometry point, int found) {
        double d = plan.wards.get(found).distance(point);
        Envelope around = new Envelope(point.getCoordinate());
        around.expandBy(d);
        int best = found;
        for (Object o : plan.wardIndex.query(around)) {
            int w = (Integer) o;
            if (w < best && plan.wards.get(w).distance(point) <= d) {
                best = w;
            }
        }
        return best;
    }

    private void addTile(int t, String id, Geometry union, Envelope study) {
        Geometry cell = PolygonsOnly.of(union, factory);
        Geometry inStudy = OverlayNGRobust.overlay(cell, factory.toGeometry(study), OverlayNG.INTERSECTION);
        Envelope env = inStudy.isEmpty() ? new Envelope() : new Envelope(inStudy.getEnvelopeInternal());
        tiles.add(new Tile(t, id, cell, env));
    }

    private List<Geometry> atomsOf(int t) {
        List<Geometry> out = new ArrayList<>();
        for (int a = 0; a < atomTile.length; a++) {
            if (atomTile[a] == t) {
                out.add(square(a % ni, a / ni, true));
            }
        }
        return out;
    }

    /** @return the square of atom (i, j); with {@code far} the outermost reach far beyond the frame */
    private Geometry square(int i, int j, boolean far) {
        double x0 = (i0 + i) * side;
        double y0 = (j0 + j) * side;
        double x1 = x0 + side;
        double y1 = y0 + side;
        if (far) {
            x0 = i == 0 ? x0 - FAR : x0;
            y0 = j == 0 ? y0 - FAR : y0;
            x1 = i == ni - 1 ? x1 + FAR : x1;
            y1 = j == nj - 1 ? y1 + FAR : y1;
        }
        return factory.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    private Coordinate centre(int i, int j) {
        return new Coordinate((i0 + i + 0.5) * side, (j0 + j + 0.5) * side);
    }

    /** @return the tiles, in order */
    public List<Tile> tiles() {
        return List.copyOf(tiles);
    }

    /** @return the index of the tile a point is taken from */
    public int owner(Coordinate c) {
        if (!wards.isEmpty()) {
            Geometry point = factory.createPoint(c);
            int first = Integer.MAX_VALUE;
            for (Object o : wardIndex.query(new Envelope(c))) {
                int w = (Integer) o;
                if (w < first && wards.get(w).covers(point)) {
                    first = w;
                }
            }
            if (first != Integer.MAX_VALUE) {
                return wardTile[first];
            }
        }
        int i = clamp((int) Math.floor(c.x / side) - i0, ni);
        int j = clamp((int) Math.floor(c.y / side) - j0, nj);
        return atomTile[j * ni + i];
    }

    private static int clamp(int k, int n) {
        return Math.max(0, Math.min(n - 1, k));
    }

    /** @return the part of a polygon in a tile's cell */
    public Geometry clip(Geometry g, int tile) {
        Tile t = tiles.get(tile);
        if (g.isEmpty() || !g.getEnvelopeInternal().intersects(t.cell().getEnvelopeInternal())) {
            return factory.createGeometryCollection();
        }
        Geometry polygons = PolygonsOnly.of(g, factory);
        return PolygonsOnly.of(Overlays.overlay(polygons, t.cell(), OverlayNG.INTERSECTION), factory);
    }

    /** @return the frame the atoms cover (beyond it the outermost atoms reach on) */
    public Envelope frame() {
        return new Envelope(frame);
    }

    private static String km(double m) {
        double km = m / 1000;
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }
}
