/**
 * The map feature's views: the map ({@link org.catchment.ui.map.MapView}), which shows the
 * renderer's images re-rendered in the background on pan and zoom, and the legend
 * ({@link org.catchment.ui.map.LegendView}), which lists the classes of a layer styled by a field, and the Go to coordinate dialog.
 *
 * <p>May use: {@code export}, {@code render}, {@code ui.common}, {@code ui.layers.model}, {@code ui.map.model},
 * {@code ui.model}. Libraries: JavaFX, JTS.
 */
package org.catchment.ui.map;
