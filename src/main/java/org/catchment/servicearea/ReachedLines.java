package org.catchment.servicearea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.catchment.network.WalkingNetwork;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Turns the reachable pieces of each band into as few lines as possible before buffering: the
 * pieces of one band on one edge (reached from both ends, or from several facilities) are joined
 * into their union of intervals along the edge, and an edge covered whole becomes the edge's own
 * geometry, whose ends are exactly the network's nodes. The buffer of the lines is the same point
 * set as the buffer of the pieces; there are just fewer, longer lines for {@link LineBuffer}.
 */
final class ReachedLines {

    /** Intervals closer than this along an edge (metres) are joined; far below any buffer's precision. */
    private static final double JOIN_M = 1e-9;

    private ReachedLines() {
    }

    /**
     * @param network the network (edge geometry and lengths)
     * @param pieces  the reachable pieces, any order
     * @param maxBand the band index
     * @return the lines of all the stretches reached within band {@code maxBand} (that band or a smaller one)
     */
    static List<LineString> within(WalkingNetwork network, List<ReachablePiece> pieces, int maxBand) {
        List<ReachablePiece> within = new ArrayList<>();
        for (ReachablePiece p : pieces) {
            if (p.band() <= maxBand) {
                within.add(new ReachablePiece(p.edge(), p.fromAlongM(), p.toAlongM(), 0, p.source(), p.fromMinutes(),
                        p.toMinutes()));
            }
        }
        return byBand(network, within, 1).get(0);
    }

    /**
     * @param network the network (edge geometry and lengths)
     * @param pieces  the reachable pieces, any order
     * @param bands   the number of bands
     * @return for each band the lines of the stretches first reached in it, in edge order
     */
    static List<List<LineString>> byBand(WalkingNetwork network, List<ReachablePiece> pieces, int bands) {
        GeometryFactory factory = network.geometryFactory();
        ReachablePiece[] sorted = pieces.toArray(new ReachablePiece[0]);
        Arrays.sort(sorted, (a, b) -> a.band() != b.band() ? Integer.compare(a.band(), b.band())
                : a.edge() != b.edge() ? Integer.compare(a.edge(), b.edge()) : Double.compare(lo(a), lo(b)));
        List<List<LineString>> out = new ArrayList<>();
        for (int k = 0; k < bands; k++) {
            out.add(new ArrayList<>());
        }
        int i = 0;
        while (i < sorted.length) {
            ReachablePiece first = sorted[i];
            double from = lo(first);
            double to = hi(first);
            int j = i + 1;
            while (j < sorted.length && sorted[j].band() == first.band() && sorted[j].edge() == first.edge()) {
                if (lo(sorted[j]) > to + JOIN_M) {
                    add(out.get(first.band()), network, first.edge(), from, to, factory);
                    from = lo(sorted[j]);
                }
                to = Math.max(to, hi(sorted[j]));
                j++;
            }
            add(out.get(first.band()), network, first.edge(), from, to, factory);
            i = j;
        }
        return out;
    }

    private static void add(List<LineString> out, WalkingNetwork network, int edge, double from, double to,
                            GeometryFactory factory) {
        LineString line = from <= JOIN_M && to >= network.edgeLengthM(edge) - JOIN_M
                ? network.geometries().line(edge, factory)
                : network.geometries().subLine(edge, from, to, factory);
        if (line != null) {
            out.add(line);
        }
    }

    private static double lo(ReachablePiece p) {
        return Math.min(p.fromAlongM(), p.toAlongM());
    }

    private static double hi(ReachablePiece p) {
        return Math.max(p.fromAlongM(), p.toAlongM());
    }
}
