package org.catchment.overlay;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * How deserts changed between two results (a baseline and a scenario), matched by overlap.
 *
 * <p>Method: a desert before and a desert after are linked when they overlap by more than a
 * billionth of the smaller one's area (as {@link Deserts} decides that a desert lies in a ward);
 * the links group the deserts into connected sets. A set with deserts only after {@link
 * Status#APPEARED appeared}, one with deserts only before {@link Status#DISAPPEARED disappeared},
 * one desert before and one after with the same polygon (their symmetric difference under a
 * millionth of their area) and the same missing types is {@link Status#UNCHANGED unchanged}, and
 * any other set (grown, shrunk, split, merged, or lacking other types) {@link Status#CHANGED
 * changed}. Each set's missing types are those missing throughout every desert of the side; its
 * residents and area add up over them.
 *
 * @param status what happened
 * @param before the deserts of the set before (numbered as in the baseline), maybe none
 * @param after  the deserts of the set after (numbered as in the scenario), maybe none
 */
public record DesertChange(Status status, List<Desert> before, List<Desert> after) {

    /** What happened to a desert. */
    public enum Status {
        /** No desert was there before. */
        APPEARED,
        /** No desert is there after. */
        DISAPPEARED,
        /** It grew, shrank, split, merged or lacks other types. */
        CHANGED,
        /** The same polygon lacking the same types. */
        UNCHANGED
    }

    private static final double OVERLAP_SHARE = 1e-9;
    private static final double SAME_SHARE = 1e-6;

    public DesertChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /**
     * @param before the deserts of the baseline
     * @param after  the deserts of the scenario
     * @return the sets of overlapping deserts: those with a desert before in the order of the first
     *     one's id, then those that appeared, by id
     */
    public static List<DesertChange> match(List<Desert> before, List<Desert> after) {
        int n = before.size();
        int[] parent = new int[n + after.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Desert b = before.get(i);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(b.geometry());
            Envelope env = b.geometry().getEnvelopeInternal();
            for (int j = 0; j < after.size(); j++) {
                Desert a = after.get(j);
                if (env.intersects(a.geometry().getEnvelopeInternal()) && prepared.intersects(a.geometry())
                        && Polygons.intersection(b.geometry(), a.geometry()).getArea()
                        > OVERLAP_SHARE * Math.min(b.areaM2(), a.areaM2())) {
                    parent[find(parent, i)] = find(parent, n + j);
                }
            }
        }
        List<DesertChange> out = new ArrayList<>();
        boolean[] done = new boolean[parent.length];
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<Desert> b = new ArrayList<>();
            List<Desert> a = new ArrayList<>();
            for (int k = 0; k < parent.length; k++) {
                if (find(parent, k) == root) {
                    (k < n ? b : a).add(k < n ? before.get(k) : after.get(k - n));
                }
            }
            out.add(new DesertChange(status(b, a), b, a));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Status status(List<Desert> b, List<Desert> a) {
        if (b.isEmpty()) {
            return Status.APPEARED;
        }
        if (a.isEmpty()) {
            return Status.DISAPPEARED;
        }
        if (b.size() == 1 && a.size() == 1 && b.get(0).missingTypes().equals(a.get(0).missingTypes())
                && b.get(0).partlyMissingTypes().equals(a.get(0).partlyMissingTypes())) {
            Geometry x = b.get(0).geometry();
            Geometry y = a.get(0).geometry();
            double moved = Polygons.difference(x, y).getArea() + Polygons.difference(y, x).getArea();
            if (moved <= SAME_SHARE * Math.max(x.getArea(), y.getArea())) {
                return Status.UNCHANGED;
            }
        }
        return Status.CHANGED;
    }

    /** @return the types missing throughout every desert of the set before (none when it appeared) */
    public List<String> missingBefore() {
        return missing(before);
    }

    /** @return the types missing throughout every desert of the set after (none when it disappeared) */
    public List<String> missingAfter() {
        return missing(after);
    }

    /** @return the types missing throughout before but not after: what the scenario brought there */
    public List<String> noLongerMissing() {
        List<String> now = missingAfter();
        return missingBefore().stream().filter(t -> !now.contains(t)).toList();
    }

    /** @return the types missing throughout after but not before: what the scenario took away there */
    public List<String> newlyMissing() {
        List<String> was = missingBefore();
        return missingAfter().stream().filter(t -> !was.contains(t)).toList();
    }

    /** @return the residents of the deserts before, or null without population data */
    public Double residentsBefore() {
        return residents(before);
    }

    /** @return the residents of the deserts after, or null without population data */
    public Double residentsAfter() {
        return residents(after);
    }

    /** @return the area of the deserts before, square metres */
    public double areaBeforeM2() {
        return before.stream().mapToDouble(Desert::areaM2).sum();
    }

    /** @return the area of the deserts after, square metres */
    public double areaAfterM2() {
        return after.stream().mapToDouble(Desert::areaM2).sum();
    }

    /** @return the zones the deserts of either side overlap, in the order first met */
    public List<String> wards() {
        Set<String> out = new LinkedHashSet<>();
        before.forEach(d -> out.addAll(d.wards()));
        after.forEach(d -> out.addAll(d.wards()));
        return List.copyOf(out);
    }

    private static List<String> missing(List<Desert> deserts) {
        if (deserts.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(deserts.get(0).missingTypes());
        deserts.forEach(d -> out.retainAll(d.missingTypes()));
        return List.copyOf(out);
    }

    private static Double residents(List<Desert> deserts) {
        if (deserts.stream().anyMatch(d -> d.residents() == null)) {
            return null;
        }
        return deserts.stream().mapToDouble(Desert::residents).sum();
    }
}
