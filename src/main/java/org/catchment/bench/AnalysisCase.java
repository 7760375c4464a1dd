package org.catchment.bench;

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
import org.catchment.servicearea.Facility;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The whole analysis from files, as {@code catchment run} does it: the synthetic network written
 * as an OS Open Roads RoadLink shapefile, {@value OverlayCase#WARD_COLUMNS} x
 * {@value OverlayCase#WARD_ROWS} wards and {@value OverlayCase#TYPES} facility layers (those of
 * {@link OverlayCase}) as shapefiles, then {@link AnalysisRunner#run} (reading, network build
 * without cache, catchments of all types in parallel, overlay) and the exports timed apart.
 * Above {@value #MAX_LINKS} links the case is skipped: writing the shapefile would dominate.
 */
final class AnalysisCase implements BenchCase {

    static final int MAX_LINKS = 300_000;

    @Override
    public String name() {
        return "analysis";
    }

    @Override
    public void run(BenchFixture fixture, BenchTable table) {
        int links = fixture.synthetic().links().size();
        if (links > MAX_LINKS) {
            table.note(String.format(Locale.ROOT, "analysis: skipped for %,d links (over %,d)", links, MAX_LINKS));
            return;
        }
        try (BenchFolder folder = BenchFolder.create("catchment-bench-")) {
            Path dir = folder.path();
            Analysis analysis = write(fixture, dir);
            Timing timing = new Timing(0, 1);
            Timing.Timed<AnalysisResult> run = timing.time(() -> AnalysisRunner.run(analysis));
            try (AnalysisResult result = run.result()) {
                table.row(name(), links, result.network(), "run (7 types)", run, result.deserts().deserts().size()
                        + " deserts, " + result.wardCoverage().size() + " coverage rows");
                Timing.Timed<List<Path>> export = timing.time(() -> Outputs.write(result, true,
                        (stage, fraction, message) -> { }, () -> false));
                table.row(name(), links, result.network(), "export", export, export.result().size() + " files");
            }
        }
    }

    private static Analysis write(BenchFixture fixture, Path dir) {
        return write(fixture, dir, "");
    }

    /**
     * Writes the case's files into {@code dir}.
     *
     * @param more further top-level sections of the analysis file (e.g. a population layer), or ""
     * @return the analysis, read back
     */
    static Analysis write(BenchFixture fixture, Path dir, String more) {
        GeometryFactory gf = new GeometryFactory();
        BenchFiles.writeRoadLinks(fixture.synthetic().links(), "RoadLink", dir.resolve("RoadLink.shp"));
        SimpleFeatureType wardType = BenchFiles.type("wards", MultiPolygon.class, "name", "code");
        List<SimpleFeature> wards = new ArrayList<>();
        SimpleFeatureBuilder wb = new SimpleFeatureBuilder(wardType);
        for (Zone z : OverlayCase.wards(fixture.synthetic().extent(), gf)) {
            wb.add(gf.createMultiPolygon(new Polygon[] {(Polygon) z.geometry()}));
            wb.add(z.name());
            wb.add(z.code());
            wards.add(wb.buildFeature(null));
        }
        ShapefileWriter.write(Layer.of("wards", wardType, wards), dir.resolve("wards.shp"));
        StringBuilder yaml = new StringBuilder("name: Benchmark town\nnetwork: {roads: [RoadLink.shp], cache: false}\n"
                + "study_area: {layer: wards.shp, name_field: name, code_field: code}\nfacilities:\n");
        SimpleFeatureType pointType = BenchFiles.type("facilities", Point.class, "name", "id");
        for (int t = 0; t < OverlayCase.TYPES; t++) {
            List<SimpleFeature> points = new ArrayList<>();
            SimpleFeatureBuilder pb = new SimpleFeatureBuilder(pointType);
            for (Facility f : OverlayCase.facilities(fixture.synthetic().extent(), gf, t)) {
                pb.add(f.geometry());
                pb.add(f.name());
                pb.add(f.id());
                points.add(pb.buildFeature(null));
            }
            ShapefileWriter.write(Layer.of("type" + t, pointType, points), dir.resolve("type" + t + ".shp"));
            yaml.append(String.format(Locale.ROOT, "  - {type: type%d, label: Type %d, layer: type%d.shp, bands_min: [%s]}%n",
                    t, t, t, t < 5 ? "10, 20" : "5, 10"));
        }
        yaml.append(more).append("output: {dir: out, width_px: 1754, height_px: 1240, dpi: 150}\n");
        return BenchFiles.analysis(yaml.toString(), dir.resolve("analysis.yml"));
    }
}
