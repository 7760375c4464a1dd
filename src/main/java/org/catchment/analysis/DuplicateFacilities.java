package org.catchment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.catchment.servicearea.Facility;
import org.locationtech.jts.geom.Geometry;

/**
 * Finds facilities with the same name and the same shape (exactly equal coordinates), each
 * paired with the first of its kind. Each facility is reduced to a 32-bit hash of its name and
 * shape, packed with its index into one long, and the longs are sorted, so a million facilities
 * cost 8 MB and one sort instead of a map of a million keys; facilities of equal hash are then
 * compared exactly.
 */
final class DuplicateFacilities {

    private DuplicateFacilities() {
    }

    /** @return pairs {first, copy} of facility indexes (in {@code facilities}), copies in file order */
    static List<int[]> find(List<Facility> facilities) {
        int n = facilities.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) hash(facilities.get(i)) << 32) | i;
        }
        Arrays.sort(keys);
        List<int[]> pairs = new ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && keys[end] >>> 32 == keys[start] >>> 32) {
                end++;
            }
            for (int k = start + 1; k < end; k++) {
                Facility f = facilities.get((int) keys[k]);
                for (int j = start; j < k; j++) {
                    Facility first = facilities.get((int) keys[j]);
                    if (same(first, f)) {
                        pairs.add(new int[] {(int) keys[j], (int) keys[k]});
                        break;
                    }
                }
            }
            start = end;
        }
        pairs.sort((a, b) -> Integer.compare(a[1], b[1]));
        return pairs;
    }

    private static int hash(Facility f) {
        int h = f.name().hashCode();
        Geometry g = f.geometry().getNumPoints() == 1 ? f.geometry() : f.geometry().norm();
        for (org.locationtech.jts.geom.Coordinate c : g.getCoordinates()) {
            h = 31 * h + Double.hashCode(c.x);
            h = 31 * h + Double.hashCode(c.y);
        }
        return h;
    }

    private static boolean same(Facility a, Facility b) {
        return a.name().equals(b.name()) && a.geometry().norm().equalsExact(b.geometry().norm());
    }
}
