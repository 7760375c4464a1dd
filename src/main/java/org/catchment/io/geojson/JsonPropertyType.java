package org.catchment.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The Java type of one GeoJSON property across all features, and its values converted to it:
 * whole numbers {@link Long}; numbers with a fraction, or whole and fractional mixed,
 * {@link Double}; booleans {@link Boolean}; anything else, a mix of kinds, or only nulls
 * {@link String} (objects and arrays as their JSON text).
 */
final class JsonPropertyType {

    private JsonPropertyType() {
    }

    static Class<?> of(List<Map<String, JsonNode>> features, String key) {
        boolean whole = false;
        boolean fraction = false;
        boolean bool = false;
        boolean other = false;
        for (Map<String, JsonNode> p : features) {
            JsonNode v = p.get(key);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isIntegralNumber() && v.canConvertToLong()) {
                whole = true;
            } else if (v.isNumber()) {
                fraction = true;
            } else if (v.isBoolean()) {
                bool = true;
            } else {
                other = true;
            }
        }
        if (other || (bool && (whole || fraction)) || !(whole || fraction || bool)) {
            return String.class;
        }
        if (bool) {
            return Boolean.class;
        }
        return fraction ? Double.class : Long.class;
    }

    static Object value(JsonNode v, Class<?> type) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (type == Long.class) {
            return v.longValue();
        }
        if (type == Double.class) {
            return v.doubleValue();
        }
        if (type == Boolean.class) {
            return v.booleanValue();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
