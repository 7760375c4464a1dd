/**
 * The export feature's view model: {@link org.catchment.ui.export.model.PrintLayout}, the print
 * layout dialog's choices (map and area, title, page size and resolution, legend, scale bar,
 * north arrow, basemap, atlas) checked against the analysis file's limits for maps. No JavaFX.
 *
 * <p>May use: {@code analysis}, {@code render}. Libraries: none.
 */
package org.catchment.ui.export.model;
