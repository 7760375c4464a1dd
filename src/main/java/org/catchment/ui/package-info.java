/**
 * The JavaFX desktop app: a map view over the {@code render} package's Java2D images, a layer
 * panel, the analysis form, the results table and export. The only package that imports JavaFX.
 *
 * <p>Each feature is a view (JavaFX nodes, e.g. {@link org.catchment.ui.map.MapView}) over a plain
 * view model without JavaFX types ({@link org.catchment.ui.map.model.Viewport},
 * {@link org.catchment.ui.layers.model.LayerListModel}, {@link org.catchment.ui.form.model.AnalysisForm},
 * {@link org.catchment.ui.model.AnalysisDocument}), so the logic is unit-tested without a toolkit. Long
 * work (reading layers, rendering, running an analysis) runs off the FX thread. Start the app
 * with {@link org.catchment.ui.DesktopLauncher#launch(java.nio.file.Path, java.util.function.LongConsumer)}.
 */
package org.catchment.ui;
