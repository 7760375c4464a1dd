package org.catchment.network;

/**
 * One start of a multi-source search: a snapped point, the facility it belongs to and the time
 * already spent reaching the network.
 *
 * @param snap         where the start joins the network
 * @param source       the facility's index (several starts may share one: the access points of a park)
 * @param startMinutes the time at the snapped point, e.g. the off-network leg at walking speed
 */
public record SearchStart(SnapPoint snap, int source, double startMinutes) {

    public SearchStart {
        if (source < 0) {
            throw new IllegalArgumentException("source index must not be negative: " + source);
        }
        if (!(startMinutes >= 0)) {
            throw new IllegalArgumentException("start time must be zero or more: " + startMinutes);
        }
    }
}
