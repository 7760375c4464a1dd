/**
 * The map feature's views: the map ({@link org.catchment.ui.map.MapView}), which shows the
 * renderer's images re-rendered in the background on pan and zoom, with the basemap's credit in
 * its corner; the legend ({@link org.catchment.ui.map.LegendView}), which lists the classes of a
 * layer styled by a field; the Go to coordinate dialog; and View &gt; Basemap
 * ({@link org.catchment.ui.map.BasemapMenu}).
 *
 * <p>May use: {@code analysis}, {@code export}, {@code io}, {@code render}, {@code ui.common},
 * {@code ui.layers.model}, {@code ui.map.model}, {@code ui.model}. Libraries: JavaFX, JTS.
 */
package org.catchment.ui.map;
