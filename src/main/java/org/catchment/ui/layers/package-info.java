/**
 * The layers feature's views: the layer panel ({@link org.catchment.ui.layers.LayerPanel}), the
 * Style dialog (single symbol, or graduated or categorized by a field), the dialogs of adding a
 * layer, and {@link org.catchment.ui.layers.UserLayers}, which reads the layers a user adds and can
 * make one a facility type of the analysis (it reaches the window and the analysis through its
 * {@code Host} and {@code TypeAdder}, so no feature calls back into the {@code ui} root).
 *
 * <p>May use: {@code analysis}, {@code export}, {@code io}, {@code layer}, {@code render},
 * {@code ui.common}, {@code ui.layers.model}. Libraries: GeoTools, JavaFX, JTS.
 */
package org.catchment.ui.layers;
