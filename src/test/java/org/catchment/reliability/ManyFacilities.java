package org.catchment.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.catchment.io.ReadOptions;
import org.catchment.io.shapefile.ShapefileReader;
import org.locationtech.jts.geom.Envelope;

/**
 * Makes the many-facilities case of docs/benchmarks.md: a copy of the sample town with a CSV of
 * {@code count} facilities spread evenly at random (fixed seed) over its wards' extent, one facility
 * type beside the libraries, so that about half of them lie beyond the snap tolerance in fields
 * and half join the streets. Nothing is committed: run it into a temporary folder.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.catchment.reliability.ManyFacilities /tmp/many 1000000
 * java -Xmx2g -jar target/catchment.jar run /tmp/many/analysis.yml
 * </pre>
 */
public final class ManyFacilities {

    static final long SEED = 20261201L;

    private ManyFacilities() {
    }

    /** @param args the folder to make, the number of facilities */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** Copies the sample town into {@code dir} and adds {@code many.csv} and {@code analysis.yml}. */
    static Path write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Fixture.SAMPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Envelope town = ShapefileReader.read(dir.resolve("wards.shp"), ReadOptions.defaults()).envelope();
        Random random = new Random(SEED);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("many.csv"), StandardCharsets.UTF_8)) {
            w.write("id,name,easting,northing\n");
            for (int i = 0; i < count; i++) {
                w.write(String.format(Locale.ROOT, "%d,Facility %d,%.1f,%.1f%n", i, i,
                        town.getMinX() + random.nextDouble() * town.getWidth(),
                        town.getMinY() + random.nextDouble() * town.getHeight()));
            }
        }
        Path analysis = dir.resolve("analysis.yml");
        Files.writeString(analysis, """
                name: Many facilities
                network:
                  roads: [RoadLink.shp]
                  footpaths: [footpaths.shp]
                study_area: {layer: wards.shp, name_field: WD_NAME, code_field: WD_CODE}
                facilities:
                  - {type: libraries, label: Libraries, layer: libraries.shp, name_field: name, bands_min: [10, 20]}
                  - {type: many, label: Many, layer: many.csv, name_field: name, bands_min: [10, 20]}
                deserts: {min_missing: 1}
                output: {dir: out}
                """);
        return analysis;
    }
}
