/**
 * Tiled runs: the plan that cuts a study area into tiles and partitions the plane into their cells
 * ({@link org.catchment.tiling.TilePlan}), what a tile keeps of its own run
 * ({@link org.catchment.tiling.TilePart}, stored and read back exactly by
 * {@link org.catchment.tiling.TilePartCodec}), and the union of the tiles' polygons across the
 * seams ({@link org.catchment.tiling.SeamUnion}). The tiles are run and merged by
 * {@code analysis.TiledRun}; see docs/method.md, "Tiled runs".
 *
 * <p>May use: {@code layer}. Libraries: JTS.
 */
package org.catchment.tiling;
