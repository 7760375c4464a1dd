/**
 * The outputs of an analysis result ({@link org.catchment.export.Outputs}): the GeoPackage layers
 * ({@link org.catchment.export.ResultLayers}) with QGIS styles, the statistics tables, the PNG maps
 * ({@link org.catchment.export.MapExport}) and a plain-text summary, staged in a hidden folder and
 * moved into place only when all are written; the what-if outputs of scenarios
 * ({@link org.catchment.export.ScenarioOutputs}: comparison GeoPackage and table, change map,
 * summary, closure rankings) and of suggested sites ({@link org.catchment.export.SiteOutputs}) in
 * the same all-or-nothing way.
 *
 * <p>May use: {@code analysis}, {@code io}, {@code layer}, {@code network}, {@code servicearea},
 * {@code overlay}, {@code render}, {@code scenario}, {@code siting}. Libraries: GeoTools, JTS.
 */
package org.catchment.export;
