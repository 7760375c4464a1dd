package org.catchment.export;

import java.nio.file.Path;
import java.util.Optional;
import org.catchment.About;
import org.catchment.Settings;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.io.cache.CacheSettings;
import org.catchment.io.tiles.BasemapChoice;
import org.catchment.io.tiles.TileCache;
import org.catchment.io.tiles.TileFetcher;
import org.catchment.io.tiles.TileSource;
import org.catchment.io.tiles.Tiles;

/**
 * Where basemap tiles come from and go: the tile server an analysis's maps ask for
 * ({@code output.basemap}), the per-user tile cache ({@code tiles} in Catchment's cache folder,
 * {@code cache.dir}; at most {@code basemap.cache_max_mb} MB, a setting, 256 by default) and the {@code User-Agent} every request carries
 * ({@link About#userAgent}, with the user's {@code basemap.contact} setting).
 */
public final class Basemaps {

    /** The tile cache's size when the settings do not give one, MB. */
    public static final int DEFAULT_CACHE_MB = 256;
    /** The setting: the tile cache's size, MB. */
    public static final String CACHE_MB_KEY = "basemap.cache_max_mb";
    /** The setting: the user's contact (e-mail or web address) added to the User-Agent. */
    public static final String CONTACT_KEY = "basemap.contact";

    private Basemaps() {
    }

    /** @return the tile server of an analysis's {@code output.basemap}, or empty for none */
    public static Optional<TileSource> source(OutputSpec o) {
        if (o.basemapChoice() == BasemapChoice.CUSTOM) {
            return Optional.of(TileSource.custom(o.basemapUrl(), o.basemapAttribution(), o.customMaxZoom()));
        }
        return o.basemapChoice().preset();
    }

    /** @return the tile cache's folder: {@code tiles} in Catchment's cache folder ({@link CacheSettings}) */
    public static Path cacheFolder() {
        return CacheSettings.current().dir().resolve("tiles");
    }

    /**
     * @param settings the user's settings (cache size, contact)
     * @param cache    the tile cache's folder
     * @return the tiles of a server, cached there and fetched as its provider asks
     */
    public static Tiles tiles(TileSource source, Settings settings, Path cache) {
        long maxBytes = (long) Math.max(16, wholeNumber(settings, CACHE_MB_KEY, DEFAULT_CACHE_MB)) << 20;
        return new Tiles(source, new TileCache(cache, maxBytes),
                new TileFetcher(About.userAgent(settings.get(CONTACT_KEY).orElse(null))));
    }

    /** @return the whole number a setting holds, or {@code fallback} when it is unset or not a whole number */
    public static int wholeNumber(Settings settings, String key, int fallback) {
        try {
            return settings.get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
