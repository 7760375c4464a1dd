package org.catchment.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run at a time in a folder: a hidden lock file ({@value #FILE}) holding the process id, its
 * start time and what the run is, locked with {@link FileChannel#tryLock()} while the run goes on.
 * The operating system releases the lock when a process dies, so the lock of a killed run is taken
 * over by the next one; the file is removed when the run ends. Where the file system cannot lock,
 * the process id decides: the file of a live process holds the folder, a dead one's is taken over. The lock file is only ever opened by
 * the one channel that locks it (on POSIX systems closing any other descriptor of it would drop the
 * lock). Within one program a folder is held
 * by one thread at a time, and the same thread may take it again (the command line holds it for the
 * whole run, the export takes it once more).
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name. */
    public static final String FILE = ".catchment.lock";
    private static final Map<Path, FolderLock> HELD = new HashMap<>();

    /** Thrown when another run holds the folder; the message says which. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;
        private final String holder;

        Busy(String holder) {
            super("held by " + holder);
            this.holder = holder;
        }

        /** @return the run that holds the folder: "process 1234, started ...; analysis ..." */
        public String holder() {
            return holder;
        }
    }

    private final Path key;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Thread thread;
    private final String about;
    private final ExitCleanup.Registration removal;
    private int depth = 1;

    private FolderLock(Path key, Path file, FileChannel channel, FileLock lock, String about) {
        this.key = key;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.thread = Thread.currentThread();
        this.about = about;
        this.removal = ExitCleanup.deleteOnExit(file);
    }

    /**
     * @param dir   an existing folder
     * @param about what the run is, for a second run's message (e.g. "analysis /data/town.yml")
     * @return the lock; close it when the run ends
     * @throws Busy        if another run (in this program or another) holds the folder
     * @throws IOException if the lock file cannot be written
     */
    public static FolderLock acquire(Path dir, String about) throws IOException {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (HELD) {
            FolderLock held = HELD.get(key);
            if (held != null) {
                if (held.thread != Thread.currentThread()) {
                    throw new Busy(describe(ProcessTokens.current(), held.about));
                }
                held.depth++;
                return held;
            }
            FolderLock lock = take(key, about);
            HELD.put(key, lock);
            return lock;
        }
    }

    private static FolderLock take(Path key, String about) throws IOException {
        Path file = key.resolve(FILE);
        for (int attempt = 0; attempt < 5; attempt++) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Object before = fileKey(file);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                return withoutSystemLock(key, file, channel, about);
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new Busy(holder);
            }
            // the holder before us removes the file while it holds it: a lock on a removed file is no lock
            if (Files.exists(file) && Objects.equals(before, fileKey(file))) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(content(about)), 0);
                channel.force(true);
                return new FolderLock(key, file, channel, lock, about);
            }
            lock.release();
            channel.close();
        }
        throw new IOException("the lock file keeps changing");
    }

    /**
     * On a file system that cannot lock (some network shares) the process id in the file is all
     * there is: a live process's holds the folder, a dead one's is taken over.
     */
    private static FolderLock withoutSystemLock(Path key, Path file, FileChannel channel, String about)
            throws IOException {
        String held = field(channel, "token");
        if (held != null && !held.equals(ProcessTokens.current()) && ProcessTokens.isAlive(held)) {
            String holder = holder(channel);
            channel.close();
            throw new Busy(holder);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(content(about)), 0);
        channel.force(true);
        return new FolderLock(key, file, channel, null, about);
    }

    /** The file's identity (device and inode where the system has them), read without opening it. */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Releases the folder (after the last of nested acquisitions by one thread) and removes the lock file. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (--depth > 0) {
                return;
            }
            HELD.remove(key);
            removal.close();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the lock is released below; a lock file left behind is taken over by the next run
            }
            try {
                if (lock != null) {
                    lock.release();
                }
                channel.close();
            } catch (IOException e) {
                // closing releases the lock whatever happens
            }
        }
    }

    private static byte[] content(String about) {
        String text = "token=" + ProcessTokens.current() + "\nabout=" + about.replace('\n', ' ') + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String holder(FileChannel channel) {
        Map<String, String> p = fields(channel);
        return describe(Optional.ofNullable(p.get("token")).orElse("an unknown process"), p.get("about"));
    }

    private static String field(FileChannel channel, String name) {
        return fields(channel).get(name);
    }

    /** @return the lock file's "name=value" lines (empty when it cannot be read) */
    private static Map<String, String> fields(FileChannel channel) {
        Map<String, String> p = new HashMap<>();
        try {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(buffer, 0);
            for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    p.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            // an unreadable lock file names no holder
        }
        return p;
    }

    private static String describe(String token, String about) {
        return ProcessTokens.describe(token) + (about == null || about.isBlank() ? "" : "; " + about);
    }
}
