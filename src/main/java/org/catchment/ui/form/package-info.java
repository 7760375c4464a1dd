/**
 * The analysis panel's views: {@link org.catchment.ui.form.AnalysisPanel} and its sections
 * (network, data, outputs), file choosers and dialogs. Every edit goes to the form's view model.
 *
 * <p>May use: {@code analysis}, {@code io}, {@code overlay}, {@code ui.common}, {@code ui.form.model}. Libraries:
 * JavaFX.
 */
package org.catchment.ui.form;
