package org.catchment.overlay;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Polygon;

/**
 * A connected place that meets a desert rule, before the sliver rule: one polygon of the dissolved
 * desert pieces, with the sets of missing types its parts have (each set as the rule counts it).
 * {@link Deserts#regions} finds them in a served surface; a tiled run finds them per tile and joins
 * those that meet across a seam before {@link Deserts#of} applies the sliver rule.
 *
 * @param polygon     the place
 * @param missingSets the distinct sets of (counted) missing types found within it
 */
public record DesertRegion(Polygon polygon, List<Set<String>> missingSets) {

    /** Copies the sets, keeping their order. */
    public DesertRegion {
        missingSets = missingSets.stream().map(s -> Collections.unmodifiableSet(new LinkedHashSet<>(s))).toList();
    }
}
