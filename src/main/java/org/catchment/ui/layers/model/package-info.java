/**
 * The layers feature's view models, without JavaFX: the ordered layer list
 * ({@link org.catchment.ui.layers.model.LayerListModel},
 * {@link org.catchment.ui.layers.model.LayerItem}, drawn class by class when styled by a field), the
 * styles the app gives layers and the Style dialog's forms
 * ({@link org.catchment.ui.layers.model.StyleForm},
 * {@link org.catchment.ui.layers.model.FieldStyleForm}), the panel saved as the analysis file's
 * {@code map} section ({@link org.catchment.ui.layers.model.MapState}), places found by name or
 * postcode ({@link org.catchment.ui.layers.model.PlaceSearch}), the analysis's input layers read
 * for display ({@link org.catchment.ui.layers.model.InputLayers}), and how an added layer was read
 * ({@link org.catchment.ui.layers.model.AddedLayer},
 * {@link org.catchment.ui.layers.model.CsvMapping},
 * {@link org.catchment.ui.layers.model.GeoPackageTables}).
 *
 * <p>May use: {@code analysis}, {@code export}, {@code io}, {@code layer}, {@code overlay}, {@code render}.
 * Libraries: GeoTools, JTS.
 */
package org.catchment.ui.layers.model;
