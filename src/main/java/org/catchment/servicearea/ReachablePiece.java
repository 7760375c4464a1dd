package org.catchment.servicearea;

/**
 * A stretch of one network edge reached within one band from one facility.
 *
 * @param edge        the network edge
 * @param fromAlongM  distance of the stretch's start from the edge's base node, metres
 * @param toAlongM    distance of its end from the edge's base node, metres
 * @param band        index of the smallest band that reaches the whole stretch (0 = first band)
 * @param source      index of the facility it is nearest to
 * @param fromMinutes walking minutes from that facility at the start
 * @param toMinutes   walking minutes at the end (the stretch runs away from the facility, so
 *                    {@code toMinutes >= fromMinutes})
 */
public record ReachablePiece(int edge, double fromAlongM, double toAlongM, int band, int source, double fromMinutes,
                             double toMinutes) {

    /** @return the stretch's length, metres */
    public double lengthM() {
        return Math.abs(toAlongM - fromAlongM);
    }
}
