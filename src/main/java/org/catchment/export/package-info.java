/**
 * The outputs of an analysis result ({@link org.catchment.export.Outputs}): the GeoPackage layers
 * ({@link org.catchment.export.ResultLayers}) with QGIS styles, the statistics tables, the PNG maps
 * ({@link org.catchment.export.MapExport}) and a plain-text summary, staged in a hidden folder and
 * swapped in as a set only when all are written, in an output folder claimed for the run
 * ({@link org.catchment.export.OutputFolder}: one run at a time, leftovers of dead runs recovered); the
 * what-if outputs of scenarios ({@link org.catchment.export.ScenarioOutputs}: comparison GeoPackage and
 * table, change map, summary, closure rankings) and of suggested sites
 * ({@link org.catchment.export.SiteOutputs}) in the same all-or-nothing way.
 * The classes of a style by field ({@link org.catchment.export.FieldClasses}) are drawn alike by the
 * app's map and by QGIS from the GeoPackage's stored styles.
 *
 * <p>May use: {@code analysis}, {@code io}, {@code layer}, {@code network}, {@code servicearea},
 * {@code overlay}, {@code render}, {@code scenario}, {@code siting}, {@code tiling}. Libraries: GeoTools, JTS.
 */
package org.catchment.export;
