package org.catchment.io.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The locks of a cache folder, in its {@code .locks} folder: one lock file per cached item, held
 * shared by every run that uses the item (a lease) and exclusively, for a moment, by whoever removes
 * it, so that nothing removes an item a run holds; and one lock file for the whole store, held while
 * an item is published or items are removed. Operating-system locks ({@link FileChannel#lock}) are
 * released when a process dies, so a killed run holds nothing. On a file system that cannot lock,
 * leases protect only within one program. Within one program the leases are
 * counted here, since the operating system's locks belong to the whole program, and a held lock
 * file is never opened a second time (on POSIX systems closing any descriptor of a file drops the
 * process's locks on it).
 */
final class CacheLocks {

    /** A held shared lock of one item. */
    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int count = 1;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private static final Map<Path, Held> LEASES = new HashMap<>();
    private static final ReentrantLock STORE = new ReentrantLock();

    private final Path folder;

    CacheLocks(Path root) {
        this.folder = root.resolve(".locks");
    }

    Path file(String key) {
        return folder.resolve(key + ".lock");
    }

    /** The keys the store holds. */
    @FunctionalInterface
    interface Keys {
        List<String> get() throws IOException;
    }

    /** @return the keys with a lock file but no item (a build that failed, an item removed) */
    List<String> orphans(Keys items) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> held = items.get();
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lock") && !n.equals("store.lock"))
                    .map(n -> n.substring(0, n.length() - ".lock".length())).filter(k -> !held.contains(k)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** @return when the item was last leased, or null when never */
    FileTime lastUsed(String key) {
        try {
            return Files.getLastModifiedTime(file(key));
        } catch (IOException e) {
            return null;
        }
    }

    /** Takes a shared lease of an item (waiting while it is being removed) and marks it as used now. */
    void lease(String key) throws IOException {
        Path file = file(key).toAbsolutePath();
        synchronized (LEASES) {
            Held held = LEASES.get(file);
            if (held != null) {
                held.count++;
                touch(held.channel);
                return;
            }
            Files.createDirectories(folder);
            for (int attempt = 0; ; attempt++) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                Object before = fileKey(file);
                FileLock lock;
                try {
                    lock = channel.lock(0, Long.MAX_VALUE, true);
                } catch (IOException e) {
                    // a file system that cannot lock: the item is used without protection from removal
                    LEASES.put(file, new Held(channel, null));
                    touch(channel);
                    return;
                } catch (RuntimeException e) {
                    channel.close();
                    throw e;
                }
                // a remover deletes the lock file while it holds it: a lock on a deleted file is no lease
                if (Files.exists(file) && Objects.equals(before, fileKey(file)) || attempt >= 5) {
                    LEASES.put(file, new Held(channel, lock));
                    touch(channel);
                    return;
                }
                lock.release();
                channel.close();
            }
        }
    }

    /** Gives a lease back. */
    void release(String key) {
        Path file = file(key).toAbsolutePath();
        synchronized (LEASES) {
            Held held = LEASES.get(file);
            if (held != null && --held.count == 0) {
                LEASES.remove(file);
                try {
                    if (held.lock != null) {
                        held.lock.release();
                    }
                    held.channel.close();
                } catch (IOException e) {
                    // closing the channel releases the lock in any case
                }
            }
        }
    }

    /**
     * Runs a removal of an item if no run holds it: the item's lock is taken exclusively for the
     * removal and its lock file deleted with it.
     *
     * @return false (and nothing is run) when a run holds the item
     */
    boolean ifUnused(String key, StoreAction removal) throws IOException {
        Path file = file(key).toAbsolutePath();
        synchronized (LEASES) {
            if (LEASES.containsKey(file)) {
                return false;
            }
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                FileLock lock;
                try {
                    lock = channel.tryLock(0, Long.MAX_VALUE, false);
                } catch (OverlappingFileLockException e) {
                    return false;
                } catch (IOException e) {
                    // a file system that cannot lock cannot tell: the item counts as unused
                    removal.run();
                    Files.deleteIfExists(file);
                    return true;
                }
                if (lock == null) {
                    return false;
                }
                try {
                    removal.run();
                    Files.deleteIfExists(file);
                } finally {
                    lock.release();
                }
                return true;
            }
        }
    }

    /** @return true when a run (of this program or another) holds the item */
    boolean inUse(String key) {
        Path file = file(key).toAbsolutePath();
        synchronized (LEASES) {
            if (LEASES.containsKey(file)) {
                return true;
            }
            if (!Files.exists(file)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, false);
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            } catch (IOException | OverlappingFileLockException e) {
                return false;
            }
        }
    }

    /** Runs an action holding the whole store's lock: publishing, evicting and clearing take turns. */
    <T> T store(StoreCall<T> action) throws IOException {
        STORE.lock();
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(folder.resolve("store.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                return action.call();
            }
        } finally {
            STORE.unlock();
        }
    }

    /** An action that may throw {@link IOException}. */
    @FunctionalInterface
    interface StoreAction {
        void run() throws IOException;
    }

    /** An action with a result that may throw {@link IOException}. */
    @FunctionalInterface
    interface StoreCall<T> {
        T call() throws IOException;
    }

    /**
     * Marks the item as used now: one byte written through the channel that holds the lock sets the
     * lock file's modification time. (Setting the time by path would open and close the file, and on
     * POSIX systems closing any descriptor of a file drops the process's locks on it.)
     */
    private static void touch(FileChannel channel) {
        try {
            channel.write(ByteBuffer.wrap(new byte[] {'u'}), 0);
        } catch (IOException e) {
            // the item's place in the eviction order stays as it was
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
