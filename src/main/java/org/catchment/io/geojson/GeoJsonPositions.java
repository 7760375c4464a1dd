package org.catchment.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the positions of a GeoJSON geometry before it is parsed: each must hold at least two
 * numbers. A parser given {@code [1]} fills the missing ordinate with NaN, and the point would then
 * be reported later as lying outside any coordinate reference system, which is not the problem.
 */
final class GeoJsonPositions {

    private GeoJsonPositions() {
    }

    /** @return the first position of the geometry with fewer than two numbers, as written, or null when all have two or more */
    static String shortPosition(JsonNode geometry) {
        JsonNode parts = geometry.get("geometries");
        if (parts != null && parts.isArray()) {
            for (JsonNode part : parts) {
                String bad = shortPosition(part);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        JsonNode coordinates = geometry.get("coordinates");
        return coordinates == null ? null : walk(coordinates);
    }

    private static String walk(JsonNode node) {
        if (!node.isArray()) {
            return null;
        }
        if (node.isEmpty() || !node.get(0).isArray()) {
            int numbers = 0;
            for (JsonNode v : node) {
                numbers += v.isNumber() ? 1 : 0;
            }
            return numbers < 2 && !node.isEmpty() ? node.toString() : null;
        }
        for (JsonNode child : node) {
            String bad = walk(child);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }
}
