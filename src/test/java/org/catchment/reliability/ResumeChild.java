package org.catchment.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.io.ResumeFolder;
import org.catchment.io.TestLayers;
import org.catchment.io.csv.CsvTableWriter;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.geopackage.PartedLayer;
import org.catchment.layer.Layer;
import org.locationtech.jts.geom.Point;

/**
 * A run of numbered parts in a child JVM for {@link ResumeKillTest}: args {@code OUT COUNT}. Each
 * part not already in the resume folder is computed (its rows: tile, node, minutes) and committed;
 * the parts computed are printed, one number a line. Then the outputs are assembled from the parts,
 * one part at a time and in order, as a tiled run does: {@code OUT/table.csv}
 * ({@link CsvTableWriter#writeParts}) and {@code OUT/nodes.gpkg} (a point per row,
 * {@link PartedLayer}); then the resume folder is removed.
 */
public final class ResumeChild {

    static final List<String> HEADER = List.of("tile", "node", "minutes");

    private ResumeChild() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (ResumeFolder resume = ResumeFolder.open(out, "tiles of the test " + count, "resume child")) {
            for (int i = 0; i < count; i++) {
                if (resume.has(i)) {
                    continue;
                }
                resume.write(i, rows(i).getBytes(StandardCharsets.UTF_8));
                System.out.println(i);
            }
            CsvTableWriter.writeParts(out.resolve("table.csv"), HEADER, count, i -> read(resume, i));
            GeoPackageWriter.writeTables(out.resolve("nodes.gpkg"), List.of(new PartedLayer("Nodes",
                    layer(List.of()).featureType(), count, i -> layer(read(resume, i)))), Map.of());
        }
        ResumeFolder.discard(out, "resume child");
    }

    /** The rows of one part, as text: known values, three per part. */
    static String rows(int part) {
        StringBuilder s = new StringBuilder();
        for (int node = 0; node < 3; node++) {
            s.append(String.format(Locale.ROOT, "%d,%d,%.3f\n", part, node, part * 1.5 + node / 7.0));
        }
        return s.toString();
    }

    private static List<List<?>> read(ResumeFolder resume, int part) {
        try {
            List<List<?>> rows = new ArrayList<>();
            for (String line : new String(resume.read(part), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",");
                rows.add(List.of(Integer.valueOf(f[0]), Integer.valueOf(f[1]), Double.valueOf(f[2])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A point per row, at (tile * 100 + node, minutes). */
    private static Layer layer(List<List<?>> rows) {
        List<String> wkts = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        for (List<?> r : rows) {
            wkts.add(String.format(Locale.ROOT, "POINT (%d %s)", (Integer) r.get(0) * 100 + (Integer) r.get(1), r.get(2)));
            values.add(Arrays.asList(r.get(0), r.get(2)));
        }
        return TestLayers.layer("Nodes", Point.class, wkts, List.of(new TestLayers.Attr("tile", Integer.class),
                new TestLayers.Attr("minutes", Double.class)), values);
    }
}
