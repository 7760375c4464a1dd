package org.catchment.analysis;

import java.util.List;
import org.catchment.layer.Layer;
import org.catchment.network.Connectivity;
import org.catchment.network.WalkingNetwork;
import org.catchment.overlay.ClassCount;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.DesertResult;
import org.catchment.overlay.ServedSurface;
import org.catchment.overlay.StudyArea;
import org.catchment.servicearea.CatchmentResult;
import org.catchment.tiling.TileParts;

/**
 * Everything one run of an analysis produced, in memory: what the exports write and the desktop
 * app shows. The network stays open until {@link #close()}.
 *
 * @param analysis       the analysis that was run
 * @param network        the walking network searched
 * @param connectivity   its connectivity report
 * @param studyArea      the zones analysed and their (residential) area
 * @param types          one result per facility type, in the analysis file's order
 * @param surface        the served-count surface over the study area
 * @param deserts        the deserts found
 * @param wardCoverage   coverage of each study-area zone by type and band
 * @param zoneCoverage   coverage of each further zone layer's zones (e.g. LSOAs), in order
 * @param indicators     residents in deserts by indicator class, one table per indicator
 * @param inputs         the input layers used, for the GeoPackage export and the map backdrop
 * @param overlayInputs  population, zones and indicators, to redo the overlay in memory
 * @param warnings       problems worth telling the user that did not stop the run
 * @param notes          what the run did that a user may want to know (network built or reloaded)
 * @param accessibility  the accessibility indicators ({@code accessibility}): minutes from each type's nearest
 *                       facility to the study area's postcodes and per zone, or null when not asked for
 * @param tiles          a tiled run's parts, in tile order (node times, reachable network and the
 *                       tiles' networks in words, the rows read back when asked for); null for a run
 *                       in one piece. A tiled result has no
 *                       network ({@code network} and {@code connectivity} are null) and its types no
 *                       search: each tile's was released when the tile was done
 */
public record AnalysisResult(Analysis analysis, WalkingNetwork network, Connectivity connectivity, StudyArea studyArea,
                             List<TypeResult> types, ServedSurface surface, DesertResult deserts,
                             List<CoverageRow> wardCoverage, List<List<CoverageRow>> zoneCoverage,
                             List<IndicatorResult> indicators, Inputs inputs, OverlayInputs overlayInputs,
                             List<String> warnings, List<String> notes, Accessibility accessibility,
                             TileParts tiles)
        implements AutoCloseable {

    /** A result of a run in one piece. */
    public AnalysisResult(Analysis analysis, WalkingNetwork network, Connectivity connectivity, StudyArea studyArea,
                          List<TypeResult> types, ServedSurface surface, DesertResult deserts,
                          List<CoverageRow> wardCoverage, List<List<CoverageRow>> zoneCoverage,
                          List<IndicatorResult> indicators, Inputs inputs, OverlayInputs overlayInputs,
                          List<String> warnings, List<String> notes, Accessibility accessibility) {
        this(analysis, network, connectivity, studyArea, types, surface, deserts, wardCoverage, zoneCoverage, indicators,
                inputs, overlayInputs, warnings, notes, accessibility, null);
    }

    /** @return true for the result of a tiled run ({@link #tiles()}), which has no network */
    public boolean tiled() {
        return tiles != null;
    }

    /**
     * The catchments of one facility type.
     *
     * @param spec      the facility type as written in the analysis file
     * @param layers    its facility layers (usually one), as loaded and filtered, in the working CRS
     * @param catchment the search, reachable network and polygons
     * @param sources   the feature of {@code layers} each facility was made from, by facility index
     *                  (a proposed site of a scenario has none: layer -1)
     */
    public record TypeResult(AnalysisSpec.FacilitySpec spec, List<Layer> layers, CatchmentResult catchment,
                             List<Source> sources) {

        public TypeResult {
            layers = List.copyOf(layers);
            sources = List.copyOf(sources);
            if (sources.size() != catchment.facilities().size()) {
                throw new IllegalArgumentException(sources.size() + " sources for " + catchment.facilities().size()
                        + " facilities");
            }
        }

        /** @return the index of the served band in the type's bands */
        public int servedBandIndex() {
            return spec.servedBandIndex();
        }
    }

    /**
     * Where a facility came from: a feature of one of its type's layers.
     *
     * @param layer   the layer's place among the type's layers, or -1 for a site a scenario added
     * @param feature the feature's id within that layer
     */
    public record Source(int layer, String feature) {
    }

    /**
     * One indicator's cross-tabulation.
     *
     * @param spec   the indicator as written
     * @param breaks the class upper bounds
     * @param rows   residents and residents in deserts per class
     */
    public record IndicatorResult(AnalysisSpec.IndicatorSpec spec, double[] breaks, List<ClassCount> rows) {
    }

    /**
     * The input layers, all in the working CRS.
     *
     * @param zones    the study-area zone layer (wards)
     * @param others   residential land, population and further zone layers
     * @param backdrop the maps' backdrop line layers, named by their legend labels
     */
    public record Inputs(Layer zones, List<Layer> others, List<Layer> backdrop) {
    }

    /** @return this result with accessibility indicators (null: none) */
    public AnalysisResult withAccessibility(Accessibility access) {
        return new AnalysisResult(analysis, network, connectivity, studyArea, types, surface, deserts, wardCoverage,
                zoneCoverage, indicators, inputs, overlayInputs, warnings, notes, access, tiles);
    }

    /**
     * @param newOutputDir where the outputs are to go instead (e.g. beside the file an unsaved
     *                     analysis was saved to after its run)
     * @return this result writing to another folder; it shares the network, so close only one of them
     */
    public AnalysisResult withOutputDir(java.nio.file.Path newOutputDir) {
        return new AnalysisResult(analysis.withOutputDir(newOutputDir), network, connectivity, studyArea, types, surface,
                deserts, wardCoverage, zoneCoverage, indicators, inputs, overlayInputs, warnings, notes, accessibility, tiles);
    }

    /**
     * @param more notes to add at the end (the network kept in the cache once the run succeeded)
     * @return this result with those notes too; it shares the network, so close only one of them
     */
    AnalysisResult withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new AnalysisResult(analysis, network, connectivity, studyArea, types, surface, deserts, wardCoverage,
                zoneCoverage, indicators, inputs, overlayInputs, warnings, List.copyOf(all), accessibility, tiles);
    }

    /**
     * The live desert rule: this result under another rule (threshold, types counted, minimum
     * area), redone from the served-count surface already computed. No search and no polygon is
     * redone, and coverage does not depend on the rule, so only the deserts and the indicator
     * cross-tabs change (and the messages about them).
     *
     * @param rule the new {@code deserts} section; it must name only types of this result
     * @return the result under that rule; it shares the network, so close only one of them
     * @throws IllegalArgumentException for a type the result does not have, or types with missing_all_of
     */
    public AnalysisResult withDesertRule(AnalysisSpec.DesertSpec rule) {
        List<String> ids = types.stream().map(t -> t.spec().type()).toList();
        for (List<String> named : java.util.Arrays.asList(rule.types(), rule.missingAllOf())) {
            if (named != null && !ids.containsAll(named)) {
                throw new IllegalArgumentException("the rule names types " + named + " not all among " + ids);
            }
        }
        Analysis changed = new Analysis(analysis.spec().withDeserts(rule), analysis.file(), analysis.baseDir(),
                analysis.workingCrs());
        OverlayStage.DesertOverlay d = OverlayStage.deserts(changed.spec(), overlayInputs, surface, () -> false);
        return new AnalysisResult(changed, network, connectivity, studyArea, types, surface, d.deserts(), wardCoverage,
                zoneCoverage, d.indicators(), inputs, overlayInputs,
                replaced(warnings, desertWarnings(), d.warnings()), replaced(notes, desertNotes(), d.notes()), accessibility, tiles);
    }

    /** @return the warnings the deserts gave (slivers left out) */
    List<String> desertWarnings() {
        return OverlayStage.desertWarnings(analysis.spec().deserts(), deserts);
    }

    /** @return the notes the desert rule gave (a threshold above the types counted) */
    List<String> desertNotes() {
        return OverlayStage.desertNotes(analysis.spec().deserts(), surface.typeIds());
    }

    /** @return {@code all} without the {@code old} messages, with the {@code now} ones at its end */
    static List<String> replaced(List<String> all, List<String> old, List<String> now) {
        List<String> out = new java.util.ArrayList<>(all);
        old.forEach(out::remove);
        out.addAll(now);
        return List.copyOf(out);
    }

    /**
     * @param map the map section as the app shows it now (styles by field given since the run)
     * @return this result with that map section, for the GeoPackage's styles; it shares the network
     */
    public AnalysisResult withMap(MapSpec map) {
        return new AnalysisResult(analysis.withMap(map), network, connectivity, studyArea, types, surface, deserts,
                wardCoverage, zoneCoverage, indicators, inputs, overlayInputs, warnings, notes, accessibility, tiles);
    }

    /** @return this result with the parts of a tiled run */
    AnalysisResult withTiles(TileParts parts) {
        return new AnalysisResult(analysis, network, connectivity, studyArea, types, surface, deserts, wardCoverage,
                zoneCoverage, indicators, inputs, overlayInputs, warnings, notes, accessibility, parts);
    }

    @Override
    public void close() {
        if (network != null) {
            network.close();
        }
    }
}
