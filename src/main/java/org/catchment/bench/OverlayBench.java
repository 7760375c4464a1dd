package org.catchment.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.catchment.catchment.CatchmentEngine;
import org.catchment.catchment.CatchmentOptions;
import org.catchment.catchment.CatchmentResult;
import org.catchment.catchment.Facility;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.network.OpenRoadsNetworkBuilder;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.BandArea;
import org.catchment.overlay.Coverage;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.DesertResult;
import org.catchment.overlay.DesertRule;
import org.catchment.overlay.Deserts;
import org.catchment.overlay.Population;
import org.catchment.overlay.ServedSurface;
import org.catchment.overlay.TypeArea;
import org.catchment.overlay.Zone;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Times the overlay stage on a synthetic town: 7 facility types (between 8 and 40 facilities
 * each, placed at random with fixed seeds) whose 10- and 20-minute service areas come from the
 * real catchment engine on a {@link SyntheticNetwork}, 20 wards (a 5 x 4 grid over the
 * network's extent) and a population of 50 x 50 polygons. Prints the set-up time, then the best
 * of three runs (after one warm-up), wall and CPU time of this thread, of the served surface, the
 * deserts (defaults) and the coverage table, and the partition check (sum of piece areas over
 * the study area). Not part of the unit tests: the set-up alone runs the catchment engine
 * seven times.
 */
public final class OverlayBench {

    private static final int[] FACILITIES_PER_TYPE = {8, 12, 16, 20, 25, 30, 40};
    private static final int WARD_COLUMNS = 5;
    private static final int WARD_ROWS = 4;
    private static final int POPULATION_CELLS = 50;

    private OverlayBench() {
    }

    /**
     * @param targetLinks about how many links the synthetic network has (200,000 for the brief's figure)
     * @param seed        the random seed of the network and the facilities
     * @param out         where the figures go
     */
    public static void run(int targetLinks, long seed, PrintStream out) {
        long t0 = System.nanoTime();
        SyntheticNetwork synthetic = SyntheticNetwork.generate(targetLinks, seed);
        Envelope extent = synthetic.extent();
        List<TypeArea> types = new ArrayList<>();
        List<BandArea> bands = new ArrayList<>();
        try (WalkingNetwork network = new OpenRoadsNetworkBuilder().addLinks(synthetic.links()).build().network()) {
            GeometryFactory gf = network.geometryFactory();
            CatchmentEngine engine = new CatchmentEngine(network);
            for (int t = 0; t < FACILITIES_PER_TYPE.length; t++) {
                List<Facility> facilities = new ArrayList<>();
                for (Coordinate c : synthetic.randomPoints(FACILITIES_PER_TYPE[t], seed + 1 + t)) {
                    int i = facilities.size();
                    facilities.add(new Facility(i, "t" + t + "f" + i, "Facility " + i, gf.createPoint(c)));
                }
                CatchmentResult r = engine.run(facilities, CatchmentOptions.defaults());
                String id = "type" + (t + 1);
                types.add(new TypeArea(id, "Type " + (t + 1), r.largestDisk()));
                double[] bandsMin = r.options().bandsMin();
                for (int b = 0; b < bandsMin.length; b++) {
                    bands.add(new BandArea(id, "Type " + (t + 1), bandsMin[b], r.bandPolygons().get(b)));
                }
            }
            List<Zone> wards = wards(extent, gf);
            Geometry studyArea = gf.toGeometry(extent);
            Population population = population(extent);
            int vertices = types.stream().mapToInt(t -> t.served().getNumPoints()).sum();
            out.printf(Locale.ROOT, "overlay bench: %d links, %d types (%d served-polygon vertices), %d wards; set-up %.1f s%n",
                    synthetic.links().size(), types.size(), vertices, wards.size(), (System.nanoTime() - t0) / 1e9);

            Timed<ServedSurface> surface = time(() -> ServedSurface.of(studyArea, types));
            double pieceArea = surface.result.pieces().stream().mapToDouble(p -> p.geometry().getArea()).sum();
            out.printf(Locale.ROOT, "served surface    %7.3f s (cpu %.3f s)  %d pieces, piece areas / study area = %.9f%n",
                    surface.bestS, surface.bestCpuS, surface.result.pieces().size(), pieceArea / studyArea.getArea());
            Timed<DesertResult> deserts = time(() -> Deserts.find(surface.result, DesertRule.defaults(), wards, population));
            out.printf(Locale.ROOT, "deserts           %7.3f s (cpu %.3f s)  %d deserts, %d slivers%n", deserts.bestS, deserts.bestCpuS,
                    deserts.result.deserts().size(), deserts.result.slivers());
            Timed<List<CoverageRow>> coverage = time(() -> Coverage.compute(wards, bands, population));
            out.printf(Locale.ROOT, "coverage          %7.3f s (cpu %.3f s)  %d rows%n", coverage.bestS, coverage.bestCpuS, coverage.result.size());
        }
    }

    /** Best wall time and best CPU time of this thread (the machine may be shared), and the last result. */
    private record Timed<T>(double bestS, double bestCpuS, T result) {
    }

    private static <T> Timed<T> time(Supplier<T> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        T result = work.get();
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = work.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        return new Timed<>(best, bestCpu, result);
    }

    private static List<Zone> wards(Envelope e, GeometryFactory gf) {
        List<Zone> wards = new ArrayList<>();
        for (int r = 0; r < WARD_ROWS; r++) {
            for (int c = 0; c < WARD_COLUMNS; c++) {
                Envelope cell = cell(e, c, r, WARD_COLUMNS, WARD_ROWS);
                wards.add(new Zone("Ward " + (wards.size() + 1), null, gf.toGeometry(cell)));
            }
        }
        return wards;
    }

    private static Population population(Envelope e) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName("population");
        b.setCRS(Crs.bng());
        b.add("geom", Polygon.class);
        b.add("pop", Integer.class);
        SimpleFeatureType type = b.buildFeatureType();
        GeometryFactory gf = new GeometryFactory();
        List<SimpleFeature> features = new ArrayList<>();
        for (int r = 0; r < POPULATION_CELLS; r++) {
            for (int c = 0; c < POPULATION_CELLS; c++) {
                Geometry cell = gf.toGeometry(cell(e, c, r, POPULATION_CELLS, POPULATION_CELLS));
                features.add(SimpleFeatureBuilder.build(type, new Object[] {cell, 1000 + (r * 7 + c * 13) % 500}, null));
            }
        }
        return Population.fromPolygons(Layer.of("population", type, features), "pop", null);
    }

    private static Envelope cell(Envelope e, int c, int r, int columns, int rows) {
        double w = e.getWidth() / columns;
        double h = e.getHeight() / rows;
        return new Envelope(e.getMinX() + c * w, e.getMinX() + (c + 1) * w, e.getMinY() + r * h, e.getMinY() + (r + 1) * h);
    }
}
