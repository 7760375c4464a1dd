package org.catchment.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.catchment.layer.ClosingUnion;
import org.catchment.overlay.BandArea;
import org.catchment.overlay.Coverage;
import org.catchment.overlay.DesertRegion;
import org.catchment.overlay.Deserts;
import org.catchment.overlay.Population;
import org.catchment.overlay.ServedSurface;
import org.catchment.overlay.TypeArea;
import org.catchment.overlay.Zone;
import org.catchment.tiling.TilePart;
import org.catchment.tiling.TilePlan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The overlay of one tile of a tiled run, within its cell: the served surface over the cell's part
 * of the study area (from each type's disk clipped to the cell), the places there that meet the
 * desert rule (each marked when it reaches the cell's boundary, to be joined across the seam), and
 * the parts of the zones in the cell covered by each band area, with the residents this tile
 * counts (a resident point on a seam counted by the one tile that holds it). {@link TiledOverlay}
 * merges the tiles' overlays; docs/method.md, "Tiled runs", says why the merge equals the untiled
 * overlay.
 */
final class TileOverlay {

    private TileOverlay() {
    }

    /**
     * @param analysis  the analysis (its types, bands and desert rule)
     * @param shared    the tiles, the whole run's study area (in pieces), zones and population
     * @param tile      this tile
     * @param disks     per type, each band's disk clipped to the cell
     * @param cancelled whether the run was stopped
     */
    static TilePart.CellOverlay of(Analysis analysis, TileRun.Shared shared, TilePlan.Tile tile,
                                   List<List<Geometry>> disks, BooleanSupplier cancelled) {
        OverlayInputs inputs = shared.inputs();
        TilePlan plan = shared.plan();
        List<AnalysisSpec.FacilitySpec> specs = analysis.spec().facilities();
        List<String> typeIds = specs.stream().map(AnalysisSpec.FacilitySpec::type).toList();
        Geometry area = shared.studyArea().intersection(tile.cell());
        List<TilePart.ServedPiece> served = new ArrayList<>();
        List<TilePart.DesertPiece> deserts = new ArrayList<>();
        if (!area.isEmpty() && area.getArea() > 0) {
            List<TypeArea> types = new ArrayList<>();
            for (int k = 0; k < specs.size(); k++) {
                AnalysisSpec.FacilitySpec s = specs.get(k);
                types.add(new TypeArea(s.type(), s.label(), disks.get(k).get(s.servedBandIndex())));
            }
            ServedSurface surface = ServedSurface.of(area, types);
            for (ServedSurface.Piece p : surface.pieces()) {
                served.add(new TilePart.ServedPiece(p.geometry(), indexes(p.missingTypes(), typeIds)));
            }
            OverlayStage.check(cancelled);
            IndexedFacetDistance seam = new IndexedFacetDistance(tile.cell().getBoundary());
            for (DesertRegion r : Deserts.regions(surface, OverlayStage.rule(analysis.spec().deserts()))) {
                deserts.add(new TilePart.DesertPiece(r.polygon(), r.missingSets().stream()
                        .map(set -> indexes(set, typeIds)).toList(), seam.isWithinDistance(r.polygon(), ClosingUnion.SNAP_M)));
            }
        }
        OverlayStage.check(cancelled);
        return new TilePart.CellOverlay(served, deserts, coverage(analysis, inputs, plan, tile, disks, cancelled));
    }

    /** @return per set of zones, those meeting the cell and their parts covered by each band area */
    private static List<TilePart.ZoneCover> coverage(Analysis analysis, OverlayInputs inputs, TilePlan plan,
                                                     TilePlan.Tile tile, List<List<Geometry>> disks,
                                                     BooleanSupplier cancelled) {
        List<BandArea> bands = OverlayStage.bandAreas(analysis.spec().facilities(), disks);
        List<List<Zone>> sets = OverlayStage.zoneSets(inputs);
        PreparedGeometry cell = PreparedGeometryFactory.prepare(tile.cell());
        Envelope cellEnvelope = tile.cell().getEnvelopeInternal();
        List<int[]> indexes = new ArrayList<>();
        List<List<Zone>> parts = new ArrayList<>();
        for (List<Zone> zones : sets) {
            List<Integer> kept = new ArrayList<>();
            List<Zone> inCell = new ArrayList<>();
            for (int z = 0; z < zones.size(); z++) {
                Zone zone = zones.get(z);
                if (!zone.geometry().getEnvelopeInternal().intersects(cellEnvelope) || !cell.intersects(zone.geometry())) {
                    continue;
                }
                Geometry part = cell.covers(zone.geometry()) ? zone.geometry() : plan.clip(zone.geometry(), tile.index());
                if (part.getArea() > 0) {
                    kept.add(z);
                    inCell.add(new Zone(zone.name(), zone.code(), part));
                }
            }
            indexes.add(kept.stream().mapToInt(Integer::intValue).toArray());
            parts.add(inCell);
        }
        Population population = inputs.population() == null ? null : inputs.population().countingOnly(owned(plan, tile));
        List<Coverage.Covered> covered = Coverage.covered(parts, bands, population, () -> OverlayStage.check(cancelled));
        List<TilePart.ZoneCover> out = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            out.add(new TilePart.ZoneCover(indexes.get(s), covered.get(s).areaM2(), covered.get(s).residents()));
        }
        return out;
    }

    /** @return whether a resident point is this tile's to count (remembered, as each is asked for per band) */
    private static Predicate<Coordinate> owned(TilePlan plan, TilePlan.Tile tile) {
        Map<Coordinate, Boolean> known = new HashMap<>();
        return c -> known.computeIfAbsent(c, x -> plan.owner(x) == tile.index());
    }

    private static int[] indexes(Set<String> types, List<String> typeIds) {
        return IntStream.range(0, typeIds.size()).filter(k -> types.contains(typeIds.get(k))).toArray();
    }
}
