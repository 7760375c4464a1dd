/**
 * The export feature's views: {@link org.catchment.ui.export.ExportActions} (PNG pages and atlases,
 * and the full outputs, through the {@code export} package as {@code catchment run} writes them)
 * and the print layout dialog ({@link org.catchment.ui.export.ExportDialog}); they reach the window
 * through {@code ExportActions.Host}.
 *
 * <p>May use: {@code analysis}, {@code export}, {@code overlay}, {@code render},
 * {@code ui.common}, {@code ui.export.model}, {@code ui.form.model}, {@code ui.layers.model},
 * {@code ui.model}. Libraries: JavaFX.
 */
package org.catchment.ui.export;
