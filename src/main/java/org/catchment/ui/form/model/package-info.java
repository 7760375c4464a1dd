/**
 * The analysis panel's view models, without JavaFX:
 * {@link org.catchment.ui.form.model.AnalysisForm} holds the {@code AnalysisSpec} being edited and
 * replaces it on every change; {@link org.catchment.ui.form.model.NetworkEdits} are the network
 * section's edits; {@link org.catchment.ui.form.model.InputKey} is what of an analysis the map
 * draws.
 *
 * <p>May use: {@code analysis}, {@code ui.layers.model}. Libraries: none.
 */
package org.catchment.ui.form.model;
