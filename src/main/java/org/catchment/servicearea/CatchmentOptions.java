package org.catchment.servicearea;

import java.util.Arrays;

/**
 * How the catchments of one facility type are computed. Immutable; {@code with...} methods
 * return a modified copy. Defaults are those of the reference study and of ArcGIS Pro's
 * service-area tool, see {@code docs/method.md}.
 *
 * @param walkingSpeedKmh  walking speed, km/h (default 4.8: 80 m a minute)
 * @param bandsMin         the time bands in minutes, ascending (default 10 and 20)
 * @param trimDistanceM    the distance the service-area polygon extends either side of reachable
 *                         streets, metres (default 100, ArcGIS Pro's default trim)
 * @param rings            true for ring polygons (0-5, 5-10, 10-20), false for disks (0-10, 0-20)
 * @param perFacility      true for one (overlapping) polygon per facility, false for one per type
 * @param offNetworkLeg    whether the straight walk from a facility to the network is timed
 * @param snapToleranceM   the largest distance from a facility to the network, metres (default 250)
 * @param accessSpacingM   the largest spacing of access points along an area facility's boundary (default 50)
 * @param accessToleranceM how near the network a boundary point must be to be an access point (default 30)
 */
public record CatchmentOptions(double walkingSpeedKmh, double[] bandsMin, double trimDistanceM, boolean rings,
                               boolean perFacility, OffNetworkLeg offNetworkLeg, double snapToleranceM,
                               double accessSpacingM, double accessToleranceM) {

    /** Whether the off-network leg (facility to its snapped point) costs walking time. */
    public enum OffNetworkLeg {
        /** Walked at the walking speed (the default). */
        WALK,
        /** Free, as in ArcGIS Pro and QGIS service areas. */
        IGNORE
    }

    public CatchmentOptions {
        bandsMin = bandsMin.clone();
        if (bandsMin.length == 0) {
            throw new IllegalArgumentException("at least one band is needed");
        }
        for (int i = 0; i < bandsMin.length; i++) {
            if (!(bandsMin[i] > 0) || (i > 0 && !(bandsMin[i] > bandsMin[i - 1]))) {
                throw new IllegalArgumentException("bands must be positive and ascending: " + Arrays.toString(bandsMin));
            }
        }
        if (!(walkingSpeedKmh > 0) || !(trimDistanceM > 0) || !(snapToleranceM > 0) || !(accessSpacingM > 0)
                || !(accessToleranceM >= 0)) {
            throw new IllegalArgumentException("speed, trim distance, tolerances and spacing must be positive");
        }
    }

    /** @return the defaults with bands of 10 and 20 minutes */
    public static CatchmentOptions defaults() {
        return new CatchmentOptions(4.8, new double[] {10, 20}, 100, false, false, OffNetworkLeg.WALK, 250, 50, 30);
    }

    @Override
    public double[] bandsMin() {
        return bandsMin.clone();
    }

    /** @return the largest band, minutes */
    public double maxBandMin() {
        return bandsMin[bandsMin.length - 1];
    }

    /** @return the walking speed in metres per minute */
    public double metresPerMinute() {
        return walkingSpeedKmh * 1000 / 60;
    }

    public CatchmentOptions withBands(double... newBandsMin) {
        return new CatchmentOptions(walkingSpeedKmh, newBandsMin, trimDistanceM, rings, perFacility, offNetworkLeg,
                snapToleranceM, accessSpacingM, accessToleranceM);
    }

    public CatchmentOptions withWalkingSpeed(double kmh) {
        return new CatchmentOptions(kmh, bandsMin, trimDistanceM, rings, perFacility, offNetworkLeg, snapToleranceM,
                accessSpacingM, accessToleranceM);
    }

    public CatchmentOptions withTrimDistance(double metres) {
        return new CatchmentOptions(walkingSpeedKmh, bandsMin, metres, rings, perFacility, offNetworkLeg, snapToleranceM,
                accessSpacingM, accessToleranceM);
    }

    public CatchmentOptions withRings(boolean newRings) {
        return new CatchmentOptions(walkingSpeedKmh, bandsMin, trimDistanceM, newRings, perFacility, offNetworkLeg,
                snapToleranceM, accessSpacingM, accessToleranceM);
    }

    public CatchmentOptions withPerFacility(boolean newPerFacility) {
        return new CatchmentOptions(walkingSpeedKmh, bandsMin, trimDistanceM, rings, newPerFacility, offNetworkLeg,
                snapToleranceM, accessSpacingM, accessToleranceM);
    }

    public CatchmentOptions withOffNetworkLeg(OffNetworkLeg leg) {
        return new CatchmentOptions(walkingSpeedKmh, bandsMin, trimDistanceM, rings, perFacility, leg, snapToleranceM,
                accessSpacingM, accessToleranceM);
    }

    public CatchmentOptions withSnapTolerance(double metres) {
        return new CatchmentOptions(walkingSpeedKmh, bandsMin, trimDistanceM, rings, perFacility, offNetworkLeg, metres,
                accessSpacingM, accessToleranceM);
    }

    public CatchmentOptions withAccessPoints(double spacingM, double toleranceM) {
        return new CatchmentOptions(walkingSpeedKmh, bandsMin, trimDistanceM, rings, perFacility, offNetworkLeg,
                snapToleranceM, spacingM, toleranceM);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatchmentOptions c && walkingSpeedKmh == c.walkingSpeedKmh
                && Arrays.equals(bandsMin, c.bandsMin) && trimDistanceM == c.trimDistanceM && rings == c.rings
                && perFacility == c.perFacility && offNetworkLeg == c.offNetworkLeg
                && snapToleranceM == c.snapToleranceM && accessSpacingM == c.accessSpacingM
                && accessToleranceM == c.accessToleranceM;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(walkingSpeedKmh, Arrays.hashCode(bandsMin), trimDistanceM, rings, perFacility,
                offNetworkLeg, snapToleranceM, accessSpacingM, accessToleranceM);
    }

    @Override
    public String toString() {
        return "CatchmentOptions[speed " + walkingSpeedKmh + " km/h, bands " + Arrays.toString(bandsMin) + " min, trim "
                + trimDistanceM + " m, " + (rings ? "rings" : "disks") + (perFacility ? ", per facility" : "")
                + ", off-network leg " + offNetworkLeg + "]";
    }
}
