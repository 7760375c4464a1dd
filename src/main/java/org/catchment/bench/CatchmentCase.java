package org.catchment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.network.MultiSourceSearch;
import org.catchment.network.SearchResult;
import org.catchment.network.WalkingNetwork;
import org.catchment.servicearea.CatchmentEngine;
import org.catchment.servicearea.CatchmentOptions;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.catchment.servicearea.ReachableNetwork;
import org.catchment.servicearea.ReachablePiece;
import org.catchment.servicearea.ServiceAreas;
import org.catchment.servicearea.StartPoints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The catchment stage for one facility type: {@value #COLUMNS} x {@value #ROWS} point facilities
 * at the centres of a regular grid over the network's extent, bands 10 and 20 minutes at
 * 4.8 km/h, trim 100 m (the defaults). Times the steps apart: snapping the facilities, the
 * multi-source search, cutting the reached stretches, the polygon of each band on its own (all
 * stretches within the band, buffered and dissolved), the engine's disks for both bands (each
 * smaller disk clipped to the larger), and the engine end to end.
 */
final class CatchmentCase implements BenchCase {

    static final int COLUMNS = 6;
    static final int ROWS = 5;

    @Override
    public String name() {
        return "catchment";
    }

    @Override
    public void run(BenchFixture fixture, BenchTable table) {
        WalkingNetwork network = fixture.network();
        int links = fixture.synthetic().links().size();
        Timing timing = Timing.forSize(fixture.targetLinks());
        CatchmentOptions options = CatchmentOptions.defaults();
        List<Facility> facilities = gridFacilities(fixture.synthetic().extent(), network.geometryFactory());

        Timing.Timed<StartPoints.Result> starts = timing.time(() -> StartPoints.of(network, facilities, options));
        table.row(name(), links, network, "snap facilities", starts, starts.result().starts().size() + " starts, "
                + starts.result().failures().size() + " failures");

        Timing.Timed<SearchResult> search = timing.time(() -> new MultiSourceSearch(network, options.walkingSpeedKmh())
                .run(starts.result().starts(), options.maxBandMin()));
        table.row(name(), links, network, "search 20 min", search, reachedNodes(search.result()) + " nodes reached");

        double[] bands = options.bandsMin();
        Timing.Timed<List<ReachablePiece>> pieces = timing.time(() -> ReachableNetwork.of(search.result(), bands));
        table.row(name(), links, network, "reachable pieces", pieces, pieces.result().size() + " pieces");

        for (int k = 0; k < bands.length; k++) {
            List<ReachablePiece> within = withinBand(pieces.result(), k);
            Timing.Timed<List<Geometry>> polygon = timing.time(() ->
                    ServiceAreas.disks(network, within, 1, options.trimDistanceM(), List.of()));
            table.row(name(), links, network, String.format(Locale.ROOT, "polygon %.0f min", bands[k]), polygon,
                    within.size() + " pieces -> " + describe(polygon.result().get(0)));
        }

        Timing.Timed<List<Geometry>> disks = timing.time(() ->
                ServiceAreas.disks(network, pieces.result(), bands.length, options.trimDistanceM(), List.of()));
        table.row(name(), links, network, "disks both bands", disks, describe(disks.result().get(bands.length - 1)));

        Timing.Timed<CatchmentResult> engine = timing.time(() -> new CatchmentEngine(network).run(facilities, options));
        table.row(name(), links, network, "engine total", engine, engine.result().pieces().size() + " pieces");
    }

    /** @return the facilities, row by row from the south-west, at the centres of the grid's cells */
    static List<Facility> gridFacilities(Envelope extent, GeometryFactory factory) {
        List<Facility> out = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                double x = extent.getMinX() + (c + 0.5) * extent.getWidth() / COLUMNS;
                double y = extent.getMinY() + (r + 0.5) * extent.getHeight() / ROWS;
                int i = out.size();
                out.add(new Facility(i, "f" + i, "Facility " + i, factory.createPoint(new Coordinate(x, y))));
            }
        }
        return out;
    }

    /** @return the pieces reached within band {@code k}, all tagged band 0 (to draw that band alone) */
    private static List<ReachablePiece> withinBand(List<ReachablePiece> pieces, int k) {
        List<ReachablePiece> out = new ArrayList<>();
        for (ReachablePiece p : pieces) {
            if (p.band() <= k) {
                out.add(new ReachablePiece(p.edge(), p.fromAlongM(), p.toAlongM(), 0, p.source(), p.fromMinutes(),
                        p.toMinutes()));
            }
        }
        return out;
    }

    private static int reachedNodes(SearchResult search) {
        int n = 0;
        for (int i = 0; i < search.realNodeCount(); i++) {
            if (!Double.isInfinite(search.minutes(i))) {
                n++;
            }
        }
        return n;
    }

    private static String describe(Geometry polygon) {
        return String.format(Locale.ROOT, "%d polygons, %d vertices, %.2f km2", polygon.getNumGeometries(),
                polygon.getNumPoints(), polygon.getArea() / 1e6);
    }
}
