/**
 * Overlay of service areas: the study area ({@link org.catchment.overlay.StudyArea}), the partition
 * of it by how many facility types serve each place ({@link org.catchment.overlay.ServedSurface}),
 * "social infrastructure deserts" ({@link org.catchment.overlay.Deserts}), coverage statistics per
 * zone, type and band ({@link org.catchment.overlay.Coverage}), population weighting
 * ({@link org.catchment.overlay.Population}) and classification of zone indicators such as IMD
 * deciles ({@link org.catchment.overlay.Classifier}, {@link org.catchment.overlay.CrossTab}).
 *
 * <p>All geometry is polygonal and in the working CRS (projected, metres, so areas are square
 * metres). Overlays give JTS {@code OverlayNGRobust}'s results (the hot ones through
 * {@link org.catchment.layer.Overlays}, with less work); invalid input polygons are repaired with
 * {@code GeometryFixer} and reported as warnings.
 *
 * <p>May use: {@code layer}. Libraries: GeoTools, JTS.
 */
package org.catchment.overlay;
