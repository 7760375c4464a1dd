package org.catchment.siting;

import static org.catchment.io.geojson.GeoJsonText.feature;
import static org.catchment.io.geojson.GeoJsonText.line;
import static org.catchment.io.geojson.GeoJsonText.point;
import static org.catchment.io.geojson.GeoJsonText.rectangle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.io.geojson.GeoJsonText;

/**
 * A siting problem small enough to brute-force, written as GeoJSON in EPSG:27700 relative to
 * E 350000, N 400000: one road from x = 0 to 6000 (y = 0) through one ward (y -500..500), one GP
 * surgery at x = 0 and a library at x = 6000, bands 5 and 10 minutes at 80 m a minute (served band
 * 10: a site on the road reaches 800 m either way, its service area 100 m beyond), population
 * points on the road. A candidate at x = c newly serves the points in (c - 900, c + 900) beyond
 * x = 900 (the surgery's service area).
 *
 * <pre>
 *   point x:     500   1300   2400   3400   4300   5500
 *   residents:  1000     30     50     50     30     20     (500: served already)
 *   candidates:  B 2000 covers 1300, 2400         (80)
 *                A 2900 covers 2400, 3400         (100)
 *                C 3800 covers 3400, 4300         (80)
 *                D 5000 covers 4300, 5500         (50)
 * </pre>
 *
 * Greedy takes A (100), then D (+50: 150), then B (+30: 180, everyone), and then stops; the
 * best pair is B and C (160), so greedy is below the optimum at k = 2 and equal to it at k = 1 and
 * k = 3.
 */
public final class SitingRoad {

    public static final double E0 = 350_000;
    public static final double N0 = 400_000;
    /** The candidates A, B, C, D: name and x. */
    public static final List<Object[]> CANDIDATES = List.of(new Object[] {"A", 2900.0}, new Object[] {"B", 2000.0},
            new Object[] {"C", 3800.0}, new Object[] {"D", 5000.0});
    static final double[][] POINTS = {{500, 1000}, {1300, 30}, {2400, 50}, {3400, 50}, {4300, 30}, {5500, 20}};

    private SitingRoad() {
    }

    /**
     * Writes the layers, {@code candidates.geojson} and {@code analysis.yml} (output folder {@code out}) into {@code dir}.
     *
     * @return the analysis file
     */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        GeoJsonText.write(dir.resolve("roads.geojson"), List.of(feature("{\"identifier\": \"r1\", \"startNode\": \"a\","
                + " \"endNode\": \"b\", \"function\": \"Local Road\", \"class\": \"Unclassified\"}",
                line(E0, N0, E0 + 6000, N0))));
        GeoJsonText.write(dir.resolve("wards.geojson"), List.of(
                feature("{\"name\": \"Long Ward\", \"code\": \"L1\"}", rectangle(E0, N0 - 500, E0 + 6000, N0 + 500))));
        GeoJsonText.write(dir.resolve("gp.geojson"), List.of(feature("{\"name\": \"End Surgery\"}", at(0))));
        GeoJsonText.write(dir.resolve("libraries.geojson"), List.of(feature("{\"name\": \"Far Library\"}", at(6000))));
        List<String> people = new ArrayList<>();
        for (double[] p : POINTS) {
            people.add(feature("{\"residents\": " + (int) p[1] + "}", at(p[0])));
        }
        GeoJsonText.write(dir.resolve("population.geojson"), people);
        List<String> candidates = new ArrayList<>();
        for (Object[] c : CANDIDATES) {
            candidates.add(feature("{\"name\": \"" + c[0] + "\"}", at((Double) c[1])));
        }
        GeoJsonText.write(dir.resolve("candidates.geojson"), candidates);
        Path analysis = dir.resolve("analysis.yml");
        Files.writeString(analysis, """
                name: Siting road
                network:
                  roads: [roads.geojson]
                  cache: false
                study_area:
                  layer: wards.geojson
                  name_field: name
                  code_field: code
                facilities:
                  - {type: gp, label: GP surgeries, layer: gp.geojson, name_field: name, bands_min: [5, 10]}
                  - {type: libraries, label: Libraries, layer: libraries.geojson, name_field: name, bands_min: [5, 10]}
                population: {layer: population.geojson, count_field: residents}
                deserts:
                  min_missing: 2
                output:
                  dir: out
                  width_px: 300
                  height_px: 200
                  dpi: 96
                """, StandardCharsets.UTF_8);
        return analysis;
    }

    private static String at(double x) {
        return point(E0 + x, N0);
    }
}
