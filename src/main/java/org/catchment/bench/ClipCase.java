package org.catchment.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;
import org.catchment.network.NetworkLink;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code network.clip_to_study_area} on a national-style download: the synthetic network written
 * as {@value #TILES} x {@value #TILES} RoadLink tile shapefiles in one folder (untimed), a study
 * area of one 1 km square ward at the centre and one facility type (9 points, bands 10 and 20
 * minutes), then the whole run ({@link AnalysisRunner#run}, no cache) timed with the clip and
 * without it, with the peak heap in use during each run. One run each (a national run is long);
 * an untimed clipped run first warms up the JIT and the EPSG database, so neither timing pays for them.
 */
final class ClipCase implements BenchCase {

    static final int TILES = 4;
    private static final double WARD_M = 1000;

    @Override
    public String name() {
        return "clip";
    }

    @Override
    public void run(BenchFixture fixture, BenchTable table) {
        int links = fixture.synthetic().links().size();
        try (BenchFolder folder = BenchFolder.create("catchment-bench-clip-")) {
            Path dir = folder.path();
            write(fixture.synthetic(), dir);
            fixture.close();
            AnalysisRunner.run(analysis(dir, true)).close();
            for (boolean clip : new boolean[] {true, false}) {
                Analysis analysis = analysis(dir, clip);
                double baselineMb = Heap.usedAfterGcMb();
                Heap.resetPeak();
                Timing.Timed<AnalysisResult> run = new Timing(0, 1).time(() -> AnalysisRunner.run(analysis));
                double peakMb = Heap.peakMb();
                try (AnalysisResult result = run.result()) {
                    table.row(name(), links, result.network(), clip ? "run, clipped" : "run, all tiles", run,
                            String.format(Locale.ROOT, "heap in use peaked at %.0f MB of %.0f MB max (%.0f MB before);"
                                    + " %s", peakMb, Heap.maxMb(), baselineMb, clipNote(result)));
                }
            }
        }
    }

    private static String clipNote(AnalysisResult result) {
        return result.notes().stream().filter(n -> n.startsWith("Network clipped")).findFirst()
                .map(n -> n.substring(n.indexOf(':') + 2)).orElse("no clip");
    }

    /** Writes the tiles, the ward and the facilities. */
    private static void write(SyntheticNetwork synthetic, Path dir) {
        Envelope extent = synthetic.extent();
        double tileW = extent.getWidth() / TILES;
        double tileH = extent.getHeight() / TILES;
        List<List<NetworkLink>> tiles = new ArrayList<>();
        for (int i = 0; i < TILES * TILES; i++) {
            tiles.add(new ArrayList<>());
        }
        for (NetworkLink l : synthetic.links()) {
            Coordinate c = l.geometry().getCoordinateN(0);
            int tx = Math.min(TILES - 1, (int) ((c.x - extent.getMinX()) / tileW));
            int ty = Math.min(TILES - 1, (int) ((c.y - extent.getMinY()) / tileH));
            tiles.get(ty * TILES + tx).add(l);
        }
        for (int t = 0; t < tiles.size(); t++) {
            String tile = String.format(Locale.ROOT, "T%d%d_RoadLink", t % TILES, t / TILES);
            BenchFiles.writeRoadLinks(tiles.get(t), tile, dir.resolve("roads").resolve(tile + ".shp"));
        }
        GeometryFactory gf = new GeometryFactory();
        Coordinate centre = extent.centre();
        Envelope ward = new Envelope(centre.x - WARD_M / 2, centre.x + WARD_M / 2, centre.y - WARD_M / 2,
                centre.y + WARD_M / 2);
        SimpleFeatureType wardType = BenchFiles.type("ward", MultiPolygon.class, "name");
        ShapefileWriter.write(Layer.of("ward", wardType, List.of(SimpleFeatureBuilder.build(wardType,
                new Object[] {gf.createMultiPolygon(new Polygon[] {(Polygon) gf.toGeometry(ward)}), "Centre"}, "ward.1"))),
                dir.resolve("ward.shp"));
        SimpleFeatureType pointType = BenchFiles.type("gp", Point.class, "name");
        List<SimpleFeature> points = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Point p = gf.createPoint(new Coordinate(ward.getMinX() + (i % 3 + 0.5) * WARD_M / 3,
                    ward.getMinY() + (i / 3 + 0.5) * WARD_M / 3));
            points.add(SimpleFeatureBuilder.build(pointType, new Object[] {p, "GP " + (i + 1)}, "gp." + (i + 1)));
        }
        ShapefileWriter.write(Layer.of("gp", pointType, points), dir.resolve("gp.shp"));
    }

    private static Analysis analysis(Path dir, boolean clip) {
        String yaml = "name: Clip benchmark\nnetwork: {roads: [roads], cache: false, clip_to_study_area: " + clip + "}\n"
                + "study_area: {layer: ward.shp, name_field: name}\n"
                + "facilities:\n  - {type: gp, label: GP surgeries, layer: gp.shp, name_field: name, bands_min: [10, 20]}\n"
                + "deserts: {min_missing: 1}\n";
        return BenchFiles.analysis(yaml, dir.resolve("clip.yml"));
    }
}
