package org.catchment.io.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.catchment.io.ExitCleanup;
import org.catchment.io.FileOps;
import org.catchment.io.FileTrees;
import org.catchment.io.ProcessTokens;

/**
 * A per-user cache of folders, each found by a key (a fingerprint of what it was made from): built
 * under a hidden temporary name ({@code .building-<process>-...}), checksummed ({@link Manifest})
 * and renamed into place when complete, checked before use, and evicted least recently used first
 * when the store grows beyond its limit. A run holds a {@link Lease} on the item it uses, and nothing
 * removes an item a run holds. Hidden folders of dead processes are removed when the store is next
 * used; those of a run stopped by SIGTERM or SIGINT at once ({@link ExitCleanup}).
 *
 * <p>Every change to the store goes through {@link FileOps}, so tests can make the disk "full" or the
 * folder "read-only".
 */
public final class CacheStore {

    private static final String BUILDING = ".building-";
    private static final String TRASH = ".trash-";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** One item as {@code catchment cache --list} shows it. */
    public record Item(String key, long bytes, FileTime lastUsed, String about, boolean inUse) {
    }

    /** What {@link #clear()} did. */
    public record Cleared(int removed, long bytes, int inUse) {
    }

    /** A run's hold on one item; close it when the run no longer needs the item. */
    public final class Lease implements AutoCloseable {
        private final String key;
        private boolean open = true;

        private Lease(String key) {
            this.key = key;
        }

        /** @return the item's folder (it may not exist) */
        public Path folder() {
            return root.resolve(key);
        }

        /** @return the item's key */
        public String key() {
            return key;
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                locks.release(key);
            }
        }
    }

    private final Path root;
    private final long maxBytes;
    private final FileOps ops;
    private final CacheLocks locks;
    private final Map<Path, ExitCleanup.Registration> building = new HashMap<>();
    private boolean cleaned;

    /**
     * @param root     the store's folder (made when first needed)
     * @param maxBytes the most the store may hold
     * @param ops      the file operations that change it
     */
    public CacheStore(Path root, long maxBytes, FileOps ops) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.ops = ops;
        this.locks = new CacheLocks(this.root);
    }

    /** @return the store's folder */
    public Path root() {
        return root;
    }

    /** @return the most it may hold, bytes */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Takes a lease on an item, whether or not it exists yet.
     *
     * @throws IOException if the store's folder cannot be made or locked
     */
    public Lease lease(String key) throws IOException {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        ops.createDirectories(root);
        removeLeftovers();
        locks.lease(key);
        return new Lease(key);
    }

    /**
     * @return empty when the leased item exists and every file is as its checksums say; else what is
     *     wrong ("absent" when it does not exist)
     */
    public Optional<String> check(Lease lease) {
        if (!Files.isDirectory(lease.folder())) {
            return Optional.of("absent");
        }
        return Manifest.check(lease.folder());
    }

    /** @return true when a complete item of that key is in the store (its checksums are not read) */
    public boolean contains(String key) {
        return KEY.matcher(key).matches() && Files.isRegularFile(root.resolve(key).resolve(Manifest.FILE));
    }

    /**
     * Makes a hidden folder to build an item in; it is removed if the program stops before the item
     * is published or discarded.
     *
     * @throws IOException if it cannot be made (a read-only or full disk)
     */
    public Path startBuilding() throws IOException {
        ops.createDirectories(root);
        removeLeftovers();
        Path folder = root.resolve(BUILDING + ProcessTokens.current() + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36));
        ops.createDirectory(folder);
        synchronized (building) {
            building.put(folder, ExitCleanup.deleteOnExit(folder));
        }
        return folder;
    }

    /** Removes a folder made by {@link #startBuilding()} whose item will not be published. */
    public void discard(Path folder) {
        FileTrees.deleteQuietly(folder);
        ExitCleanup.Registration r;
        synchronized (building) {
            r = building.remove(folder);
        }
        if (r != null) {
            r.close();
        }
    }

    /**
     * Checksums a built folder and publishes it as the leased item (replacing a damaged one), then
     * evicts the least recently used items the store no longer has room for.
     *
     * @param about what the item holds, in words, for {@code catchment cache --list}
     * @return false when the item alone is larger than the store's limit and was not kept
     * @throws IOException if the checksums cannot be written or the folder not renamed; the built
     *                     folder is removed either way
     */
    public boolean publish(Lease lease, Path built, String about) throws IOException {
        try {
            Manifest.write(built, about, ops);
            if (size(built) > maxBytes) {
                return false;
            }
            Path target = lease.folder();
            locks.store(() -> {
                ExitCleanup.guarded(() -> {
                    if (Files.exists(target) && Manifest.check(target).isPresent()) {
                        moveToTrash(target);
                    }
                    if (!Files.exists(target)) {
                        ops.move(built, target);
                    }
                });
                evict(lease.key());
                return null;
            });
            return true;
        } finally {
            discard(built);
            emptyTrash();
        }
    }

    /** Removes the leased item (found damaged), unless another run holds it too. */
    public void remove(Lease lease) {
        try {
            locks.store(() -> {
                if (Files.exists(lease.folder())) {
                    moveToTrash(lease.folder());
                }
                return null;
            });
        } catch (IOException e) {
            // it is replaced when the rebuilt item is published
        }
        emptyTrash();
    }

    /** @return the items, most recently used first */
    public List<Item> list() throws IOException {
        removeLeftovers();
        List<Item> items = new ArrayList<>();
        for (String key : keys()) {
            Path folder = root.resolve(key);
            FileTime used = lastUsed(key);
            items.add(new Item(key, size(folder), used, Manifest.about(folder), locks.inUse(key)));
        }
        items.sort(Comparator.comparing(Item::lastUsed).reversed());
        return items;
    }

    /** Removes every item no run holds. */
    public Cleared clear() throws IOException {
        removeLeftovers();
        int[] counts = new int[2];
        long[] bytes = new long[1];
        locks.store(() -> {
            for (String key : keys()) {
                long size = size(root.resolve(key));
                if (locks.ifUnused(key, () -> moveToTrash(root.resolve(key)))) {
                    counts[0]++;
                    bytes[0] += size;
                } else {
                    counts[1]++;
                }
            }
            return null;
        });
        emptyTrash();
        return new Cleared(counts[0], bytes[0], counts[1]);
    }

    /** Evicts the least recently used items until the store fits its limit; held items and {@code keep} stay. */
    private void evict(String keep) throws IOException {
        List<String> keys = new ArrayList<>(keys());
        long total = 0;
        for (String key : keys) {
            total += size(root.resolve(key));
        }
        keys.sort(Comparator.comparing(this::lastUsed));
        for (String key : keys) {
            if (total <= maxBytes) {
                break;
            }
            long size = size(root.resolve(key));
            if (!key.equals(keep) && locks.ifUnused(key, () -> moveToTrash(root.resolve(key)))) {
                total -= size;
            }
        }
    }

    private FileTime lastUsed(String key) {
        FileTime used = locks.lastUsed(key);
        if (used != null) {
            return used;
        }
        try {
            return Files.getLastModifiedTime(root.resolve(key));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private List<String> keys() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> KEY.matcher(n).matches()).sorted().toList();
        }
    }

    private void moveToTrash(Path folder) throws IOException {
        ops.move(folder, root.resolve(TRASH + ProcessTokens.current() + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36)));
    }

    private void emptyTrash() {
        hidden(TRASH).stream().filter(p -> !ProcessTokens.isAlive(token(p, TRASH))
                || token(p, TRASH).equals(ProcessTokens.current())).forEach(FileTrees::deleteQuietly);
    }

    /** Removes what dead processes left: folders being built and folders on their way out. */
    private void removeLeftovers() {
        if (cleaned) {
            return;
        }
        cleaned = true;
        for (String prefix : List.of(BUILDING, TRASH)) {
            hidden(prefix).stream().filter(p -> !ProcessTokens.isAlive(token(p, prefix))).forEach(FileTrees::deleteQuietly);
        }
        for (String key : locks.orphans(this::keys)) {
            try {
                locks.ifUnused(key, () -> { });
            } catch (IOException e) {
                // a lock file left over costs nothing
            }
        }
    }

    private List<Path> hidden(String prefix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String token(Path hidden, String prefix) {
        return ProcessTokens.in(hidden.getFileName().toString().substring(prefix.length())).orElse("");
    }

    private static long size(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }
}
