package org.catchment.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.catchment.overlay.BandArea;
import org.catchment.overlay.Coverage;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.DesertRegion;
import org.catchment.overlay.DesertResult;
import org.catchment.overlay.Deserts;
import org.catchment.overlay.ServedSurface;
import org.catchment.overlay.Zone;
import org.catchment.tiling.SeamUnion;
import org.catchment.tiling.TilePart;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The overlay of a tiled run, merged from its tiles' overlays ({@link TileOverlay}) without any
 * polygon spanning the study area: the served surface is the tiles' pieces side by side, the
 * deserts are the tiles' desert places joined across the seams ({@link SeamUnion}) before the
 * sliver rule, numbered and described over the whole study area, and each zone's covered area and
 * residents are the sums of its parts in the cells, in tile order.
 */
final class TiledOverlay {

    /**
     * The merged overlay.
     *
     * @param surface  the served surface
     * @param deserts  the deserts with the indicator cross-tabs
     * @param coverage per set of zones (the study area's, then each zone layer's), the coverage rows
     */
    record Merged(ServedSurface surface, OverlayStage.DesertOverlay deserts, List<List<CoverageRow>> coverage) {
    }

    private TiledOverlay() {
    }

    /**
     * @param analysis  the analysis
     * @param inputs    the whole run's study area, zones, population and indicators
     * @param types     the types' results, their disks the tiles' side by side
     * @param parts     the tiles' parts, in tile order
     * @param factory   the run's geometry factory
     * @param cancelled whether the run was stopped
     */
    static Merged merge(Analysis analysis, OverlayInputs inputs, List<AnalysisResult.TypeResult> types,
                        List<TilePart> parts, GeometryFactory factory, BooleanSupplier cancelled) {
        List<String> typeIds = types.stream().map(t -> t.spec().type()).toList();
        List<List<ServedSurface.Piece>> pieces = new ArrayList<>();
        for (TilePart p : parts) {
            pieces.add(p.overlay().served().stream().map(s -> piece(s, typeIds)).toList());
        }
        ServedSurface surface = ServedSurface.sideBySide(pieces, typeIds, factory);
        List<DesertRegion> regions = SeamUnion.deserts(parts).stream()
                .map(j -> new DesertRegion(j.polygon(), j.missingSets().stream().map(s -> ids(s, typeIds)).toList()))
                .toList();
        DesertResult found = Deserts.of(regions, OverlayStage.rule(analysis.spec().deserts()), typeIds,
                inputs.studyArea().zones(), inputs.population());
        OverlayStage.DesertOverlay deserts = OverlayStage.described(analysis.spec(), inputs, found, typeIds, cancelled);
        return new Merged(surface, deserts, coverage(inputs, types, parts));
    }

    /** @return the coverage rows of every set of zones, each zone's covered parts summed over the tiles */
    private static List<List<CoverageRow>> coverage(OverlayInputs inputs, List<AnalysisResult.TypeResult> types,
                                                    List<TilePart> parts) {
        List<BandArea> bands = OverlayStage.bandAreas(types.stream().map(AnalysisResult.TypeResult::spec).toList(),
                types.stream().map(t -> t.catchment().disks()).toList());
        List<List<Zone>> sets = OverlayStage.zoneSets(inputs);
        List<List<CoverageRow>> out = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            int zones = sets.get(s).size();
            double[][] area = new double[bands.size()][zones];
            double[][] residents = inputs.population() == null ? null : new double[bands.size()][zones];
            for (TilePart p : parts) {
                TilePart.ZoneCover c = p.overlay().coverage().get(s);
                for (int k = 0; k < bands.size(); k++) {
                    for (int i = 0; i < c.zones().length; i++) {
                        area[k][c.zones()[i]] += c.areaM2()[k][i];
                        if (residents != null) {
                            residents[k][c.zones()[i]] += c.residents()[k][i];
                        }
                    }
                }
            }
            out.add(Coverage.rows(sets.get(s), bands, new Coverage.Covered(area, residents), inputs.population()));
        }
        return out;
    }

    private static ServedSurface.Piece piece(TilePart.ServedPiece s, List<String> typeIds) {
        Set<String> missing = ids(s.missing(), typeIds);
        return new ServedSurface.Piece(s.geometry(), missing, typeIds.size() - missing.size());
    }

    private static Set<String> ids(int[] indexes, List<String> typeIds) {
        Set<String> out = new LinkedHashSet<>();
        for (int k : indexes) {
            out.add(typeIds.get(k));
        }
        return out;
    }
}
