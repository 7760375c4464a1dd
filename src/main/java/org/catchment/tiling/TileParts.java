package org.catchment.tiling;

import java.util.List;
import java.util.function.IntFunction;
import org.locationtech.jts.geom.Envelope;

/**
 * The tiles of a tiled run as its result keeps them. Each tile's rows (its reached nodes and
 * reachable stretches: most of a tile's part at national scale) are not held in memory once the
 * tile is done: the result keeps each part {@link TilePart#withoutRows() without them}, and the
 * export reads each part back whole from where the run committed it (its resume folder), one tile
 * at a time, in tile order.
 *
 * @param parts  each tile's part without its rows, in tile order
 * @param reader reads tile {@code i}'s part back whole
 * @param nodes  the envelope of all tiles' reached nodes, kept as each tile finished (so that the
 *               export need not read the tiles once more to find it)
 * @param reach  the envelope of all tiles' reachable stretches, likewise
 */
public record TileParts(List<TilePart> parts, IntFunction<TilePart> reader, Envelope nodes, Envelope reach) {

    public TileParts {
        parts = List.copyOf(parts);
        nodes = new Envelope(nodes);
        reach = new Envelope(reach);
    }

    /** Adds a whole part's nodes and reachable stretches to the envelopes. */
    public static void extend(TilePart whole, Envelope nodes, Envelope reach) {
        TilePart.NodeRows n = whole.nodes();
        for (int i = 0; i < n.size(); i++) {
            nodes.expandToInclude(n.x()[i], n.y()[i]);
        }
        for (TilePart.TypePart t : whole.types()) {
            for (TilePart.Reach r : t.reach()) {
                reach.expandToInclude(r.line().getEnvelopeInternal());
            }
        }
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
