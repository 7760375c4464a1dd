/**
 * The layers feature's views: the layer panel ({@link org.catchment.ui.layers.LayerPanel}), the
 * Style dialog, the dialogs of adding a layer, and {@link org.catchment.ui.layers.UserLayers},
 * which reads the layers a user adds and can make one a facility type of the analysis.
 *
 * <p>May use: {@code analysis}, {@code io}, {@code layer}, {@code render}, {@code ui},
 * {@code ui.common}, {@code ui.form.model}, {@code ui.layers.model}, {@code ui.map}. Libraries:
 * GeoTools, JavaFX, JTS.
 */
package org.catchment.ui.layers;
