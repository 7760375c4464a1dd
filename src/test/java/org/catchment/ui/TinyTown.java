package org.catchment.ui;

import static org.catchment.io.geojson.GeoJsonText.feature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.io.geojson.GeoJsonText;

/**
 * A tiny analysis written as GeoJSON in EPSG:27700 (legacy "crs" member) for UI tests:
 *
 * <pre>
 *  (0,1200) +----+----+----+ (1200,1200) park
 *           |    |    |    |
 *           +----+----+----+      a 4 x 4 grid of OS Open Roads-schema links, 400 m apart
 *           |    |    |    |      (5 minutes at 4.8 km/h); wards West (x below 600) and East
 *           +----+----+----+
 *           |    |    |    |
 *  gp, lib  +----+----+----+ (1200,0)
 * </pre>
 * relative to E 350000, N 400000. With bands of 5 and 10 minutes and a desert threshold of 2
 * missing types, the corners (0,1200) and (1200,0) are 1200 m from every facility: deserts. The run
 * finds three: the north and east beyond 10 minutes of the surgery and the library, the 200 m
 * square in the middle of the block beside them (service areas reach 100 m from the streets) and
 * a sliver at the south-west corner.
 * Two barriers that change nothing of that, for the map: a motorway bridging the grid at y = 600
 * without a junction (not walkable) and a railway at x = 1000 ({@code output.backdrop}); the
 * analysis credits its own data ({@code output.attribution}).
 */
public final class TinyTown {

    public static final double E0 = 350_000;
    /** The analysis's credit line. */
    public static final String CREDIT = "Tiny town test data (CC0)";
    public static final double N0 = 400_000;
    static final double SPACING_M = 400;

    private TinyTown() {
    }

    /** Writes the layers and {@code analysis.yml} into {@code dir} and returns the analysis file. */
    public static Path write(Path dir) throws IOException {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (i < 3) {
                    links.add(link("h" + i + j, node(i, j), node(i + 1, j), i, j, i + 1, j));
                }
                if (j < 3) {
                    links.add(link("v" + i + j, node(i, j), node(i, j + 1), i, j, i, j + 1));
                }
            }
        }
        links.add(feature("{\"identifier\": \"m0\", \"startNode\": \"mw\", \"endNode\": \"me\", \"function\":"
                + " \"Motorway\", \"class\": \"Motorway\"}", line(0, 600, 1200, 600)));
        GeoJsonText.write(dir.resolve("roads.geojson"), links);
        GeoJsonText.write(dir.resolve("railways.geojson"),
                List.of(feature("{\"name\": \"Branch line\"}", line(1000, -100, 1000, 1300))));
        GeoJsonText.write(dir.resolve("wards.geojson"), List.of(
                feature("{\"WD_NAME\": \"West\"}", polygon(-100, -100, 600, 1300)),
                feature("{\"WD_NAME\": \"East\"}", polygon(600, -100, 1300, 1300))));
        GeoJsonText.write(dir.resolve("gp.geojson"), List.of(feature("{\"name\": \"Elm Road Surgery\"}", point(0, 0))));
        GeoJsonText.write(dir.resolve("libraries.geojson"), List.of(feature("{\"name\": \"Central Library\"}", point(0, 0))));
        GeoJsonText.write(dir.resolve("parks.geojson"), List.of(feature("{\"name\": \"North Park\"}", point(1200, 1200))));
        Path analysis = dir.resolve("analysis.yml");
        Files.writeString(analysis, """
                name: Tiny town
                network:
                  roads: [roads.geojson]
                  cache: false
                study_area:
                  layer: wards.geojson
                  name_field: WD_NAME
                facilities:
                  - type: gp
                    label: GP surgeries
                    layer: gp.geojson
                    bands_min: [5, 10]
                  - type: libraries
                    label: Libraries
                    layer: libraries.geojson
                    bands_min: [5, 10]
                  - type: parks
                    label: Parks
                    layer: parks.geojson
                    bands_min: [5, 10]
                deserts:
                  min_missing: 2
                output:
                  attribution: ["%s"]
                  backdrop: [{layer: railways.geojson, label: Railway}]
                """.formatted(CREDIT), StandardCharsets.UTF_8);
        return analysis;
    }

    private static String node(int i, int j) {
        return "n" + i + j;
    }

    private static String link(String id, String start, String end, int i0, int j0, int i1, int j1) {
        String props = String.format(Locale.ROOT, "{\"identifier\": \"%s\", \"startNode\": \"%s\", \"endNode\": \"%s\","
                + " \"function\": \"Local Road\", \"class\": \"Unclassified\"}", id, start, end);
        return feature(props, line(i0 * SPACING_M, j0 * SPACING_M, i1 * SPACING_M, j1 * SPACING_M));
    }

    private static String line(double x0, double y0, double x1, double y1) {
        return GeoJsonText.line(E0 + x0, N0 + y0, E0 + x1, N0 + y1);
    }

    private static String point(double x, double y) {
        return GeoJsonText.point(E0 + x, N0 + y);
    }

    private static String polygon(double x0, double y0, double x1, double y1) {
        return GeoJsonText.rectangle(E0 + x0, N0 + y0, E0 + x1, N0 + y1);
    }
}
