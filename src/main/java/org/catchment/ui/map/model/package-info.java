/**
 * The map's view models: {@link org.catchment.ui.map.model.Viewport}, what the map shows (centre,
 * scale, size) and how panning and zooming change it; {@link org.catchment.ui.map.model.BasemapModel},
 * the user's basemap, drawn from the tile cache while a background job fetches what it lacks. No
 * JavaFX.
 *
 * <p>May use: {@code analysis}, {@code export}, {@code io}, {@code render}, {@code ui.model}.
 * Libraries: GeoTools, JTS.
 */
package org.catchment.ui.map.model;
