/**
 * View models the app's features share, without JavaFX: the open analysis as a document
 * ({@link org.catchment.ui.model.AnalysisDocument}: file, saved and edited spec), background jobs
 * of which only the latest matters ({@link org.catchment.ui.model.LatestWins}) and the recent
 * files.
 *
 * <p>May use: {@code analysis}, {@code overlay}. Libraries: none.
 */
package org.catchment.ui.model;
