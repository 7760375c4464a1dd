package org.catchment.io;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.catchment.CatchmentException;

/**
 * The finished parts of one run (one part per tile of a tiled run), kept so that a run stopped
 * part-way (a failure, Ctrl-C, a kill, a power cut) can be resumed without redoing them. It is the
 * hidden folder {@value #NAME} inside the output folder, and belongs to the run that holds the
 * output folder's {@link FolderLock}: opening it takes that lock (the same thread may already hold
 * it). Nothing that clears an output folder removes it: the staged swap of the outputs moves only
 * the outputs it names, {@link StagedFolder#recover} removes only staging folders, and the exit hook
 * ({@link ExitCleanup}) only the part being written when the program stops.
 *
 * <p>The folder is keyed by a fingerprint of what the parts were made from ({@link #fingerprint}: the
 * analysis's text, the program's version, the path, size and modification time of every input file,
 * as the network cache is). Opened with another fingerprint, its parts are discarded, never mixed
 * with the new run's, and {@link #note()} says so. A part is a folder of files, written through a
 * callback into a temporary folder, each file and the folder forced to disk, then renamed into place
 * in one step: a run killed at any moment leaves only whole parts (a temporary folder left by a
 * SIGKILL is removed by the next opening). Parts are numbered (the tile's index) and listed in that
 * order. Once a run's outputs are in place the folder is removed ({@link #discard}).
 */
public final class ResumeFolder implements AutoCloseable {

    /** The folder's name inside the output folder. */
    public static final String NAME = ".catchment-resume";
    /** The file a part written as bytes ({@link #write(int, byte[])}) is kept in. */
    public static final String DATA = "data.bin";
    private static final String KEY = "fingerprint";
    private static final String PART = "part-";
    private static final String TEMP = ".tmp-";

    /** Writes the files of one part. */
    @FunctionalInterface
    public interface Writer {
        /** @param folder an empty folder to write the part's files into */
        void write(Path folder) throws IOException;
    }

    private final Path dir;
    private final FolderLock lock;
    private final String note;

    private ResumeFolder(Path dir, FolderLock lock, String note) {
        this.dir = dir;
        this.lock = lock;
        this.note = note;
    }

    /**
     * @param text   what the run is, in full (the analysis file's text and the program's version)
     * @param inputs the run's input files (a missing one counts as such)
     * @return a hex fingerprint that changes when the text or any input's path, size or modification time does
     */
    public static String fingerprint(String text, List<Path> inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("catchment-resume-1|" + text).getBytes(StandardCharsets.UTF_8));
            for (Path p : inputs) {
                Path abs = p.toAbsolutePath().normalize();
                String state = Files.isRegularFile(abs)
                        ? Files.size(abs) + "|" + Files.getLastModifiedTime(abs).toMillis() : "missing";
                md.update(("|" + abs + "|" + state).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (IOException e) {
            return "unreadable-" + System.nanoTime();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Opens the resume folder of an output folder for a run, locking the output folder.
     *
     * @param outputDir   the output folder (created if missing)
     * @param fingerprint what the run's parts are made from ({@link #fingerprint})
     * @param about       what the run is, for another run's message (e.g. "analysis /data/town.yml")
     * @return the folder: the earlier run's parts if it had the same fingerprint, else empty
     * @throws CatchmentException if another run holds the output folder or the folder cannot be written
     */
    public static ResumeFolder open(Path outputDir, String fingerprint, String about) {
        Path dir = outputDir.resolve(NAME);
        FolderLock lock = lock(outputDir, about);
        try {
            String note = null;
            if (Files.isDirectory(dir)) {
                removeTemporaries(dir);
                int parts = list(dir).size();
                if (!fingerprint.equals(storedFingerprint(dir))) {
                    FileTrees.deleteQuietly(dir);
                    if (parts > 0) {
                        note = outputDir + ": the " + parts + " finished tile" + (parts == 1 ? "" : "s") + " of an"
                                + " earlier run were made from other inputs or settings (the analysis, an input file"
                                + " or the program changed), so they were discarded and the run starts over.";
                    }
                } else if (parts > 0) {
                    note = outputDir + ": resuming an earlier run: its " + parts + " finished tile"
                            + (parts == 1 ? " is" : "s are") + " kept (run with --restart to start over).";
                }
            }
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                Path key = dir.resolve(TEMP + KEY);
                Files.writeString(key, fingerprint + "\n", StandardCharsets.UTF_8);
                force(key);
                move(key, dir.resolve(KEY));
                force(dir);
            }
            return new ResumeFolder(dir, lock, note);
        } catch (IOException e) {
            lock.close();
            throw new CatchmentException(dir + ": cannot keep the finished tiles of the run here (" + IoReasons.of(e)
                    + "). Choose an output folder you may write to with --out.", e);
        }
    }

    /**
     * Removes the resume folder of an output folder, if there is one, holding the output folder's lock.
     *
     * @return how many finished parts it held (0 when there was none)
     * @throws CatchmentException if another run holds the output folder
     */
    public static int discard(Path outputDir, String about) {
        Path dir = outputDir.resolve(NAME);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (FolderLock lock = lock(outputDir, about)) {
            int parts = list(dir).size();
            FileTrees.deleteQuietly(dir);
            return parts;
        } catch (IOException e) {
            return 0;
        }
    }

    private static FolderLock lock(Path outputDir, String about) {
        try {
            Files.createDirectories(outputDir);
            return FolderLock.acquire(outputDir, about);
        } catch (FolderLock.Busy e) {
            throw new CatchmentException(outputDir + ": another Catchment run is writing its outputs into this folder ("
                    + e.holder() + "). Wait for it to finish, or choose another folder with --out.", e);
        } catch (IOException e) {
            throw new CatchmentException(outputDir + ": cannot lock the output folder for this run (" + IoReasons.of(e)
                    + "). Choose a folder you may write to with --out.", e);
        }
    }

    /** @return a line for the user when an earlier run's parts were kept or discarded, else empty */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @return the folder itself */
    public Path path() {
        return dir;
    }

    /** @return true when the part is finished */
    public boolean has(int part) {
        return Files.isDirectory(part(part));
    }

    /** @return the folder of a finished part, to read its files */
    public Path part(int part) {
        if (part < 0) {
            throw new IllegalArgumentException("a part number is not negative: " + part);
        }
        return dir.resolve(name(part));
    }

    /** @return the bytes of a part written by {@link #write(int, byte[])} */
    public byte[] read(int part) throws IOException {
        return Files.readAllBytes(part(part).resolve(DATA));
    }

    /** Commits a part holding these bytes (replacing a finished part of that number). */
    public void write(int part, byte[] data) throws IOException {
        write(part, folder -> Files.write(folder.resolve(DATA), data));
    }

    /**
     * Commits a part: the writer fills a temporary folder, whose files are forced to disk before
     * it is renamed to the part's name. A failure, or the program stopping, leaves no part.
     */
    public void write(int part, Writer writer) throws IOException {
        Path target = part(part);
        Path temp = dir.resolve(TEMP + ProcessTokens.current() + "-" + target.getFileName());
        FileTrees.deleteQuietly(temp);
        try (ExitCleanup.Registration removal = ExitCleanup.deleteOnExit(temp)) {
            Files.createDirectory(temp);
            writer.write(temp);
            try (Stream<Path> files = Files.walk(temp)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    force(f);
                }
            }
            force(temp);
            PausePoints.reach("resume-part-" + part);
            ExitCleanup.guarded(() -> {
                FileTrees.deleteQuietly(target);
                move(temp, target);
                force(dir);
            });
        } finally {
            FileTrees.deleteQuietly(temp);
        }
    }

    /** @return the numbers of the finished parts, in order */
    public List<Integer> parts() throws IOException {
        return list(dir);
    }

    /** Removes every finished part (the fingerprint is kept). */
    public void clear() throws IOException {
        for (int part : parts()) {
            FileTrees.deleteQuietly(part(part));
        }
    }

    /**
     * @return the finished parts of this run as they stay after the folder is closed, to read back
     *     later (a tiled run's export reads its tiles' rows from them)
     */
    public Kept kept() {
        return new Kept(dir, storedFingerprint(dir));
    }

    /**
     * The finished parts of a run, read back after its resume folder was closed. A part is read
     * only while the folder still holds that run's parts: once the folder was removed (the run's
     * outputs were written) or replaced by another run's parts (a run of other inputs into the same
     * output folder), reading fails rather than giving another run's data.
     *
     * @param dir         the resume folder
     * @param fingerprint the fingerprint of the run whose parts these are
     */
    public record Kept(Path dir, String fingerprint) {

        /**
         * @return the bytes of a part written by {@link ResumeFolder#write(int, byte[])}, to read
         * @throws IOException if the part is gone, or the folder now holds another run's parts
         */
        public InputStream open(int part) throws IOException {
            if (!Files.isDirectory(dir)) {
                throw new NoSuchFileException(dir.toString(), null, "removed once the outputs were written");
            }
            if (!fingerprint.equals(storedFingerprint(dir))) {
                throw new FileSystemException(dir.toString(), null, "replaced by another run's tiles");
            }
            Path file = dir.resolve(name(part)).resolve(DATA);
            return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        }
    }

    /** Releases the output folder's lock; the parts stay for the next run. */
    @Override
    public void close() {
        lock.close();
    }

    private static List<Integer> list(Path dir) throws IOException {
        List<Integer> parts = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(PART) && name.length() > PART.length() && Files.isDirectory(p)
                        && name.substring(PART.length()).chars().allMatch(Character::isDigit)) {
                    parts.add(Integer.parseInt(name.substring(PART.length())));
                }
            }
        }
        parts.sort(null);
        return parts;
    }

    private static String name(int part) {
        return String.format(Locale.ROOT, "%s%06d", PART, part);
    }

    private static String storedFingerprint(Path dir) {
        try {
            return Files.readString(dir.resolve(KEY), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Temporary parts and keys: the lock is held, so they are a dead run's. */
    private static void removeTemporaries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> p.getFileName().toString().startsWith(TEMP)).forEach(FileTrees::deleteQuietly);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Forces a file, or a folder's entries where the system allows opening a folder, to disk. */
    private static void force(Path path) throws IOException {
        boolean folder = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
            // Windows cannot open a folder; its renames are journalled by the file system
        }
    }
}
