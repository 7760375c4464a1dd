package org.catchment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.catchment.analysis.OsmPresets;
import org.catchment.analysis.OsmSummary;
import org.catchment.layer.Crs;
import org.locationtech.jts.geom.Envelope;

/**
 * What {@code catchment inspect} prints for an OpenStreetMap file: its format, elements by kind,
 * the layers a run takes from it (a road network from its ways; facilities by {@code osm_tags} from
 * its tagged nodes, closed ways and multipolygons), its CRS, extent and most used tags.
 */
final class OsmReport {

    private OsmReport() {
    }

    static void print(Path file, OsmSummary s, PrintWriter out) {
        out.println("File:     " + file.getFileName() + " (" + OsmSummary.format(file) + ")");
        out.println(String.format(Locale.ROOT, "Elements: %,d nodes (%,d tagged), %,d ways (%,d closed), %,d relations"
                + " (%,d multipolygons)", s.nodes(), s.taggedNodes(), s.ways(), s.closedWays(), s.relations(),
                s.multipolygons()));
        out.println("Layers:");
        out.println(String.format(Locale.ROOT, "  points: %,d tagged nodes", s.taggedNodes()));
        out.println(String.format(Locale.ROOT, "  lines: %,d open ways (roads and paths are the network of a run)",
                s.ways() - s.closedWays()));
        out.println(String.format(Locale.ROOT, "  areas: %,d closed ways and %,d multipolygon relations",
                s.closedWays(), s.multipolygons()));
        out.println(String.format(Locale.ROOT, "  other relations: %,d", s.relations() - s.multipolygons()));
        out.println("CRS:      " + Crs.describe(Crs.wgs84()) + ": OpenStreetMap's own, longitude/latitude (a run"
                + " reprojects into the analysis's working CRS)");
        Envelope e = s.extent();
        out.println(e.isNull() ? "Extent:   empty (no node)" : String.format(Locale.ROOT,
                "Extent:   longitude %.6f to %.6f, latitude %.6f to %.6f", e.getMinX(), e.getMaxX(), e.getMinY(),
                e.getMaxY()));
        out.println("Tags (the most used keys, with their commonest values; facilities are picked by osm_tags,"
                + " e.g. {amenity: [doctors]}, or a preset: " + String.join(", ", OsmPresets.names()) + "):");
        for (OsmSummary.Key k : s.keys()) {
            out.println(String.format(Locale.ROOT, "  %s (%,d): ", k.key(), k.elements())
                    + k.values().stream().map(v -> v.getKey() + " " + v.getValue()).collect(Collectors.joining(", "))
                    + (k.many() ? ", ... (many values)" : ""));
        }
    }
}
