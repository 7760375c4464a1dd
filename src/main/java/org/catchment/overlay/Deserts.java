package org.catchment.overlay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Finds social infrastructure deserts in a {@link ServedSurface}.
 *
 * <p>The pieces that meet the {@link DesertRule} are dissolved and split into connected polygons:
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
            Geometry dissolved = Polygons.union(e.getValue(), factory);
            groups.add(new Group(e.getKey(), Polygons.parts(dissolved)));
            all.add(dissolved);
        }
        List<Candidate> kept = new ArrayList<>();
        int slivers = 0;
        double sliverAreaM2 = 0;
        if (!all.isEmpty()) {
            for (Polygon region : Polygons.parts(Polygons.union(all, factory))) {
                double area = region.getArea();
                if (area < rule.minAreaM2()) {
                    slivers++;
                    sliverAreaM2 += area;
                } else {
                    kept.add(candidate(region, area, groups, surface.typeIds()));
                }
            }
        }
        kept.sort(Comparator.comparingDouble((Candidate c) -> -c.areaM2())
                .thenComparingDouble(c -> c.polygon().getEnvelopeInternal().getMinX())
                .thenComparingDouble(c -> c.polygon().getEnvelopeInternal().getMinY()));
        List<Desert> deserts = new ArrayList<>();
        for (Candidate c : kept) {
            Double residents = population == null ? null : population.residentsIn(c.polygon());
            deserts.add(new Desert(deserts.size() + 1, c.polygon(), c.areaM2(), wardsOf(c, wards), c.missing(),
                    c.partly(), residents));
        }
        return new DesertResult(deserts, slivers, sliverAreaM2);
    }

    /**
     * Each connected part of a group lies wholly inside one region (the region is the union of
     * such parts), so an interior point decides which region it belongs to.
     */
    private static Candidate candidate(Polygon region, double area, List<Group> groups, List<String> typeIds) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(region);
        Envelope env = region.getEnvelopeInternal();
        Set<String> everywhere = null;
        Set<String> somewhere = new HashSet<>();
        for (Group g : groups) {
            boolean inside = g.parts().stream().anyMatch(part -> env.intersects(part.getEnvelopeInternal())
                    && prepared.contains(part.getInteriorPoint()));
            if (inside) {
                somewhere.addAll(g.missing());
                if (everywhere == null) {
                    everywhere = new HashSet<>(g.missing());
                } else {
                    everywhere.retainAll(g.missing());
                }
            }
        }
        Set<String> throughout = everywhere == null ? Set.of() : everywhere;
        List<String> missing = typeIds.stream().filter(throughout::contains).toList();
        List<String> partly = typeIds.stream().filter(t -> somewhere.contains(t) && !throughout.contains(t)).toList();
        return new Candidate(region, area, missing, partly);
    }

    private static List<String> wardsOf(Candidate c, List<Zone> wards) {
        List<String> names = new ArrayList<>();
        Envelope env = c.polygon().getEnvelopeInternal();
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(c.polygon());
        for (Zone z : wards) {
            if (!env.intersects(z.geometry().getEnvelopeInternal()) || !prepared.intersects(z.geometry())) {
                continue;
            }
            if (Polygons.intersection(c.polygon(), z.geometry()).getArea() > WARD_OVERLAP_SHARE * c.areaM2()
                    && !names.contains(z.name())) {
                names.add(z.name());
            }
        }
        return names;
    }
}
