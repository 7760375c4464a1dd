package org.catchment.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.catchment.cli.Main;
import org.catchment.io.ReadOptions;
import org.catchment.io.shapefile.ShapefileReader;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Geometry;

/** A copy of the sample town in a folder, with helpers to break one thing and run the CLI on it. */
final class Fixture {

    static final Path SAMPLE = Path.of("data", "sample");

    /** A small analysis of the sample town: both networks, the wards, one shapefile and one CSV facility type. */
    static final String SMALL = """
            name: Reliability
            network:
              roads: [RoadLink.shp]
              footpaths: [footpaths.shp]
            study_area: {layer: wards.shp, name_field: WD_NAME, code_field: WD_CODE}
            facilities:
              - {type: libraries, label: Libraries, layer: libraries.shp, name_field: name, bands_min: [10]}
              - {type: foodbanks, label: Foodbanks, layer: foodbanks.csv, name_field: name, postcode_lookup: postcodes.csv, postcode_field: postcode, bands_min: [10]}
            deserts: {min_missing: 1}
            output: {dir: out}
            """;

    /** The output line of {@link #SMALL} with maps of 300 x 200 px, quick to draw. */
    static final String SMALL_MAPS = "output: {dir: out, width_px: 300, height_px: 200, dpi: 72}";

    /**
     * The options of a child JVM a test starts: its temporary files (SQLite's native library, which
     * a killed or out-of-memory child cannot remove) in a folder of the test's, and the tests' own
     * copy of GeoTools' EPSG database (under target/, see the pom; outside Maven the default), so
     * that a child neither unpacks it again nor leaves one in the temporary folder.
     *
     * @param tmp the child's temporary folder (created if missing)
     */
    static List<String> childJvmOptions(Path tmp) throws IOException {
        List<String> options = new ArrayList<>(List.of("-Djava.io.tmpdir=" + Files.createDirectories(tmp)));
        String epsg = System.getProperty("EPSG-HSQL.directory");
        if (epsg != null) {
            options.add("-DEPSG-HSQL.directory=" + epsg);
        }
        return options;
    }

    final Path dir;
    String analysis = SMALL;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    Fixture(Path dir) {
        this.dir = dir;
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    void delete(String name) throws IOException {
        Files.delete(file(name));
    }

    void write(String name, String text) throws IOException {
        Files.writeString(file(name), text);
    }

    void write(String name, byte[] bytes) throws IOException {
        Files.write(file(name), bytes);
    }

    byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(file(name));
    }

    String text(String name) throws IOException {
        return Files.readString(file(name));
    }

    void edit(String from, String to) {
        if (!analysis.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        analysis = analysis.replace(from, to);
    }

    /**
     * Rewrites a shapefile of the copy with each feature's geometry changed (null drops the feature).
     * The geometry column becomes generic, so that GeoTools keeps a multipoint given for a point as it is.
     */
    void geometries(String shp, UnaryOperator<Geometry> change) {
        Layer layer = ShapefileReader.read(file(shp), ReadOptions.defaults());
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.init(layer.featureType());
        String geometry = layer.geometryName();
        tb.remove(geometry);
        tb.add(geometry, Geometry.class, layer.crs());
        tb.setDefaultGeometry(geometry);
        SimpleFeatureType generic = tb.buildFeatureType();
        List<SimpleFeature> out = new ArrayList<>();
        for (SimpleFeature f : layer.features()) {
            Geometry g = change.apply((Geometry) f.getDefaultGeometry());
            if (g != null) {
                SimpleFeature copy = SimpleFeatureBuilder.retype(f, generic);
                copy.setDefaultGeometry(g);
                out.add(copy);
            }
        }
        ShapefileWriter.write(Layer.of(layer.name(), generic, out), file(shp));
    }

    /** Rewrites a shapefile of the copy with its feature list changed. */
    void features(String shp, UnaryOperator<List<SimpleFeature>> change) {
        Layer layer = ShapefileReader.read(file(shp), ReadOptions.defaults());
        Layer changed = Layer.of(layer.name(), layer.featureType(), change.apply(new ArrayList<>(layer.features())));
        ShapefileWriter.write(changed, file(shp));
    }

    /** Writes the analysis file. */
    void save() throws IOException {
        Files.writeString(file("analysis.yml"), analysis);
    }

    /** @return what the user reads on standard error, bar the progress lines */
    List<String> messages() {
        return err.toString().lines().filter(l -> !l.startsWith("[")).toList();
    }

    /** Runs {@code catchment run} on it with the given extra arguments. */
    int run(String... extra) {
        List<String> args = new ArrayList<>(List.of("run", file("analysis.yml").toString()));
        args.addAll(Arrays.asList(extra));
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    /** @return every regular file under the folder (bar outputs and the network cache) with its bytes' hash and mtime */
    Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (rel.startsWith("out") || rel.contains("graph-cache")) {
                    continue;
                }
                FileTime t = Files.getLastModifiedTime(p);
                files.put(rel, Arrays.hashCode(Files.readAllBytes(p)) + "@" + t.toMillis());
            }
        }
        return files;
    }

    /** @return hidden staging files or folders anywhere under the folder */
    List<Path> staging() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".catchment-export-")
                    || p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    /** @return the staging folders an export left in an output folder */
    static List<Path> staging(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".catchment-export-")).toList();
        }
    }

    /** @return every entry of the folder, hidden ones too, with a file's text or "folder" */
    static Map<String, String> listing(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                out.put(p.getFileName().toString(), Files.isDirectory(p) ? "folder"
                        : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
