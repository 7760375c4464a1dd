package org.catchment.overlay;

import java.util.List;

/**
 * The deserts found, plus what was dropped as slivers (polygons under the rule's minimum area).
 *
 * @param deserts      the deserts, by id (largest first)
 * @param slivers      how many polygons met the rule but were too small
 * @param sliverAreaM2 their total area, square metres
 */
public record DesertResult(List<Desert> deserts, int slivers, double sliverAreaM2) {

    /** Copies the list. */
    public DesertResult {
        deserts = List.copyOf(deserts);
    }
}
