package org.catchment.io.geojson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes small GeoJSON input layers for tests: feature collections in EPSG:27700, said by the
 * legacy {@code "crs"} member, coordinates in metres to one decimal.
 */
public final class GeoJsonText {

    private static final String CRS = "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
            + "\"urn:ogc:def:crs:EPSG::27700\"}}";

    private GeoJsonText() {
    }

    /** @return a Point geometry at easting, northing */
    public static String point(double x, double y) {
        return String.format(Locale.ROOT, "{\"type\": \"Point\", \"coordinates\": [%.1f, %.1f]}", x, y);
    }

    /** @param xy eastings and northings, x0, y0, x1, y1, ... @return a LineString geometry */
    public static String line(double... xy) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            points.add(String.format(Locale.ROOT, "[%.1f, %.1f]", xy[i], xy[i + 1]));
        }
        return "{\"type\": \"LineString\", \"coordinates\": [" + String.join(", ", points) + "]}";
    }

    /** @return an axis-aligned rectangle Polygon geometry between two corners */
    public static String rectangle(double x0, double y0, double x1, double y1) {
        return String.format(Locale.ROOT, "{\"type\": \"Polygon\", \"coordinates\": [[[%1$.1f, %2$.1f], [%3$.1f, %2$.1f],"
                + " [%3$.1f, %4$.1f], [%1$.1f, %4$.1f], [%1$.1f, %2$.1f]]]}", x0, y0, x1, y1);
    }

    /** @param properties a JSON object @return a Feature */
    public static String feature(String properties, String geometry) {
        return "{\"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": " + geometry + "}";
    }

    /** Writes the features as one FeatureCollection. */
    public static void write(Path file, List<String> features) throws IOException {
        Files.writeString(file, "{\"type\": \"FeatureCollection\", " + CRS + ", \"features\": [\n"
                + String.join(",\n", features) + "\n]}\n", StandardCharsets.UTF_8);
    }
}
