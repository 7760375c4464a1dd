package org.catchment.servicearea;

import java.util.ArrayList;
import java.util.List;
import org.catchment.network.SearchResult;

/**
 * Cuts the network into the stretches reached within each band, from the node times of a search.
 *
 * <p>On a stretch between ends A and B (a whole edge, or a piece of one cut by a snapped start)
 * with end times tA and tB and walking speed v, a point s metres from A is reached at
 * {@code min(tA + s/v, tB + (L - s)/v)}. The two walks meet at {@code s* = (v (tB - tA) + L) / 2};
 * before it the point belongs to A's facility, after it to B's. Within band T the stretch is
 * reached up to {@code (T - tA) v} from A and {@code (T - tB) v} from B, so an edge reached from
 * both ends may be covered whole even when neither end reaches across it alone. Distances follow
 * the edge's real geometry in the working CRS.
 */
public final class ReachableNetwork {

    private ReachableNetwork() {
    }

    /**
     * @param search   the search (its limit must be at least the largest band)
     * @param bandsMin the bands, ascending
     * @return every reached stretch, tagged with its smallest band and its facility
     */
    public static List<ReachablePiece> of(SearchResult search, double[] bandsMin) {
        List<ReachablePiece> out = new ArrayList<>();
        search.forEachSegment((edge, a, b, nodeA, nodeB) -> {
            double tA = search.minutes(nodeA);
            double tB = search.minutes(nodeB);
            if (Double.isInfinite(tA) && Double.isInfinite(tB)) {
                return;
            }
            double length = Math.abs(b - a);
            double v = search.metresPerMinute(edge);
            double meet;
            if (Double.isInfinite(tA)) {
                meet = 0;
            } else if (Double.isInfinite(tB)) {
                meet = length;
            } else {
                meet = Math.max(0, Math.min(length, (v * (tB - tA) + length) / 2));
            }
            double direction = Math.signum(b - a);
            if (!Double.isInfinite(tA) && meet > 0) {
                side(out, edge, a, direction, meet, tA, v, search.source(nodeA), bandsMin);
            }
            if (!Double.isInfinite(tB) && meet < length) {
                side(out, edge, b, -direction, length - meet, tB, v, search.source(nodeB), bandsMin);
            }
        });
        return out;
    }

    /** Adds the banded stretches walked from one end, up to {@code extentM} from it. */
    private static void side(List<ReachablePiece> out, int edge, double endAlong, double direction, double extentM,
                             double t0, double v, int source, double[] bandsMin) {
        double from = 0;
        for (int k = 0; k < bandsMin.length && from < extentM; k++) {
            double to = Math.min(extentM, (bandsMin[k] - t0) * v);
            if (to > from) {
                out.add(new ReachablePiece(edge, endAlong + direction * from, endAlong + direction * to, k, source,
                        t0 + from / v, t0 + to / v));
                from = to;
            }
        }
    }
}
