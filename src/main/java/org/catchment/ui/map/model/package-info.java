/**
 * The map's view model: {@link org.catchment.ui.map.model.Viewport}, what the map shows (centre,
 * scale, size) and how panning and zooming change it. No JavaFX.
 *
 * <p>May use: no other package. Libraries: JTS.
 */
package org.catchment.ui.map.model;
