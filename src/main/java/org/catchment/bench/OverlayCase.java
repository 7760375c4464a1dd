package org.catchment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.catchment.layer.Layer;
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
import org.catchment.servicearea.CatchmentEngine;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The overlay stage: the catchments of {@value #TYPES} facility types (each a grid of facilities
 * offset from the others, the reference study's bands) over {@value #WARD_COLUMNS} x
 * {@value #WARD_ROWS} rectangular wards covering the network. Times the served-count surface,
 * the deserts (3 or more types missing) and the ward coverage table apart, and in total; then the
 * same deserts and coverage with {@value #POPULATION_POINTS} population points (address-point
 * style, 1 to 4 residents each, fixed seed), and the heap they take.
 */
final class OverlayCase implements BenchCase {

    static final int TYPES = 7;
    static final int WARD_COLUMNS = 5;
    static final int WARD_ROWS = 4;
    static final int POPULATION_POINTS = 100_000;
    private static final int[][] GRIDS = {{6, 5}, {3, 2}, {4, 3}, {3, 3}, {2, 2}, {8, 6}, {4, 4}};
    private static final double[][] BANDS = {{10, 20}, {10, 20}, {10, 20}, {10, 20}, {10, 20}, {5, 10}, {5, 10}};

    @Override
    public String name() {
        return "overlay";
    }

    @Override
    public void run(BenchFixture fixture, BenchTable table) {
        WalkingNetwork network = fixture.network();
        int links = fixture.synthetic().links().size();
        Timing timing = Timing.forSize(fixture.targetLinks());
        Envelope extent = fixture.synthetic().extent();
        GeometryFactory gf = network.geometryFactory();
        List<TypeArea> served = new ArrayList<>();
        List<BandArea> bands = new ArrayList<>();
        for (int t = 0; t < TYPES; t++) {
            CatchmentOptions options = CatchmentOptions.defaults().withBands(BANDS[t]);
            CatchmentResult r = new CatchmentEngine(network).run(facilities(extent, gf, t), options);
            served.add(new TypeArea("type" + t, "Type " + t, r.largestDisk()));
            for (int k = 0; k < BANDS[t].length; k++) {
                bands.add(new BandArea("type" + t, "Type " + t, BANDS[t][k], r.disks().get(k)));
            }
        }
        List<Zone> wards = wards(extent, gf);
        Geometry study = OverlayNGRobust.union(wards.stream().map(Zone::geometry).toList());

        Timing.Timed<ServedSurface> surface = timing.time(() -> ServedSurface.of(study, served));
        table.row(name(), links, network, "served surface", surface, surface.result().pieces().size() + " pieces");
        Timing.Timed<DesertResult> deserts = timing.time(() -> Deserts.find(surface.result(), DesertRule.defaults(),
                wards, null));
        table.row(name(), links, network, "deserts", deserts, deserts.result().deserts().size() + " deserts, "
                + deserts.result().slivers() + " slivers");
        Timing.Timed<List<CoverageRow>> coverage = timing.time(() -> Coverage.compute(wards, bands, null));
        table.row(name(), links, network, "ward coverage", coverage, coverage.result().size() + " rows");
        Timing.Timed<DesertResult> total = timing.time(() -> Deserts.find(ServedSurface.of(study, served),
                DesertRule.defaults(), wards, null));
        table.row(name(), links, network, "overlay total", total, String.format(Locale.ROOT, "%d types, %d wards",
                TYPES, wards.size()));

        double before = Heap.usedAfterGcMb();
        Timing.Timed<Population> population = timing.time(() -> Population.fromPoints(points(extent, gf), "residents"));
        double heapMb = Heap.usedAfterGcMb() - before;
        table.row(name(), links, network, "population points", population, String.format(Locale.ROOT,
                "%,d points, %.0f residents, about %.0f MB heap", POPULATION_POINTS, population.result().total(), heapMb));
        Timing.Timed<DesertResult> withResidents = timing.time(() -> Deserts.find(surface.result(), DesertRule.defaults(),
                wards, population.result()));
        table.row(name(), links, network, "deserts + residents", withResidents, String.format(Locale.ROOT,
                "%.0f residents in deserts", withResidents.result().deserts().stream().mapToDouble(d -> d.residents()).sum()));
        Timing.Timed<List<CoverageRow>> coverageResidents = timing.time(() -> Coverage.compute(wards, bands,
                population.result()));
        table.row(name(), links, network, "coverage + residents", coverageResidents, coverageResidents.result().size()
                + " rows");
    }

    /** @return population points spread at random (fixed seed) over the extent, 1 to 4 residents each */
    static Layer points(Envelope extent, GeometryFactory gf) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("population");
        tb.setCRS(SyntheticNetwork.crs());
        tb.add("geometry", Point.class);
        tb.add("residents", Integer.class);
        SimpleFeatureType type = tb.buildFeatureType();
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        Random random = new Random(Benchmarks.SEED);
        List<SimpleFeature> features = new ArrayList<>(POPULATION_POINTS);
        for (int i = 0; i < POPULATION_POINTS; i++) {
            fb.add(gf.createPoint(new Coordinate(extent.getMinX() + random.nextDouble() * extent.getWidth(),
                    extent.getMinY() + random.nextDouble() * extent.getHeight())));
            fb.add(1 + random.nextInt(4));
            features.add(fb.buildFeature("population." + i));
        }
        return Layer.of("population", type, features);
    }

    /** @return the facilities of type t: a grid over the extent, shifted by a fraction of a cell per type */
    static List<Facility> facilities(Envelope extent, GeometryFactory gf, int t) {
        int columns = GRIDS[t][0];
        int rows = GRIDS[t][1];
        double shift = (t + 1) / (double) (TYPES + 1);
        List<Facility> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double x = extent.getMinX() + (c + shift) * extent.getWidth() / columns;
                double y = extent.getMinY() + (r + 1 - shift) * extent.getHeight() / rows;
                int i = out.size();
                out.add(new Facility(i, "t" + t + "-" + i, "Type " + t + " facility " + i, gf.createPoint(new Coordinate(x, y))));
            }
        }
        return out;
    }

    /** @return rectangular wards covering the extent */
    static List<Zone> wards(Envelope extent, GeometryFactory gf) {
        List<Zone> out = new ArrayList<>();
        double w = extent.getWidth() / WARD_COLUMNS;
        double h = extent.getHeight() / WARD_ROWS;
        for (int r = 0; r < WARD_ROWS; r++) {
            for (int c = 0; c < WARD_COLUMNS; c++) {
                Envelope e = new Envelope(extent.getMinX() + c * w, extent.getMinX() + (c + 1) * w,
                        extent.getMinY() + r * h, extent.getMinY() + (r + 1) * h);
                out.add(new Zone("Ward " + (out.size() + 1), "W" + (out.size() + 1), gf.toGeometry(e)));
            }
        }
        return out;
    }
}
