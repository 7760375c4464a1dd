/**
 * The map's view models: {@link org.catchment.ui.map.model.Viewport}, what the map shows (centre,
 * scale, size) and how panning and zooming change it; {@link org.catchment.ui.map.model.Measurement},
 * a distance or area clicked on the map; {@link org.catchment.ui.map.model.CoordinateEntry}, a
 * coordinate typed into Go to coordinate, brought onto the map's CRS. No JavaFX.
 *
 * <p>May use: {@code layer}. Libraries: GeoTools, JTS.
 */
package org.catchment.ui.map.model;
