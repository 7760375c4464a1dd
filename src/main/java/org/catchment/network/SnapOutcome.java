package org.catchment.network;

/** The result of snapping one point: a {@link SnapPoint} or a {@link SnapFailure}. */
public sealed interface SnapOutcome permits SnapPoint, SnapFailure {

    /** @return the point's name */
    String name();
}
