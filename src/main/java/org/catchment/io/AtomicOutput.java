package org.catchment.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.catchment.CatchmentException;

/**
 * Writes an output file safely: into a temporary file in the target's own folder, then moved
 * into place in one step. A failure or cancellation while writing deletes the temporary file, so
 * the target is either the old file, the complete new one, or absent: never half written.
 */
public final class AtomicOutput {

    /** Writes the content of one file to the path it is given. */
    @FunctionalInterface
    public interface Writer {
        /** @param temporary the path to write to; it does not exist yet */
        void write(Path temporary) throws IOException;
    }

    private AtomicOutput() {
    }

    /**
     * @param target the file to produce
     * @param writer writes the content to the temporary path it is given
     * @throws CatchmentException if the folder is not writable or the writer fails
     */
    public static void write(Path target, Writer writer) {
        Path temp = null;
        try {
            temp = temporary(target);
            writer.write(temp);
            move(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw failure(target, e);
        } catch (Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * @param target the file to produce
     * @return a path in the target's folder (made if need be) that does not exist yet, for writing
     *     the target's content before it is {@link #move moved} into place
     */
    public static Path temporary(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        Files.delete(temp);
        return temp;
    }

    /**
     * @param target the file that could not be written
     * @param e      why
     * @return the error for the user: the {@link CatchmentException} itself, or one naming the file
     *     and the cause in words
     */
    public static CatchmentException failure(Path target, Exception e) {
        if (e instanceof CatchmentException ce) {
            return ce;
        }
        return new CatchmentException(target + ": cannot write the file (" + describe(e) + ")."
                + " Check that the folder exists, is writable and has free space.", e);
    }

    /** Moves a finished file into place, atomically where the file system allows it. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file if it exists, ignoring failures (used on error paths only). */
    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort on an error path; the original failure is what the user needs to see
        }
    }

    /** The cause in words for the user: its message without Java class names, or what kind of failure it was. */
    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e instanceof java.nio.file.NoSuchFileException ? "no such file or folder" : "an input/output error";
        }
        return m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9]*(?:Exception|Error): ?", "").strip();
    }
}
