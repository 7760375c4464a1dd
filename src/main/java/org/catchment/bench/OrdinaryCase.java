package org.catchment.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.export.Outputs;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;
import org.catchment.overlay.Zone;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The ordinary run that docs/benchmarks.md compares with PostGIS + pgRouting: the synthetic
 * network as an OS Open Roads RoadLink shapefile, {@value #FACILITIES} point facilities of one
 * type spread at random (fixed seed) over it, bands 5, 10 and 20 minutes, and
 * {@value OverlayCase#WARD_COLUMNS} x {@value OverlayCase#WARD_ROWS} wards covering it, with the
 * default outputs (GeoPackage, CSV tables, A4 maps at 300 dpi). {@link #write} puts these files
 * in a folder for {@code catchment bench --write} and the comparison script
 * ({@code src/bench/pgrouting/}); the case itself times {@link AnalysisRunner#run} (network built
 * without cache) and the export once each inside the benchmark's JVM, with the peak heap.
 */
final class OrdinaryCase implements BenchCase {

    static final int FACILITIES = 50;
    static final String BANDS = "5, 10, 20";
    static final String ANALYSIS_FILE = "analysis.yml";

    @Override
    public String name() {
        return "ordinary";
    }

    @Override
    public void run(BenchFixture fixture, BenchTable table) {
        int links = fixture.synthetic().links().size();
        if (links > AnalysisCase.MAX_LINKS) {
            table.note(String.format(Locale.ROOT, "ordinary: skipped for %,d links (over %,d)", links,
                    AnalysisCase.MAX_LINKS));
            return;
        }
        try (BenchFolder folder = BenchFolder.create("catchment-bench-ordinary-")) {
            Path dir = folder.path();
            Analysis analysis = write(fixture.synthetic(), dir, false);
            Timing timing = new Timing(0, 1);
            Heap.resetPeak();
            Timing.Timed<AnalysisResult> run = timing.time(() -> AnalysisRunner.run(analysis));
            try (AnalysisResult result = run.result()) {
                table.row(name(), links, result.network(), "run (1 type)", run, String.format(Locale.ROOT,
                        "%d deserts; heap in use peaked at %.0f MB", result.deserts().deserts().size(), Heap.peakMb()));
                Heap.resetPeak();
                Timing.Timed<List<Path>> export = timing.time(() -> Outputs.write(result, true,
                        (stage, fraction, message) -> { }, () -> false));
                table.row(name(), links, result.network(), "export", export, String.format(Locale.ROOT,
                        "%d files; heap in use peaked at %.0f MB", export.result().size(), Heap.peakMb()));
            }
        }
    }

    /**
     * Writes the case's inputs and its analysis file ({@value #ANALYSIS_FILE}, output folder
     * {@code out}) into a folder.
     *
     * @param synthetic the network
     * @param dir       the folder (created if missing)
     * @param cache     whether the analysis keeps the network cache (as an ordinary run does)
     * @return the analysis, read back as the command line reads it
     */
    static Analysis write(SyntheticNetwork synthetic, Path dir, boolean cache) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GeometryFactory gf = new GeometryFactory();
        BenchFiles.writeRoadLinks(synthetic.links(), "RoadLink", dir.resolve("RoadLink.shp"));
        SimpleFeatureType wardType = BenchFiles.type("wards", MultiPolygon.class, "name", "code");
        List<SimpleFeature> wards = new ArrayList<>();
        for (Zone z : OverlayCase.wards(synthetic.extent(), gf)) {
            wards.add(SimpleFeatureBuilder.build(wardType, new Object[] {
                gf.createMultiPolygon(new Polygon[] {(Polygon) z.geometry()}), z.name(), z.code()}, null));
        }
        ShapefileWriter.write(Layer.of("wards", wardType, wards), dir.resolve("wards.shp"));
        SimpleFeatureType pointType = BenchFiles.type("facilities", Point.class, "name", "id");
        List<SimpleFeature> points = new ArrayList<>();
        List<Coordinate> at = synthetic.randomPoints(FACILITIES, Benchmarks.SEED);
        for (int i = 0; i < at.size(); i++) {
            points.add(SimpleFeatureBuilder.build(pointType, new Object[] {gf.createPoint(at.get(i)),
                "Facility " + (i + 1), "F" + (i + 1)}, null));
        }
        ShapefileWriter.write(Layer.of("facilities", pointType, points), dir.resolve("facilities.shp"));
        String yaml = "name: Ordinary run\n"
                + "network: {roads: [RoadLink.shp], cache: " + cache + "}\n"
                + "study_area: {layer: wards.shp, name_field: name, code_field: code}\n"
                + "facilities:\n"
                + "  - {type: gp, label: GP surgeries, layer: facilities.shp, name_field: name, bands_min: [" + BANDS + "]}\n"
                + "deserts: {min_missing: 1}\n"
                + "output: {dir: out}\n";
        return BenchFiles.analysis(yaml, dir.resolve(ANALYSIS_FILE));
    }
}
