package org.catchment.overlay;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.catchment.layer.Overlays;
import org.catchment.layer.PolygonizedFaces;
import org.catchment.layer.PolygonsOnly;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The study area cut into pieces by which facility types serve each place.
 *
 * <p>Method: the study area is cut into quadrants, recursively, until each quadrant holds at
 * most {@value #MAX_TILE_VERTICES} vertices of the (clipped) served polygons. Within a quadrant
 * the boundaries of the area and of every served polygon are noded together and polygonized into
 * faces; each face is labelled with the types whose polygon holds its interior point, and faces
 * of the same label are dissolved. Finally each label's parts from all quadrants are unioned, so
 * there is one piece per set of serving types (at most 2<sup>types</sup>, in practice far fewer),
 * each a possibly multi-part polygon. Should noding fail in a quadrant, that quadrant falls back
 * to successive overlay: each type splits every part into part ∩ served and part − served,
 * skipping parts the polygon covers or cannot touch (envelope, then prepared-geometry test).
 *
 * <p>Exactness: the quadrants partition the study area; within one, every face lies wholly
 * inside or outside each polygon, because all boundaries are in the noded linework, so the faces
 * partition the quadrant and each face's label is right throughout it (likewise inside and
 * outside of a part partition it). Hence the pieces never overlap and their areas add up to the
 * study area's to floating-point rounding. Clipping to quadrants keeps every noding small, so
 * the work grows about as n log n with the number of vertices rather than with vertices times
 * pieces.
 */
public final class ServedSurface {

    /**
     * One piece of the partition: a place served by the same set of types throughout.
     *
     * @param geometry     the piece, polygonal
     * @param missingTypes the ids of the types that do not serve it, in the order the types were given
     * @param servedCount  how many types serve it
     */
    public record Piece(Geometry geometry, Set<String> missingTypes, int servedCount) {

        /** Copies the set, keeping its order. */
        public Piece {
            Objects.requireNonNull(geometry, "geometry");
            missingTypes = Collections.unmodifiableSet(new LinkedHashSet<>(missingTypes));
        }
    }

    private record Part(Geometry geometry, BitSet served) {
    }

    /** Overlay within a quadrant once its served polygons have at most this many vertices. */
    private static final int MAX_TILE_VERTICES = 16_000;
    /** At most 4^10 quadrants, whatever the vertex count. */
    private static final int MAX_TILE_DEPTH = 10;

    private final List<Piece> pieces;
    private final List<String> typeIds;
    private final GeometryFactory factory;

    private ServedSurface(List<Piece> pieces, List<String> typeIds, GeometryFactory factory) {
        this.pieces = List.copyOf(pieces);
        this.typeIds = List.copyOf(typeIds);
        this.factory = factory;
    }

    /**
     * @param studyArea the study area, polygonal
     * @param types     the facility types with their served polygons; ids must be unique
     * @return the partition
     * @throws IllegalArgumentException for a repeated type id
     */
    public static ServedSurface of(Geometry studyArea, List<TypeArea> types) {
        return of(studyArea, types, true);
    }

    /** As {@link #of(Geometry, List)}; {@code polygonize} false uses successive overlay in every quadrant. */
    static ServedSurface of(Geometry studyArea, List<TypeArea> types, boolean polygonize) {
        GeometryFactory factory = studyArea.getFactory();
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TypeArea t : types) {
            if (!seen.add(t.type())) {
                throw new IllegalArgumentException("facility type '" + t.type() + "' is given twice");
            }
            ids.add(t.type());
        }
        List<Geometry> served = types.stream().map(t -> Polygons.repaired(t.served())).toList();
        List<Part> parts = merge(tile(PolygonsOnly.of(Polygons.repaired(studyArea), factory), served, 0, polygonize), factory);
        List<Piece> pieces = new ArrayList<>();
        parts.sort(Comparator.comparingInt((Part p) -> -p.served().cardinality()).thenComparing(p -> key(p.served(), ids.size())));
        for (Part p : parts) {
            Set<String> missing = new LinkedHashSet<>();
            for (int k = 0; k < ids.size(); k++) {
                if (!p.served().get(k)) {
                    missing.add(ids.get(k));
                }
            }
            // normalised: the polygonizer's ring start points may differ from run to run
            pieces.add(new Piece(p.geometry().norm(), missing, p.served().cardinality()));
        }
        return new ServedSurface(pieces, ids, factory);
    }

    /**
     * The surface of a tiled run: the tiles' own surfaces, each over the tile's part of the study
     * area, put side by side. The pieces with the same set of serving types become one piece whose
     * polygons are the tiles' pieces, meeting along the seams but not dissolved across them (so
     * no polygon spans more than a tile); its area is their sum.
     *
     * @param tiles   each tile's surface, in tile order, all over the same types
     * @param typeIds the type ids, in order
     * @param factory the geometry factory of the run
     * @return the surface, its pieces ordered as {@link #of} orders them
     */
    public static ServedSurface sideBySide(List<List<Piece>> tiles, List<String> typeIds, GeometryFactory factory) {
        Map<Set<String>, List<Polygon>> byMissing = new LinkedHashMap<>();
        for (List<Piece> tile : tiles) {
            for (Piece p : tile) {
                byMissing.computeIfAbsent(p.missingTypes(), k -> new ArrayList<>()).addAll(PolygonsOnly.parts(p.geometry()));
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (Map.Entry<Set<String>, List<Polygon>> e : byMissing.entrySet()) {
            pieces.add(new Piece(factory.createMultiPolygon(e.getValue().toArray(Polygon[]::new)), e.getKey(),
                    typeIds.size() - e.getKey().size()));
        }
        pieces.sort(Comparator.comparingInt((Piece p) -> -p.servedCount()).thenComparing(p -> key(served(p, typeIds),
                typeIds.size())));
        return new ServedSurface(pieces, typeIds, factory);
    }

    private static BitSet served(Piece p, List<String> typeIds) {
        BitSet b = new BitSet();
        for (int k = 0; k < typeIds.size(); k++) {
            b.set(k, !p.missingTypes().contains(typeIds.get(k)));
        }
        return b;
    }

    /**
     * Cuts the area into quadrants until each holds few enough served-polygon vertices, then
     * labels the faces within each quadrant (or, on a noding failure or when asked, splits by
     * successive overlay). Clipping to quadrants keeps every noding small.
     */
    private static List<Part> tile(Geometry area, List<Geometry> served, int depth, boolean polygonize) {
        if (area.getArea() == 0) {
            return List.of();
        }
        int vertices = area.getNumPoints();
        for (Geometry g : served) {
            vertices += g.getNumPoints();
        }
        if (vertices <= MAX_TILE_VERTICES || depth >= MAX_TILE_DEPTH) {
            if (polygonize) {
                try {
                    return faces(area, served);
                } catch (TopologyException e) {
                    return successiveOverlay(area, served);
                }
            }
            return successiveOverlay(area, served);
        }
        Envelope e = area.getEnvelopeInternal();
        double midX = (e.getMinX() + e.getMaxX()) / 2;
        double midY = (e.getMinY() + e.getMaxY()) / 2;
        List<Part> out = new ArrayList<>();
        for (Envelope q : new Envelope[] {new Envelope(e.getMinX(), midX, e.getMinY(), midY),
                new Envelope(midX, e.getMaxX(), e.getMinY(), midY), new Envelope(e.getMinX(), midX, midY, e.getMaxY()),
                new Envelope(midX, e.getMaxX(), midY, e.getMaxY())}) {
            Geometry box = area.getFactory().toGeometry(q);
            List<Geometry> clipped = new ArrayList<>();
            for (Geometry g : served) {
                clipped.add(g.isEmpty() || !g.getEnvelopeInternal().intersects(q) ? area.getFactory().createPolygon()
                        : Polygons.intersection(g, box));
            }
            out.addAll(tile(Polygons.intersection(area, box), clipped, depth + 1, polygonize));
        }
        return out;
    }

    /**
     * Nodes the boundaries of the area and of every served polygon together, polygonizes them
     * into faces, and labels each face by which polygons hold its interior point. The faces
     * partition the area exactly (every boundary is in the linework, so no face straddles
     * one); faces with the same label are dissolved with a coverage union, which is exact
     * because neighbouring faces share their noded edges.
     */
    private static List<Part> faces(Geometry area, List<Geometry> served) {
        GeometryFactory f = area.getFactory();
        List<Geometry> lines = new ArrayList<>();
        lines.add(area.getBoundary());
        List<IndexedPointInAreaLocator> locators = new ArrayList<>();
        for (Geometry g : served) {
            if (!g.isEmpty()) {
                lines.add(g.getBoundary());
            }
            locators.add(g.isEmpty() ? null : new IndexedPointInAreaLocator(g));
        }
        Geometry noded = Overlays.union(lines, f);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        IndexedPointInAreaLocator inArea = new IndexedPointInAreaLocator(area);
        Map<BitSet, List<Geometry>> groups = new LinkedHashMap<>();
        for (Polygon face : PolygonizedFaces.of(polygonizer)) {
            Coordinate c = face.getInteriorPoint().getCoordinate();
            if (c == null || inArea.locate(c) == Location.EXTERIOR) {
                continue;
            }
            BitSet set = new BitSet();
            for (int k = 0; k < locators.size(); k++) {
                if (locators.get(k) != null && locators.get(k).locate(c) != Location.EXTERIOR) {
                    set.set(k);
                }
            }
            groups.computeIfAbsent(set, x -> new ArrayList<>()).add(face);
        }
        List<Part> out = new ArrayList<>();
        for (Map.Entry<BitSet, List<Geometry>> e : groups.entrySet()) {
            Geometry g = e.getValue().size() == 1 ? e.getValue().get(0)
                    : PolygonsOnly.of(CoverageUnion.union(f.buildGeometry(e.getValue())), f);
            out.add(new Part(g, e.getKey()));
        }
        return out;
    }

    /** Splits each part by each type in turn: part ∩ served and part − served. */
    private static List<Part> successiveOverlay(Geometry area, List<Geometry> served) {
        List<Part> parts = new ArrayList<>(List.of(new Part(area, new BitSet())));
        for (int k = 0; k < served.size(); k++) {
            parts = split(parts, served.get(k), k);
        }
        return parts;
    }

    /** @return one part per set of serving types: the union of the quadrants' parts with that set */
    private static List<Part> merge(List<Part> parts, GeometryFactory factory) {
        Map<BitSet, List<Geometry>> bySet = new LinkedHashMap<>();
        for (Part p : parts) {
            bySet.computeIfAbsent(p.served(), k -> new ArrayList<>()).add(p.geometry());
        }
        List<Part> merged = new ArrayList<>();
        for (Map.Entry<BitSet, List<Geometry>> e : bySet.entrySet()) {
            List<Geometry> g = e.getValue();
            merged.add(new Part(g.size() == 1 ? g.get(0) : Polygons.union(g, factory), e.getKey()));
        }
        return merged;
    }

    private static List<Part> split(List<Part> parts, Geometry served, int k) {
        List<Part> out = new ArrayList<>();
        PreparedGeometry prepared = served.isEmpty() ? null : PreparedGeometryFactory.prepare(served);
        for (Part p : parts) {
            Geometry g = p.geometry();
            if (prepared == null || !served.getEnvelopeInternal().intersects(g.getEnvelopeInternal())
                    || !prepared.intersects(g)) {
                out.add(p);
            } else if (prepared.covers(g)) {
                out.add(new Part(g, with(p.served(), k)));
            } else {
                Geometry inside = Polygons.intersection(g, served);
                Geometry outside = Polygons.difference(g, served);
                if (inside.getArea() > 0) {
                    out.add(new Part(inside, with(p.served(), k)));
                }
                if (outside.getArea() > 0) {
                    out.add(new Part(outside, p.served()));
                }
            }
        }
        return out;
    }

    private static BitSet with(BitSet set, int k) {
        BitSet b = (BitSet) set.clone();
        b.set(k);
        return b;
    }

    /** @return the set as a string of 0/1 by type order, for a deterministic order of pieces */
    private static String key(BitSet set, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            s.append(set.get(k) ? '1' : '0');
        }
        return s.toString();
    }

    /** @return the pieces, most served first (then by the set of serving types), partitioning the study area */
    public List<Piece> pieces() {
        return pieces;
    }

    /** @return the type ids in the order given */
    public List<String> typeIds() {
        return typeIds;
    }

    /** @return the union of the pieces served by exactly {@code n} types (empty if none) */
    public Geometry servedCount(int n) {
        return Polygons.union(pieces.stream().filter(p -> p.servedCount() == n).map(Piece::geometry).toList(), factory);
    }
}
