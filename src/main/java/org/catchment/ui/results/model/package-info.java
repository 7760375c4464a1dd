/**
 * The results feature's view models, without JavaFX: table rows
 * ({@link org.catchment.ui.results.model.ResultRows}), the features under a click
 * ({@link org.catchment.ui.results.model.Identify}), walking minutes from a clicked place
 * ({@link org.catchment.ui.results.model.PlaceTimes}; on a tiled run's result from the clicked tile's network
 * opened again, {@link org.catchment.ui.results.model.TiledPlaceTimes}) and the layers a run adds to the map
 * ({@link org.catchment.ui.results.model.ResultLayerItems}).
 *
 * <p>May use: {@code analysis}, {@code export}, {@code layer}, {@code network},
 * {@code servicearea}, {@code overlay}, {@code render}, {@code ui.form.model},
 * {@code ui.layers.model}. Libraries: GeoTools, JTS.
 */
package org.catchment.ui.results.model;
