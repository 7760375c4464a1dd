package org.catchment.overlay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catchment.layer.ClosingUnion;
import org.catchment.layer.PolygonsOnly;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds social infrastructure deserts in a {@link ServedSurface}.
 *
 * <p>The pieces that meet the {@link DesertRule} are dissolved (closing gaps under a micrometre,
 * {@link ClosingUnion}) and split into connected polygons:
 * each is one desert region, however many different sets of types its parts lack. A polygon
 * smaller than the rule's minimum area is a sliver: dropped, and counted in the result. Each other
 * polygon is a {@link Desert} with the types missing throughout it and those missing only in
 * parts (from the pieces it is made of), the zones it overlaps, its area and (with population
 * data) its residents. Only the types the rule counts are listed: pieces that differ only in
 * types left out of the rule are one piece to it.
 * A zone counts as overlapped when the shared area exceeds a billionth of the desert's area, so
 * that a desert which only touches a zone along its boundary, or overlaps it by floating-point
 * dust, is not listed there. Ids run 1..n by area, largest first; ties are broken by position
 * (lowest x, then y), so the numbering is the same on every run.
 */
public final class Deserts {

    private static final double WARD_OVERLAP_SHARE = 1e-9;

    private Deserts() {
    }

    private record Candidate(Polygon polygon, double areaM2, List<String> missing, List<String> partly) {
    }

    /** A dissolved group of pieces with the same missing types, split into its connected parts. */
    private record Group(Set<String> missing, List<Polygon> parts) {
    }

    /**
     * @param surface    the partition of the study area
     * @param rule       when a place is a desert
     * @param wards      the zones to name each desert by, in the order to list them
     * @param population residents, or null
     * @return the deserts, and the slivers dropped
     */
    public static DesertResult find(ServedSurface surface, DesertRule rule, List<Zone> wards, Population population) {
        return of(regions(surface, rule), rule, surface.typeIds(), wards, population);
    }

    /**
     * The places of a surface that meet the rule, before the sliver rule: the matching pieces
     * dissolved and split into connected polygons, each with the sets of missing types of the
     * pieces it is made of.
     *
     * @param surface the partition of the study area (or of a tile's part of it)
     * @param rule    when a place is a desert
     * @return the regions, in the order of the dissolved polygons (the same for the same surface;
     *     {@link #of} numbers the deserts by area)
     */
    public static List<DesertRegion> regions(ServedSurface surface, DesertRule rule) {
        Map<Set<String>, List<Geometry>> bySet = new LinkedHashMap<>();
        GeometryFactory factory = null;
        for (ServedSurface.Piece p : surface.pieces()) {
            if (rule.matches(p.missingTypes())) {
                bySet.computeIfAbsent(rule.counted(p.missingTypes()), k -> new ArrayList<>()).add(p.geometry());
                factory = p.geometry().getFactory();
            }
        }
        List<Group> groups = new ArrayList<>();
        List<Geometry> all = new ArrayList<>();
        for (Map.Entry<Set<String>, List<Geometry>> e : bySet.entrySet()) {
            // a piece of the surface is dissolved already: only several pieces counted alike need a union
            Geometry dissolved = e.getValue().size() == 1 ? e.getValue().get(0) : Polygons.union(e.getValue(), factory);
            groups.add(new Group(e.getKey(), PolygonsOnly.parts(dissolved)));
            all.add(dissolved);
        }
        List<DesertRegion> out = new ArrayList<>();
        if (all.isEmpty()) {
            return out;
        }
        // gaps of no real width between desert pieces (edges of two service areas computed apart) are closed
        List<Polygon> regions = PolygonsOnly.parts(ClosingUnion.of(all, factory));
        List<List<Group>> inRegion = groupsByRegion(regions, groups);
        for (int r = 0; r < regions.size(); r++) {
            out.add(new DesertRegion(regions.get(r), inRegion.get(r).stream().map(Group::missing).toList()));
        }
        return out;
    }

    /**
     * Applies the sliver rule to the regions and describes the rest as deserts.
     *
     * @param regions    the places that meet the rule, each connected ({@link #regions})
     * @param rule       the rule (its minimum area)
     * @param typeIds    the facility types, in order
     * @param wards      the zones to name each desert by, in the order to list them
     * @param population residents, or null
     * @return the deserts, numbered by area, and the slivers dropped
     */
    public static DesertResult of(List<DesertRegion> regions, DesertRule rule, List<String> typeIds, List<Zone> wards,
                                  Population population) {
        List<Candidate> kept = new ArrayList<>();
        int slivers = 0;
        double sliverAreaM2 = 0;
        for (DesertRegion region : regions) {
            double area = region.polygon().getArea();
            if (area < rule.minAreaM2()) {
                slivers++;
                sliverAreaM2 += area;
            } else {
                kept.add(candidate(region, area, typeIds));
            }
        }
        kept.sort(Comparator.comparingDouble((Candidate c) -> -c.areaM2())
                .thenComparingDouble(c -> c.polygon().getEnvelopeInternal().getMinX())
                .thenComparingDouble(c -> c.polygon().getEnvelopeInternal().getMinY()));
        STRtree wardIndex = new STRtree();
        for (int i = 0; i < wards.size(); i++) {
            wardIndex.insert(wards.get(i).geometry().getEnvelopeInternal(), i);
        }
        List<Desert> deserts = new ArrayList<>();
        for (Candidate c : kept) {
            Double residents = population == null ? null : population.residentsIn(c.polygon());
            deserts.add(new Desert(deserts.size() + 1, c.polygon(), c.areaM2(), wardsOf(c, wardIndex, wards), c.missing(),
                    c.partly(), residents));
        }
        return new DesertResult(deserts, slivers, sliverAreaM2);
    }

    /**
     * Each connected part of a group lies wholly inside one region (the region is the union of
     * such parts), so an interior point decides which region it belongs to. The regions are
     * indexed, so each part is tested against the few regions whose envelope holds its point.
     *
     * @return per region, the groups with a part inside it (each group once, in group order)
     */
    private static List<List<Group>> groupsByRegion(List<Polygon> regions, List<Group> groups) {
        STRtree index = new STRtree();
        for (int r = 0; r < regions.size(); r++) {
            index.insert(regions.get(r).getEnvelopeInternal(), r);
        }
        List<PreparedGeometry> prepared = new ArrayList<>(Collections.nCopies(regions.size(), null));
        List<List<Group>> out = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            out.add(new ArrayList<>());
        }
        for (Group g : groups) {
            for (Polygon part : g.parts()) {
                Point p = part.getInteriorPoint();
                for (Object o : index.query(p.getEnvelopeInternal())) {
                    int r = (Integer) o;
                    if (prepared.get(r) == null) {
                        prepared.set(r, PreparedGeometryFactory.prepare(regions.get(r)));
                    }
                    List<Group> found = out.get(r);
                    if ((found.isEmpty() || found.get(found.size() - 1) != g) && prepared.get(r).contains(p)) {
                        found.add(g);
                    }
                }
            }
        }
        return out;
    }

    private static Candidate candidate(DesertRegion region, double area, List<String> typeIds) {
        Set<String> everywhere = null;
        Set<String> somewhere = new HashSet<>();
        for (Set<String> missing : region.missingSets()) {
            somewhere.addAll(missing);
            if (everywhere == null) {
                everywhere = new HashSet<>(missing);
            } else {
                everywhere.retainAll(missing);
            }
        }
        Set<String> throughout = everywhere == null ? Set.of() : everywhere;
        List<String> missing = typeIds.stream().filter(throughout::contains).toList();
        List<String> partly = typeIds.stream().filter(t -> somewhere.contains(t) && !throughout.contains(t)).toList();
        return new Candidate(region.polygon(), area, missing, partly);
    }

    /**
     * The desert is cut into pieces ({@link AreaPieces}) and the zones are indexed, so a large
     * desert is overlaid with each zone near it piece by piece, not whole.
     */
    private static List<String> wardsOf(Candidate c, STRtree wardIndex, List<Zone> wards) {
        List<String> names = new ArrayList<>();
        AreaPieces desert = AreaPieces.of(c.polygon());
        List<Integer> near = new ArrayList<>();
        for (Object o : wardIndex.query(c.polygon().getEnvelopeInternal())) {
            near.add((Integer) o);
        }
        near.sort(null);
        for (int i : near) {
            Zone z = wards.get(i);
            if (desert.intersectionArea(z.geometry()) > WARD_OVERLAP_SHARE * c.areaM2() && !names.contains(z.name())) {
                names.add(z.name());
            }
        }
        return names;
    }
}
