package org.catchment.analysis;

import org.catchment.CatchmentException;

/**
 * No road link and no footpath lies within walking reach of a clipped run's study area: the run in
 * one piece stops with this message, while a tile of a tiled run becomes an empty tile
 * ({@link TileRun}), as nothing in it can be reached.
 */
final class NoNetworkInReach extends CatchmentException {

    NoNetworkInReach(String message) {
        super(message);
    }
}
