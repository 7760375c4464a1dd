package org.catchment.io.memory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.bench.SyntheticNetwork;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvTableWriter;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.io.shapefile.ShapefileReader;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.network.NetworkLink;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Measures the heap a layer takes once read through {@link LayerReader} (retained after a full
 * collection, and the peak of the heap pools during the read) against the bytes of its files, for
 * the files given and for synthetic OS Open Roads layers of several sizes written as shapefile,
 * GeoPackage, CSV and GeoJSON. The figures calibrate {@link LoadEstimate}; they are recorded in
 * docs/reliability.md ("Large inputs"). Not a unit test: run it by hand with a large -Xmx. With
 * {@code --read FILE} it reads one file, for a search of the smallest -Xmx that reads it; with
 * {@code --raw SHP...} it compares a shapefile's heap in its own CRS with its reprojected copy.
 */
public final class LoadCalibration {

    private LoadCalibration() {
    }

    /**
     * @param args a scratch folder for the synthetic files, then the synthetic sizes in links, then "--" and real
     *             files; or "--read FILE" to read one file and print the heap in use (for a search of the
     *             smallest -Xmx that reads it)
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--raw")) {
            measure(Path.of("data/sample/libraries.shp"), null, new PrintStream(PrintStream.nullOutputStream()));
            for (int i = 1; i < args.length; i++) {
                long before = usedAfterGc();
                Layer own = ShapefileReader.read(Path.of(args[i]), ReadOptions.defaults());
                long ownCrs = usedAfterGc() - before;
                Layer bng = org.catchment.layer.Reprojector.toCrs(own, Crs.epsg(27700));
                long both = usedAfterGc() - before;
                System.out.printf(Locale.ROOT, "%s: in its own CRS %.1f MB, with the EPSG:27700 copy %.1f MB (%d, %d)%n",
                        args[i], ownCrs / (double) (1 << 20), both / (double) (1 << 20), own.size(), bng.size());
            }
            return;
        }
        if (args[0].equals("--read")) {
            long before = usedAfterGc();
            Layer layer = LayerReader.read(Path.of(args[1]), ReadOptions.defaults().withBadRows(ReadOptions.BadRowPolicy.SKIP));
            System.out.printf(Locale.ROOT, "read %d features; heap in use before %.0f MB, after %.0f MB%n", layer.size(),
                    before / (double) (1 << 20), usedAfterGc() / (double) (1 << 20));
            return;
        }
        Path scratch = Files.createDirectories(Path.of(args[0]));
        List<Integer> sizes = new ArrayList<>();
        List<String> real = new ArrayList<>();
        boolean files = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) {
                files = true;
            } else if (files) {
                real.add(args[i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        PrintStream out = System.out;
        measure(Path.of("data/sample/libraries.shp"), null, new PrintStream(PrintStream.nullOutputStream()));
        out.println("| file | table | input bytes | records | estimate MB | retained MB | peak MB | retained/input | peak/input |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (String r : real) {
            int hash = r.lastIndexOf('#');
            measure(Path.of(hash > 0 ? r.substring(0, hash) : r), hash > 0 ? r.substring(hash + 1) : null, out);
        }
        for (int n : sizes) {
            Path shp = scratch.resolve("RoadLink_" + n + ".shp");
            Path gpkg = scratch.resolve("RoadLink_" + n + ".gpkg");
            Path csv = scratch.resolve("points_" + n + ".csv");
            Path geojson = scratch.resolve("points_" + n + ".geojson");
            if (!Files.exists(geojson)) {
                Layer links = roadLinks(SyntheticNetwork.generate(n, 7).links());
                ShapefileWriter.write(links, shp);
                Files.deleteIfExists(gpkg);
                GeoPackageWriter.write(gpkg, List.of(links), Map.of());
                writePoints(links, csv, geojson);
            }
            measure(shp, null, out);
            measure(gpkg, null, out);
            measure(csv, null, out);
            measure(geojson, null, out);
        }
    }

    private static void measure(Path file, String table, PrintStream out) {
        LoadEstimate estimate = LoadEstimate.of(file, table);
        long before = usedAfterGc();
        resetPeak();
        ReadOptions read = ReadOptions.defaults().withBadRows(ReadOptions.BadRowPolicy.SKIP);
        Layer layer = LayerReader.read(file, table == null ? read : read.withTable(table));
        long peak = peak() - before;
        long retained = usedAfterGc() - before;
        double mb = 1 << 20;
        out.printf(Locale.ROOT, "| %s | %s | %,d | %,d | %.1f | %.1f | %.1f | %.2f | %.2f |%n", file.getFileName(),
                table == null ? "" : table, estimate.inputBytes(), layer.size(), estimate.heapBytes() / mb,
                retained / mb, peak / mb, retained / (double) estimate.inputBytes(), peak / (double) estimate.inputBytes());
    }

    /** @return OS Open Roads RoadLink-like features of the links (the attributes OS gives, lengths in metres) */
    static Layer roadLinks(List<NetworkLink> links) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName("RoadLink");
        b.setCRS(Crs.epsg(27700));
        b.add("geom", MultiLineString.class);
        for (String s : List.of("identifier", "class", "roadNumber", "name1", "formOfWay", "function", "startNode", "endNode")) {
            b.add(s, String.class);
        }
        b.add("length", Double.class);
        b.add("loop", Boolean.class);
        SimpleFeatureType type = b.buildFeatureType();
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        List<SimpleFeature> features = new ArrayList<>(links.size());
        for (NetworkLink l : links) {
            fb.add(l.geometry().getFactory().createMultiLineString(new org.locationtech.jts.geom.LineString[] {l.geometry()}));
            fb.add(l.id());
            fb.add(l.walkable() ? "Unclassified" : "Motorway");
            fb.add(l.walkable() ? null : "M99");
            fb.add(l.walkable() ? "Street " + (l.id().hashCode() & 0xfff) : null);
            fb.add("Single Carriageway");
            fb.add(l.walkable() ? "Local Road" : "Motorway");
            fb.add(l.startNode());
            fb.add(l.endNode());
            fb.add(Math.rint(l.geometry().getLength()));
            fb.add(Boolean.FALSE);
            features.add(fb.buildFeature(null));
        }
        return Layer.of("RoadLink", type, features);
    }

    /** Writes the links' midpoints as a CSV of easting/northing and as GeoJSON points in longitude/latitude. */
    private static void writePoints(Layer links, Path csv, Path geojson) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (SimpleFeature f : links.features()) {
            Coordinate c = Layer.geometry(f).getCentroid().getCoordinate();
            rows.add(List.of(f.getAttribute("identifier"), "Site " + rows.size(), Math.rint(c.x), Math.rint(c.y)));
        }
        Files.deleteIfExists(csv);
        CsvTableWriter.write(csv, List.of("id", "name", "easting", "northing"), rows);
        try (Writer w = Files.newBufferedWriter(geojson, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < rows.size(); i++) {
                double x = (Double) rows.get(i).get(2);
                double y = (Double) rows.get(i).get(3);
                double lon = -2.739277 + (x - 351_000) / 66_000.0;
                double lat = 53.449471 + (y - 395_000) / 111_000.0;
                w.write(String.format(Locale.ROOT, "%s{\"type\":\"Feature\",\"properties\":{\"id\":\"%s\",\"name\":\"%s\"},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}}%n", i == 0 ? "" : ",",
                        rows.get(i).get(0), rows.get(i).get(1), lon, lat));
            }
            w.write("]}\n");
        }
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
