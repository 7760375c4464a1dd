package org.catchment.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catchment.servicearea.ReachablePiece;

/**
 * The stretches of the network a facility type already reaches within its served band, as
 * intervals along each edge, to take out of a candidate's reach: a stretch already reached adds
 * nothing a candidate could newly serve, because the buffer of a set of stretches is the union of
 * their buffers (buffer(A ∪ B) = buffer(A) ∪ buffer(B)), so the candidate's service area less the
 * type's is the buffer of its new stretches less the type's service area.
 */
final class ServedStretches {

    /** Stretches shorter than this, metres, are dropped: their buffer lies within the neighbours' (under 1 µm). */
    static final double MIN_LENGTH_M = 1e-6;

    /** Per edge: sorted, disjoint intervals {lo0, hi0, lo1, hi1, ...} along the edge from its base node. */
    private final Map<Integer, double[]> byEdge = new HashMap<>();

    /**
     * @param pieces   a type's reachable stretches
     * @param maxBand  the served band's index: stretches of that band or a smaller one count
     */
    ServedStretches(List<ReachablePiece> pieces, int maxBand) {
        Map<Integer, List<double[]>> lists = new HashMap<>();
        for (ReachablePiece p : pieces) {
            if (p.band() <= maxBand) {
                lists.computeIfAbsent(p.edge(), e -> new ArrayList<>()).add(new double[] {lo(p), hi(p)});
            }
        }
        lists.forEach((edge, list) -> byEdge.put(edge, merged(list)));
    }

    /**
     * @param pieces a candidate's stretches within the served band
     * @return the parts of them not reached already, as stretches of band 0 (their times are not kept)
     */
    List<ReachablePiece> newParts(List<ReachablePiece> pieces) {
        List<ReachablePiece> out = new ArrayList<>();
        for (ReachablePiece p : pieces) {
            double[] served = byEdge.get(p.edge());
            double from = lo(p);
            double to = hi(p);
            if (served != null) {
                for (int i = 0; i < served.length && from < to; i += 2) {
                    if (served[i + 1] <= from) {
                        continue;
                    }
                    if (served[i] >= to) {
                        break;
                    }
                    add(out, p, from, Math.min(to, served[i]));
                    from = Math.max(from, served[i + 1]);
                }
            }
            add(out, p, from, to);
        }
        return out;
    }

    private static void add(List<ReachablePiece> out, ReachablePiece p, double from, double to) {
        if (to - from >= MIN_LENGTH_M) {
            out.add(new ReachablePiece(p.edge(), from, to, 0, p.source(), Double.NaN, Double.NaN));
        }
    }

    private static double[] merged(List<double[]> list) {
        list.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] out = new double[2 * list.size()];
        int n = 0;
        for (double[] iv : list) {
            if (n > 0 && iv[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], iv[1]);
            } else {
                out[n++] = iv[0];
                out[n++] = iv[1];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static double lo(ReachablePiece p) {
        return Math.min(p.fromAlongM(), p.toAlongM());
    }

    private static double hi(ReachablePiece p) {
        return Math.max(p.fromAlongM(), p.toAlongM());
    }
}
