package org.catchment.io.tiles;

/**
 * One tile of the {@link WebMercator} grid.
 *
 * @param z zoom, 0 to {@link WebMercator#MAX_ZOOM}
 * @param x column, 0 (west) to 2<sup>z</sup> - 1
 * @param y row, 0 (north) to 2<sup>z</sup> - 1
 */
public record TileId(int z, int x, int y) {

    /** Checks that the tile is on the grid. */
    public TileId {
        if (z < 0 || z > WebMercator.MAX_ZOOM || x < 0 || y < 0 || x >= 1L << z || y >= 1L << z) {
            throw new IllegalArgumentException("no such tile: " + z + "/" + x + "/" + y);
        }
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
