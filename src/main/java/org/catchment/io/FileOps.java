package org.catchment.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file operations by which the output and cache code change a folder: create a folder, write a
 * small file, move, delete. They go through this interface so that a test can make one of them fail
 * as a full disk or a refused move would (the tests run as root, for whom a read-only folder is
 * writable); {@link #SYSTEM} does them on the real file system.
 */
public interface FileOps {

    /** The real file system. */
    FileOps SYSTEM = new FileOps() {
        @Override
        public void createDirectories(Path dir) throws IOException {
            Files.createDirectories(dir);
        }

        @Override
        public void createDirectory(Path dir) throws IOException {
            Files.createDirectory(dir);
        }

        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            AtomicOutput.move(from, to);
        }

        @Override
        public void delete(Path path) throws IOException {
            Files.deleteIfExists(path);
        }
    };

    /** Creates a folder and its missing parents. */
    void createDirectories(Path dir) throws IOException;

    /** Creates one folder; fails if it exists. */
    void createDirectory(Path dir) throws IOException;

    /** Writes a whole (small) file, replacing it if it exists. */
    void write(Path file, byte[] bytes) throws IOException;

    /** Moves a file or folder within one file system, atomically where the file system allows, replacing a file. */
    void move(Path from, Path to) throws IOException;

    /** Deletes a file or an empty folder if it exists. */
    void delete(Path path) throws IOException;
}
