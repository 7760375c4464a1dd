package org.catchment.io.tiles;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.catchment.io.AtomicOutput;

/**
 * Tiles kept on disk, in the per-user cache folder ({@code tiles/<server>/<z>/<x>/<y>.tile}),
 * one file per tile holding the image and when it goes stale, with the validators to ask the
 * server whether it changed ({@code ETag}, {@code Last-Modified}). Each file is written to a
 * temporary file and moved into place, so two Catchments sharing the cache never read half a
 * tile. The cache is bounded: when it grows past its size, the tiles used longest ago (a read
 * touches the file's time) are deleted until it is at 90% of it. A damaged file is deleted and
 * read as absent.
 */
public final class TileCache {

    private static final int MAGIC = 0x43544331;
    private final Path root;
    private final long maxBytes;
    private long totalBytes = -1;

    /**
     * One cached tile.
     *
     * @param image        the image's bytes as the server sent them; empty for "no tile here" (404)
     * @param expiresMs    when it goes stale, milliseconds since 1970
     * @param etag         the server's {@code ETag}, or empty
     * @param lastModified the server's {@code Last-Modified}, or empty
     */
    public record Entry(byte[] image, long expiresMs, String etag, String lastModified) {

        /** @return true until it goes stale */
        public boolean fresh(long nowMs) {
            return nowMs < expiresMs;
        }

        /** @return true for a tile the server said it does not have */
        public boolean isEmpty() {
            return image.length == 0;
        }
    }

    /**
     * @param root     the cache's folder (created when the first tile is written)
     * @param maxBytes the most the tiles may take on disk
     */
    public TileCache(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    /** @return the cache's folder */
    public Path root() {
        return root;
    }

    /** @return the tile as cached (fresh or stale), or empty */
    public Optional<Entry> get(TileSource source, TileId tile) {
        Path file = file(source, tile);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a tile file");
            }
            long expires = in.readLong();
            String etag = in.readUTF();
            String modified = in.readUTF();
            byte[] image = in.readAllBytes();
            touch(file);
            return Optional.of(new Entry(image, expires, etag, modified));
        } catch (IOException e) {
            AtomicOutput.deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** Writes a tile (replacing any older copy), then trims the cache to its size. */
    public synchronized void put(TileSource source, TileId tile, Entry entry) {
        Path file = file(source, tile);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entry.image().length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeLong(entry.expiresMs());
            out.writeUTF(entry.etag());
            out.writeUTF(entry.lastModified());
            out.write(entry.image());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        long before = size(file);
        AtomicOutput.write(file, temp -> Files.write(temp, bytes.toByteArray()));
        if (totalBytes < 0) {
            totalBytes = measure();
        } else {
            totalBytes += bytes.size() - before;
        }
        if (totalBytes > maxBytes) {
            trim();
        }
    }

    /** @return the bytes the cache takes on disk now */
    public synchronized long sizeBytes() {
        totalBytes = measure();
        return totalBytes;
    }

    /** Deletes the tiles used longest ago until the cache is at 90% of its size. */
    private void trim() {
        List<Path> files = tiles();
        files.sort(Comparator.comparing(TileCache::modified));
        long total = 0;
        for (Path f : files) {
            total += size(f);
        }
        long target = (long) (maxBytes * 0.9);
        for (Path f : files) {
            if (total <= target) {
                break;
            }
            long s = size(f);
            AtomicOutput.deleteQuietly(f);
            total -= s;
        }
        totalBytes = total;
    }

    private long measure() {
        return tiles().stream().mapToLong(TileCache::size).sum();
    }

    private List<Path> tiles() {
        if (!Files.isDirectory(root)) {
            return new ArrayList<>();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return new ArrayList<>(all.filter(p -> p.getFileName().toString().endsWith(".tile")).toList());
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    private Path file(TileSource source, TileId tile) {
        return root.resolve(source.cacheKey()).resolve(Integer.toString(tile.z())).resolve(Integer.toString(tile.x()))
                .resolve(tile.y() + ".tile");
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // the time only orders eviction; a read-only cache still serves its tiles
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
