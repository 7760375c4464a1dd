package org.catchment.export;

import static org.catchment.io.geojson.GeoJsonText.feature;
import static org.catchment.io.geojson.GeoJsonText.line;
import static org.catchment.io.geojson.GeoJsonText.point;
import static org.catchment.io.geojson.GeoJsonText.rectangle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.io.geojson.GeoJsonText;

/**
 * An analysis small enough to work out by hand, written as GeoJSON in EPSG:27700 relative to
 * E 350000, N 400000:
 *
 * <pre>
 *            gp (200, 30)
 *   a +-------------------------------------------------+ b  library at b (2000, 0)
 *   (0, 0)             one road link, 2,000 m            (2000, 0)
 *   |-------- ward West: x 0..1085 ---------|--- ward East: x 1085..2000 ---|   y -500..500
 * </pre>
 *
 * Bands 5 and 10 minutes at 80 m a minute, trim 100 m. The GP snaps to (200, 0), 30 m away, and
 * starts at 0.375 min, so it reaches x 0..570 within 5 minutes and x 0..970 within 10; the
 * library starts at b at 0 min and reaches x 1600..2000 and 1200..2000. Each disk is its stretch
 * buffered by 100 m: a 200 m wide strip with a half 32-gon at each end (JTS's round caps, 8
 * segments a quarter), so a stretch of length L gives 200 L + 16 r^2 sin(pi/16) m^2.
 */
public final class StraightRoad {

    public static final double E0 = 350_000;
    public static final double N0 = 400_000;
    /** The two half 32-gons of radius 100 m at the ends of a buffered line, m^2. */
    public static final double CAPS_M2 = 16 * 100 * 100 * Math.sin(Math.PI / 16);
    /** Ward areas, m^2. */
    static final double WEST_M2 = 1085 * 1000;
    static final double EAST_M2 = 915 * 1000;

    private StraightRoad() {
    }

    /** @return the area of a straight stretch of length {@code m} buffered by 100 m */
    static double disk(double m) {
        return 200 * m + CAPS_M2;
    }

    /**
     * Writes the layers and {@code analysis.yml} into {@code dir}.
     *
     * @param catchments the {@code catchments:} block's lines (indented by two spaces), or ""
     * @return the analysis file
     */
    public static Path write(Path dir, String catchments) throws IOException {
        Files.createDirectories(dir);
        GeoJsonText.write(dir.resolve("roads.geojson"), List.of(feature("{\"identifier\": \"r1\", \"startNode\": \"a\","
                + " \"endNode\": \"b\", \"function\": \"Local Road\", \"class\": \"Unclassified\"}",
                line(E0, N0, E0 + 2000, N0))));
        GeoJsonText.write(dir.resolve("wards.geojson"), List.of(
                feature("{\"name\": \"West\", \"code\": \"W1\"}", rectangle(E0, N0 - 500, E0 + 1085, N0 + 500)),
                feature("{\"name\": \"East\", \"code\": \"E1\"}", rectangle(E0 + 1085, N0 - 500, E0 + 2000, N0 + 500))));
        GeoJsonText.write(dir.resolve("gp.geojson"), List.of(feature("{\"name\": \"Elm Road Surgery\"}", at(200, 30))));
        GeoJsonText.write(dir.resolve("libraries.geojson"), List.of(feature("{\"name\": \"Central Library\"}", at(2000, 0))));
        Path analysis = dir.resolve("analysis.yml");
        Files.writeString(analysis, """
                name: Straight road
                network:
                  roads: [roads.geojson]
                  cache: false
                study_area:
                  layer: wards.geojson
                  name_field: name
                  code_field: code
                facilities:
                  - type: gp
                    label: GP surgeries
                    layer: gp.geojson
                    bands_min: [5, 10]
                  - type: libraries
                    label: Libraries
                    layer: libraries.geojson
                    bands_min: [5, 10]
                deserts:
                  min_missing: 2
                output:
                  width_px: 300
                  height_px: 200
                  dpi: 96
                """ + (catchments.isEmpty() ? "" : "catchments:\n" + catchments), StandardCharsets.UTF_8);
        return analysis;
    }

    private static String at(double x, double y) {
        return point(E0 + x, N0 + y);
    }
}
