/**
 * The results feature's views: the coverage and desert tables
 * ({@link org.catchment.ui.results.ResultsView}) and identify
 * ({@link org.catchment.ui.results.IdentifyView}).
 *
 * <p>May use: {@code ui.common}, {@code ui.results.model}. Libraries: JavaFX, JTS.
 */
package org.catchment.ui.results;
