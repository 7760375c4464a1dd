package org.catchment.export;

import java.awt.image.BufferedImage;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.catchment.io.tiles.TileId;
import org.catchment.io.tiles.TileWarp;
import org.catchment.io.tiles.Tiles;
import org.catchment.render.Basemap;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * Web map tiles as the {@link Basemap} under a map: each image the renderer asks for is warped
 * from the tiles into the map's CRS ({@link TileWarp}). An exported page fetches the tiles it
 * lacks before it is drawn ({@link #fetching}); the app's map draws only what is cached and hands
 * the tiles it still wants to its tile job ({@link #fromCache}), so a render never waits on the
 * network.
 */
public final class TileBasemap implements Basemap {

    private final Tiles tiles;
    private final CoordinateReferenceSystem crs;
    private final Consumer<Set<TileId>> wanted;

    private TileBasemap(Tiles tiles, CoordinateReferenceSystem crs, Consumer<Set<TileId>> wanted) {
        this.tiles = tiles;
        this.crs = crs;
        this.wanted = wanted;
    }

    /** @return a basemap that asks the server for the tiles a page needs (and waits for them, within time-outs) */
    public static TileBasemap fetching(Tiles tiles, CoordinateReferenceSystem crs) {
        return new TileBasemap(tiles, crs, null);
    }

    /**
     * @param wanted told, after each image, the tiles it needed that are missing or stale in the cache
     *               (on the renderer's thread; not told when there are none)
     * @return a basemap drawn from the cache alone
     */
    public static TileBasemap fromCache(Tiles tiles, CoordinateReferenceSystem crs, Consumer<Set<TileId>> wanted) {
        return new TileBasemap(tiles, crs, wanted);
    }

    /** @return the tiles drawn */
    public Tiles tiles() {
        return tiles;
    }

    /** @return the CRS of the maps it is drawn under */
    public CoordinateReferenceSystem crs() {
        return crs;
    }

    @Override
    public BufferedImage image(Envelope window, int widthPx, int heightPx, double dpi) {
        TileWarp.Result r = TileWarp.draw(window, widthPx, heightPx, crs, dpi / 96, tiles.source().maxZoom(),
                wanted == null ? tiles::get : t -> tiles.cached(t).orElse(null));
        if (wanted != null) {
            Set<TileId> missing = r.needed().stream().filter(t -> !tiles.isFresh(t))
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            if (!missing.isEmpty()) {
                wanted.accept(missing);
            }
        }
        return r.drawn() == 0 ? null : r.image();
    }

    @Override
    public String credit() {
        return tiles.source().credit();
    }
}
