/**
 * The analysis file and the pipeline. The file: {@link org.catchment.analysis.AnalysisSpec} (every
 * key, documented in docs/analysis-file.md), read and written by
 * {@link org.catchment.analysis.AnalysisFiles} (YAML, errors with line numbers), checked by
 * {@link org.catchment.analysis.AnalysisValidator}, its paths kept relative by
 * {@link org.catchment.analysis.SpecPaths}. The pipeline:
 * {@link org.catchment.analysis.AnalysisRunner}, the one entry point both front ends call, with its
 * network and overlay stages (the network reloaded from the per-user cache by
 * {@code NetworkCaching}), progress ({@link org.catchment.analysis.ProgressListener}) and
 * cancellation. Facilities are read by {@code FacilityLayers}, from an OpenStreetMap extract by
 * their {@link org.catchment.analysis.OsmTags} or {@link org.catchment.analysis.OsmPresets}
 * ({@code OsmFacilities}); {@link org.catchment.analysis.OsmSummary} tells what an extract holds.
 *
 * <p>May use: {@code io}, {@code layer}, {@code network}, {@code servicearea}, {@code overlay},
 * {@code tiling}. Libraries: GeoTools, JTS, Jackson, SnakeYAML.
 */
package org.catchment.analysis;
