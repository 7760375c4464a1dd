package org.catchment.io.tiles;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The tiles of one server, from memory, the disk cache or the server, in that order: a fresh copy
 * is never fetched again, a stale one is revalidated, and the server is asked only by
 * {@link #get} (the command line's export, the app's tile job), never by {@link #cached} (what the
 * app's map draws from while it waits). When the server cannot be reached, the stale copies and
 * the tiles already cached are still drawn, {@link #problem()} says what went wrong in words, and
 * the server is not asked again for {@link #RETRY_AFTER}, so a map without a network stays quick.
 * Safe to use from several threads.
 */
public final class Tiles {

    /** How long the server is left alone after a request failed. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    /** Decoded tiles kept in memory (256 x 256 ARGB: 256 kB each). */
    static final int MEMORY_TILES = 160;

    private final TileSource source;
    private final TileCache cache;
    private final TileFetcher fetcher;
    private final Map<TileId, Decoded> memory = new LinkedHashMap<>(MEMORY_TILES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TileId, Decoded> eldest) {
            return size() > MEMORY_TILES;
        }
    };
    private volatile long retryAtNanos = System.nanoTime();
    private volatile String problem;

    /** A decoded tile (null image: the server has none there) and when it goes stale. */
    private record Decoded(BufferedImage image, long expiresMs) {
    }

    /**
     * @param source  the tile server
     * @param cache   the disk cache
     * @param fetcher asks the server
     */
    public Tiles(TileSource source, TileCache cache, TileFetcher fetcher) {
        this.source = source;
        this.cache = cache;
        this.fetcher = fetcher;
    }

    /** @return the tile server */
    public TileSource source() {
        return source;
    }

    /** @return the tile from memory or the disk cache, fresh or stale, without asking the server; empty when none */
    public Optional<BufferedImage> cached(TileId tile) {
        Decoded d = fromCache(tile);
        return d == null ? Optional.empty() : Optional.ofNullable(d.image());
    }

    /** @return true when a fresh copy of the tile (or the server's word that there is none) is cached */
    public boolean isFresh(TileId tile) {
        Decoded d = fromCache(tile);
        return d != null && d.expiresMs() > System.currentTimeMillis();
    }

    /**
     * @return the tile: cached while fresh, else from the server (revalidating a stale copy); the
     *     stale copy when the server cannot be reached; null when there is no tile
     */
    public BufferedImage get(TileId tile) {
        Decoded cached = fromCache(tile);
        long now = System.currentTimeMillis();
        if (cached != null && cached.expiresMs() > now) {
            return cached.image();
        }
        if (System.nanoTime() - retryAtNanos < 0) {
            return cached == null ? null : cached.image();
        }
        TileCache.Entry stale = cache.get(source, tile).orElse(null);
        try {
            TileFetcher.Response r = fetcher.fetch(source.url(tile), stale);
            TileCache.Entry entry;
            if (r.status() == 304 && stale != null) {
                entry = new TileCache.Entry(stale.image(), r.expiresMs(), stale.etag(), stale.lastModified());
            } else if (r.status() == 404) {
                entry = new TileCache.Entry(new byte[0], r.expiresMs(), "", "");
            } else {
                entry = new TileCache.Entry(r.body(), r.expiresMs(), r.etag(), r.lastModified());
            }
            Decoded d = decode(entry);
            if (!r.noStore()) {
                cache.put(source, tile, entry);
            }
            remember(tile, d);
            problem = null;
            return d.image();
        } catch (IOException | RuntimeException e) {
            retryAtNanos = System.nanoTime() + RETRY_AFTER.toNanos();
            problem = "The basemap tiles could not be loaded from " + source.host() + " (" + reason(e) + "), so the"
                    + " map shows only the tiles already cached.";
            return cached == null ? null : cached.image();
        }
    }

    /** @return what went wrong the last time the server was asked, or empty when it answered */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private Decoded fromCache(TileId tile) {
        synchronized (memory) {
            Decoded d = memory.get(tile);
            if (d != null) {
                return d;
            }
        }
        Optional<TileCache.Entry> onDisk = cache.get(source, tile);
        if (onDisk.isEmpty()) {
            return null;
        }
        try {
            Decoded d = decode(onDisk.get());
            remember(tile, d);
            return d;
        } catch (IOException e) {
            return null;
        }
    }

    private void remember(TileId tile, Decoded d) {
        synchronized (memory) {
            memory.put(tile, d);
        }
    }

    /** @return the tile as ARGB pixels (null for "no tile") */
    private static Decoded decode(TileCache.Entry entry) throws IOException {
        if (entry.isEmpty()) {
            return new Decoded(null, entry.expiresMs());
        }
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(entry.image()));
        if (read == null) {
            throw new IOException("the server sent something that is not an image");
        }
        BufferedImage argb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        g.drawImage(read, 0, 0, null);
        g.dispose();
        return new Decoded(argb, entry.expiresMs());
    }

    private static String reason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException || c instanceof ConnectException) {
                return "no connection to the server: offline?";
            }
            if (c instanceof HttpTimeoutException) {
                return "no answer within " + TileFetcher.REQUEST_TIMEOUT.toSeconds() + " s";
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return "the server's name is unknown: offline?";
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                return c.getMessage();
            }
        }
        return "a network error";
    }
}
