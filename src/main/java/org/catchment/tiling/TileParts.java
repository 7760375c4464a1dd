package org.catchment.tiling;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The tiles of a tiled run as its result keeps them. Each tile's rows (its reached nodes and
 * reachable stretches: most of a tile's part at national scale) are not held in memory once the
 * tile is done: the result keeps each part {@link TilePart#withoutRows() without them}, and the
 * export reads each part back whole from where the run committed it (its resume folder), one tile
 * at a time, in tile order.
 *
 * @param parts  each tile's part without its rows, in tile order
 * @param reader reads tile {@code i}'s part back whole
 */
public record TileParts(List<TilePart> parts, IntFunction<TilePart> reader) {

    public TileParts {
        parts = List.copyOf(parts);
    }

    /** @return the number of tiles */
    public int size() {
        return parts.size();
    }

    /** @return tile {@code i}'s part with its rows, read back from where the run keeps it */
    public TilePart whole(int i) {
        return reader.apply(i);
    }
}
