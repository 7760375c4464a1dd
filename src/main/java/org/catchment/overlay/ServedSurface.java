package org.catchment.overlay;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The study area cut into pieces by which facility types serve each place.
 *
 * <p>Built by successive overlay: the study area starts as one piece served by no type; each type
 * in turn splits every piece into the part inside its served polygon and the part outside
 * (piece ∩ served, piece − served), dropping empty parts. A piece the polygon covers, or cannot
 * touch (envelope test, then a prepared-geometry test), is passed on whole without an overlay.
 * Since inside and outside of one piece are disjoint and together make the piece, the pieces
 * always partition the study area: no overlaps, and their areas add up to the study area's
 * (to floating-point rounding). There is at most one piece per set of serving types (at most
 * 2<sup>types</sup>, in practice far fewer), each a possibly multi-part polygon.
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
        GeometryFactory factory = studyArea.getFactory();
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TypeArea t : types) {
            if (!seen.add(t.type())) {
                throw new IllegalArgumentException("facility type '" + t.type() + "' is given twice");
            }
            ids.add(t.type());
        }
        List<Part> parts = new ArrayList<>();
        Geometry start = Polygons.polygonal(studyArea, factory);
        if (start.getArea() > 0) {
            parts.add(new Part(start, new BitSet()));
        }
        for (int k = 0; k < types.size(); k++) {
            parts = split(parts, Polygons.repaired(types.get(k).served()), k);
        }
        List<Piece> pieces = new ArrayList<>();
        parts.sort(Comparator.comparingInt((Part p) -> -p.served().cardinality()).thenComparing(p -> key(p.served(), ids.size())));
        for (Part p : parts) {
            Set<String> missing = new LinkedHashSet<>();
            for (int k = 0; k < ids.size(); k++) {
                if (!p.served().get(k)) {
                    missing.add(ids.get(k));
                }
            }
            pieces.add(new Piece(p.geometry(), missing, p.served().cardinality()));
        }
        return new ServedSurface(pieces, ids, factory);
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
