package org.catchment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.BandArea;
import org.catchment.overlay.Coverage;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.CrossTab;
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
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The overlay with many small zones, as a national run has them: the catchments of
 * {@value OverlayCase#TYPES} facility types (those of {@link OverlayCase}) over
 * {@value #COLUMNS} x {@value #ROWS} rectangular zones covering the network, each far smaller than
 * the bands. Times the coverage table (14 band areas), the deserts named by those zones, the
 * cross-tabulation of residents in deserts by a class of the zones, and the coverage with the
 * {@value OverlayCase#POPULATION_POINTS} population points. One run each (no warm-up): the point
 * is how the cost grows with zones and band size, where the slow way takes minutes.
 */
final class ZonesCase implements BenchCase {

    static final int COLUMNS = 60;
    static final int ROWS = 50;
    private static final double[][] BANDS = {{10, 20}, {10, 20}, {10, 20}, {10, 20}, {10, 20}, {5, 10}, {5, 10}};

    @Override
    public String name() {
        return "zones";
    }

    @Override
    public void run(BenchFixture fixture, BenchTable table) {
        WalkingNetwork network = fixture.network();
        int links = fixture.synthetic().links().size();
        Timing timing = new Timing(0, 1);
        Envelope extent = fixture.synthetic().extent();
        GeometryFactory gf = network.geometryFactory();
        List<TypeArea> served = new ArrayList<>();
        List<BandArea> bands = new ArrayList<>();
        int vertices = 0;
        for (int t = 0; t < OverlayCase.TYPES; t++) {
            CatchmentOptions options = CatchmentOptions.defaults().withBands(BANDS[t]);
            CatchmentResult r = new CatchmentEngine(network).run(OverlayCase.facilities(extent, gf, t), options);
            served.add(new TypeArea("type" + t, "Type " + t, r.largestDisk()));
            for (int k = 0; k < BANDS[t].length; k++) {
                bands.add(new BandArea("type" + t, "Type " + t, BANDS[t][k], r.disks().get(k)));
                vertices += r.disks().get(k).getNumPoints();
            }
        }
        List<Zone> zones = zones(extent, gf);
        Geometry study = OverlayNGRobust.union(zones.stream().map(Zone::geometry).toList());
        String size = String.format(Locale.ROOT, "%,d zones, %d bands of %,d vertices", zones.size(), bands.size(), vertices);

        Timing.Timed<List<CoverageRow>> coverage = timing.time(() -> Coverage.compute(zones, bands, null));
        table.row(name(), links, network, "coverage", coverage, size);
        Timing.Timed<DesertResult> deserts = timing.time(() -> Deserts.find(ServedSurface.of(study, served),
                DesertRule.defaults(), zones, null));
        table.row(name(), links, network, "surface + deserts", deserts, deserts.result().deserts().size()
                + " deserts named by " + zones.size() + " zones");
        Population population = Population.fromPoints(OverlayCase.points(extent, gf), "residents");
        double[] values = new double[zones.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 + i % 10;
        }
        double[] breaks = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Timing.Timed<?> crossTab = timing.time(() -> CrossTab.residentsInDesertsByClass(zones, values, breaks,
                population, deserts.result().deserts()));
        table.row(name(), links, network, "cross-tab", crossTab, "10 classes of " + zones.size() + " zones");
        Timing.Timed<List<CoverageRow>> withResidents = timing.time(() -> Coverage.compute(zones, bands, population));
        table.row(name(), links, network, "coverage + residents", withResidents, String.format(Locale.ROOT,
                "%,d rows, %,d points", withResidents.result().size(), OverlayCase.POPULATION_POINTS));
    }

    /** @return {@value #COLUMNS} x {@value #ROWS} rectangular zones covering the extent */
    static List<Zone> zones(Envelope extent, GeometryFactory gf) {
        List<Zone> out = new ArrayList<>();
        double w = extent.getWidth() / COLUMNS;
        double h = extent.getHeight() / ROWS;
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                Envelope e = new Envelope(extent.getMinX() + c * w, extent.getMinX() + (c + 1) * w,
                        extent.getMinY() + r * h, extent.getMinY() + (r + 1) * h);
                out.add(new Zone("Zone " + (out.size() + 1), null, gf.toGeometry(e)));
            }
        }
        return out;
    }
}
