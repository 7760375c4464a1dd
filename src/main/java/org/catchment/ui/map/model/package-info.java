/**
 * The map's view models: {@link org.catchment.ui.map.model.Viewport}, what the map shows (centre,
 * scale, size) and how panning and zooming change it; {@link org.catchment.ui.map.model.Measurement},
 * a distance or area clicked on the map; {@link org.catchment.ui.map.model.CoordinateEntry}, a
 * coordinate typed into Go to coordinate, brought onto the map's CRS;
 * {@link org.catchment.ui.map.model.BasemapModel}, the user's basemap, drawn from the tile cache
 * while a background job fetches what it lacks. No JavaFX.
 *
 * <p>May use: {@code analysis}, {@code export}, {@code io}, {@code layer}, {@code render},
 * {@code ui.model}. Libraries: GeoTools, JTS.
 */
package org.catchment.ui.map.model;
