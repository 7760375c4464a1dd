/**
 * View models the app's features share, without JavaFX: the open analysis as a document
 * ({@link org.catchment.ui.model.AnalysisDocument}: file, saved and edited spec), background jobs
 * of which only the latest matters ({@link org.catchment.ui.model.LatestWins}), and what the app
 * keeps or takes from the computer: the recent files and the window layout (both in the user's
 * settings), {@link org.catchment.ui.model.AppSetup} (settings and sample town) and
 * {@link org.catchment.ui.model.CrashReport} (an unexpected error as one line and as a bug report),
 * and what the features say of a tiled run's result, which keeps no network
 * ({@link org.catchment.ui.model.TiledResults}).
 *
 * <p>May use: {@code analysis}, {@code overlay}. Libraries: none.
 */
package org.catchment.ui.model;
