package org.catchment.overlay;

import java.util.ArrayList;
import java.util.Comparator;
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
 * <p>The pieces that meet the {@link DesertRule} are grouped by their set of missing types and
 * each group is dissolved and split into connected polygons. A polygon smaller than the rule's
 * minimum area is a sliver: dropped, and counted in the result. Each other polygon is a
 * {@link Desert} with the zones it overlaps, its area and (with population data) its residents.
 * A zone counts as overlapped when the shared area exceeds a billionth of the desert's area, so
 * that a desert which only touches a zone along its boundary, or overlaps it by floating-point
 * dust, is not listed there. Ids run 1..n by area, largest first; ties are broken by position
 * (lowest x, then y), so the numbering is the same on every run.
 */
public final class Deserts {

    private static final double WARD_OVERLAP_SHARE = 1e-9;

    private Deserts() {
    }

    private record Candidate(Polygon polygon, double areaM2, List<String> missing) {
    }

    /**
     * @param surface    the partition of the study area
     * @param rule       when a place is a desert
     * @param wards      the zones to name each desert by, in the order to list them
     * @param population residents, or null
     * @return the deserts, and the slivers dropped
     */
    public static DesertResult find(ServedSurface surface, DesertRule rule, List<Zone> wards, Population population) {
        Map<Set<String>, List<Geometry>> groups = new LinkedHashMap<>();
        GeometryFactory factory = null;
        for (ServedSurface.Piece p : surface.pieces()) {
            if (rule.matches(p.missingTypes())) {
                groups.computeIfAbsent(p.missingTypes(), k -> new ArrayList<>()).add(p.geometry());
                factory = p.geometry().getFactory();
            }
        }
        List<Candidate> kept = new ArrayList<>();
        int slivers = 0;
        double sliverAreaM2 = 0;
        for (Map.Entry<Set<String>, List<Geometry>> e : groups.entrySet()) {
            Geometry dissolved = Polygons.union(e.getValue(), factory);
            for (Polygon polygon : Polygons.parts(dissolved)) {
                double area = polygon.getArea();
                if (area < rule.minAreaM2()) {
                    slivers++;
                    sliverAreaM2 += area;
                } else {
                    kept.add(new Candidate(polygon, area, List.copyOf(e.getKey())));
                }
            }
        }
        kept.sort(Comparator.comparingDouble((Candidate c) -> -c.areaM2())
                .thenComparingDouble(c -> c.polygon().getEnvelopeInternal().getMinX())
                .thenComparingDouble(c -> c.polygon().getEnvelopeInternal().getMinY()));
        List<Desert> deserts = new ArrayList<>();
        for (Candidate c : kept) {
            Double residents = population == null ? null : population.residentsIn(c.polygon());
            deserts.add(new Desert(deserts.size() + 1, c.polygon(), c.areaM2(), wardsOf(c, wards), c.missing(), residents));
        }
        return new DesertResult(deserts, slivers, sliverAreaM2);
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
