package org.catchment.servicearea;

import java.util.List;
import java.util.stream.IntStream;
import org.catchment.network.SnapOutcome;
import org.catchment.network.SnapPoint;
import org.catchment.network.Snapper;
import org.catchment.network.WalkingNetwork;
import org.locationtech.jts.geom.Coordinate;

/**
 * The walking minutes from the nearest facility of a type to points (postcodes, residents), the
 * accessibility indicators.
 *
 * <p>A point joins the network as a facility does (the same {@link Snapper} and snap tolerance);
 * its time is the type's search time at that snapped point ({@link
 * org.catchment.network.SearchResult#minutesAt}: the better end of its stretch of edge plus the
 * walk along it, one-way access respected) plus its off-network leg when the analysis walks that
 * leg. That is exactly the time a search with the point on the network would give it. A time
 * beyond the largest band is not known (the search stops there) and is reported as
 * {@link #BEYOND}, never as a number; a point farther from the network than the snap tolerance is
 * {@link #OFF_NETWORK}.
 */
public final class PointAccess {

    /** The time of a point farther than the largest band: "more than R". */
    public static final double BEYOND = Double.POSITIVE_INFINITY;
    /** The time of a point farther from the network than the snap tolerance. */
    public static final double OFF_NETWORK = Double.NaN;

    /** Points from which the snapping runs in parallel (each point on its own: the same in any order). */
    private static final int PARALLEL_FROM = 10_000;

    private final SnapOutcome[] snaps;

    private PointAccess(SnapOutcome[] snaps) {
        this.snaps = snaps;
    }

    /**
     * @param network    the analysis network
     * @param points     the points, in the working CRS
     * @param toleranceM the snap tolerance (the facilities')
     * @return the points snapped onto the network once, for the times of every type
     */
    public static PointAccess snap(WalkingNetwork network, List<Coordinate> points, double toleranceM) {
        Snapper snapper = new Snapper(network, toleranceM);
        SnapOutcome[] out = new SnapOutcome[points.size()];
        IntStream indexes = IntStream.range(0, out.length);
        (out.length >= PARALLEL_FROM ? indexes.parallel() : indexes)
                .forEach(i -> out[i] = snapper.snapOrFail("point " + (i + 1), points.get(i)));
        return new PointAccess(out);
    }

    /** @return the number of points */
    public int size() {
        return snaps.length;
    }

    /** @return true when point {@code i} joined the network (within the snap tolerance) */
    public boolean onNetwork(int i) {
        return snaps[i] instanceof SnapPoint;
    }

    /**
     * @param type the catchments of one type on the network the points were snapped to
     * @return per point the minutes from the nearest facility of the type, {@link #BEYOND} past the
     *     largest band (also when the off-network leg takes it past), or {@link #OFF_NETWORK}
     */
    public double[] minutes(CatchmentResult type) {
        CatchmentOptions options = type.options();
        boolean walkLeg = options.offNetworkLeg() == CatchmentOptions.OffNetworkLeg.WALK;
        double limit = options.maxBandMin();
        double[] out = new double[snaps.length];
        for (int i = 0; i < snaps.length; i++) {
            if (!(snaps[i] instanceof SnapPoint sp)) {
                out[i] = OFF_NETWORK;
                continue;
            }
            double t = type.search().minutesAt(sp) + (walkLeg ? sp.offsetM() / options.metresPerMinute() : 0);
            out[i] = t <= limit ? t : BEYOND;
        }
        return out;
    }

    /** @return true for a time that is a number of minutes (neither beyond the largest band nor off the network) */
    public static boolean reached(double minutes) {
        return !Double.isNaN(minutes) && !Double.isInfinite(minutes);
    }
}
