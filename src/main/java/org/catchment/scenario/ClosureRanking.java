package org.catchment.scenario;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.catchment.CancelledException;
import org.catchment.analysis.AnalysisResult;
import org.catchment.network.SourceRemoval;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.AccessChange;
import org.catchment.overlay.Population;
import org.catchment.overlay.Zone;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.servicearea.Facility;
import org.catchment.servicearea.ReachableNetwork;
import org.catchment.servicearea.ReachablePiece;
import org.catchment.servicearea.ServiceAreas;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The facilities of one type ranked by what closing each alone would cost: the residents (and
 * area) of the study area that would lose access to the type within its served band, as a
 * scenario closing that facility would report (docs/method.md#closure-ranking).
 *
 * <p>Method, without a full run per facility: closing facility f changes the node times only
 * where f was the nearest facility ({@link SourceRemoval}: one search restricted to f's part of
 * the network). Every place that loses access lies within the trim distance of a stretch f's
 * nodes reached within the band, or inside f's own area; so the loss is that neighbourhood
 * ({@code W}: those stretches buffered, plus f's area) less what still serves it after the
 * closure: the stretches near {@code W} reached within the band from the other facilities
 * (redone from the new times on the edges near {@code W} only), buffered, and the other area
 * facilities. The loss is measured as the comparison measures lost access ({@link AccessChange}:
 * within the study area's zones, residents counted as the coverage tables count them). Those are
 * exactly the places whose served-band facilities were f alone.
 */
public final class ClosureRanking {

    /**
     * One facility's closure.
     *
     * @param rank            1 for the costliest closure (ties share the order of the facilities)
     * @param facility        the facility
     * @param residentsLosing the residents who would lose access, or null without population data
     * @param areaLosingM2    the area that would lose access, square metres
     * @param onNetwork       false for a facility that does not join the network (only its own area serves)
     */
    public record Row(int rank, Facility facility, Double residentsLosing, double areaLosingM2, boolean onNetwork) {

        /** @return the facility's name */
        public String name() {
            return facility.name();
        }
    }

    private ClosureRanking() {
    }

    /**
     * @param result    a result (a baseline or a scenario)
     * @param type      the type's id
     * @param cancelled polled between facilities
     * @return one row per facility of the type, costliest first (by residents, else by area)
     * @throws IllegalArgumentException for a type the result does not have
     */
    public static List<Row> of(AnalysisResult result, String type, BooleanSupplier cancelled) {
        AnalysisResult.TypeResult t = result.types().stream().filter(x -> x.spec().type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no facility type '" + type + "'"));
        CatchmentResult c = t.catchment();
        WalkingNetwork network = result.network();
        int band = t.servedBandIndex();
        double trim = c.options().trimDistanceM();
        Population population = result.overlayInputs().population();
        Geometry within = OverlayNGRobust.union(result.overlayInputs().studyArea().zones().stream().map(Zone::geometry)
                .toList());
        List<List<ReachablePiece>> byEdge = new ArrayList<>();
        for (int e = 0; e < network.edgeCount(); e++) {
            byEdge.add(null);
        }
        for (ReachablePiece p : c.pieces()) {
            if (p.band() <= band) {
                if (byEdge.get(p.edge()) == null) {
                    byEdge.set(p.edge(), new ArrayList<>());
                }
                byEdge.get(p.edge()).add(p);
            }
        }
        BitSet on = new BitSet();
        c.starts().starts().forEach(s -> on.set(s.source()));
        SourceRemoval removal = new SourceRemoval(c.search());
        List<Row> rows = new ArrayList<>();
        for (Facility f : c.facilities()) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            SourceRemoval.Removal r = removal.without(f.index());
            List<ReachablePiece> reached = new ArrayList<>();
            for (int e = r.edges().nextSetBit(0); e >= 0; e = r.edges().nextSetBit(e + 1)) {
                if (byEdge.get(e) != null) {
                    reached.addAll(byEdge.get(e));
                }
            }
            Geometry near = disk(network, reached, trim, f.isArea() ? List.of(f.geometry()) : List.of());
            Double residents = population == null ? null : 0.0;
            double area = 0;
            if (!near.isEmpty()) {
                Envelope env = near.getEnvelopeInternal();
                env.expandBy(trim + 1);
                BitSet edges = new BitSet();
                network.forEachWalkableEdgeNear(env, edges::set);
                List<ReachablePiece> still = new ArrayList<>();
                for (ReachablePiece p : ReachableNetwork.of(r.search().restrictedTo(edges), c.options().bandsMin())) {
                    if (p.band() <= band) {
                        still.add(p);
                    }
                }
                List<Geometry> areas = c.facilities().stream().filter(x -> x.isArea() && x.index() != f.index()
                        && x.geometry().getEnvelopeInternal().intersects(env)).map(Facility::geometry).toList();
                AccessChange lost = AccessChange.of(type, t.spec().label(), t.spec().servedBand(), near,
                        disk(network, still, trim, areas), within, population);
                residents = lost.lostResidents();
                area = lost.lostAreaM2();
            }
            rows.add(new Row(0, f, residents, area, on.get(f.index())));
        }
        rows.sort(Comparator.comparingDouble((Row x) -> x.residentsLosing() == null ? 0 : -x.residentsLosing())
                .thenComparingDouble(x -> -x.areaLosingM2()).thenComparingInt(x -> x.facility().index()));
        List<Row> ranked = new ArrayList<>();
        for (Row x : rows) {
            ranked.add(new Row(ranked.size() + 1, x.facility(), x.residentsLosing(), x.areaLosingM2(), x.onNetwork()));
        }
        return ranked;
    }

    /** @return the stretches buffered by the trim distance, with the areas, as one polygon (one band) */
    private static Geometry disk(WalkingNetwork network, List<ReachablePiece> pieces, double trim, List<Geometry> areas) {
        List<ReachablePiece> one = pieces.stream().map(p -> new ReachablePiece(p.edge(), p.fromAlongM(), p.toAlongM(), 0,
                p.source(), p.fromMinutes(), p.toMinutes())).toList();
        return ServiceAreas.disks(network, one, 1, trim, areas).get(0);
    }
}
