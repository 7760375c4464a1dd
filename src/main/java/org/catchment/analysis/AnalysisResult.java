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
 * @param warnings       problems worth telling the user that did not stop the run
 * @param notes          what the run did that a user may want to know (network built or reloaded)
 */
public record AnalysisResult(Analysis analysis, WalkingNetwork network, Connectivity connectivity, StudyArea studyArea,
                             List<TypeResult> types, ServedSurface surface, DesertResult deserts,
                             List<CoverageRow> wardCoverage, List<List<CoverageRow>> zoneCoverage,
                             List<IndicatorResult> indicators, Inputs inputs, List<String> warnings,
                             List<String> notes)
        implements AutoCloseable {

    /**
     * The catchments of one facility type.
     *
     * @param spec      the facility type as written in the analysis file
     * @param layers    its facility layers (usually one), as loaded and filtered, in the working CRS
     * @param catchment the search, reachable network and polygons
     */
    public record TypeResult(AnalysisSpec.FacilitySpec spec, List<Layer> layers, CatchmentResult catchment) {

        public TypeResult {
            layers = List.copyOf(layers);
        }

        /** @return the index of the served band in the type's bands */
        public int servedBandIndex() {
            return spec.bandsMin().indexOf(spec.servedBand());
        }
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

    /**
     * @param newOutputDir where the outputs are to go instead (e.g. beside the file an unsaved
     *                     analysis was saved to after its run)
     * @return this result writing to another folder; it shares the network, so close only one of them
     */
    public AnalysisResult withOutputDir(java.nio.file.Path newOutputDir) {
        return new AnalysisResult(analysis.withOutputDir(newOutputDir), network, connectivity, studyArea, types, surface,
                deserts, wardCoverage, zoneCoverage, indicators, inputs, warnings, notes);
    }

    /**
     * @param map the map section as the app shows it now (styles by field given since the run)
     * @return this result with that map section, for the GeoPackage's styles; it shares the network
     */
    public AnalysisResult withMap(MapSpec map) {
        return new AnalysisResult(analysis.withMap(map), network, connectivity, studyArea, types, surface, deserts,
                wardCoverage, zoneCoverage, indicators, inputs, warnings, notes);
    }

    @Override
    public void close() {
        network.close();
    }
}
