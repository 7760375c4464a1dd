package org.catchment.reliability;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.catchment.io.FileOps;

/**
 * The real file operations, except those a test asks to fail: as a full disk ("No space left on
 * device"), a read-only file system or a file the system will not let go ("Operation not
 * permitted") would, whoever runs the test (root may write a read-only folder, so permissions
 * cannot stand in for these). Each fault names the operation, where (a test on the operation's
 * source and target; the target is null but for a move), and how many times it fires.
 */
final class FaultyFileOps implements FileOps {

    /** The operations of {@link FileOps}. */
    enum Op { CREATE_DIRECTORY, WRITE, MOVE, DELETE }

    private static final class Fault {
        final Op op;
        final BiPredicate<Path, Path> where;
        final String reason;
        int times;

        Fault(Op op, BiPredicate<Path, Path> where, String reason, int times) {
            this.op = op;
            this.where = where;
            this.reason = reason;
            this.times = times;
        }
    }

    static final String DISK_FULL = "No space left on device";
    static final String READ_ONLY = "Read-only file system";
    static final String NOT_PERMITTED = "Operation not permitted";

    private final List<Fault> faults = new ArrayList<>();
    /** Every operation asked for, in order ("move a -> b"), failed or not. */
    final List<String> log = new ArrayList<>();
    /** Directories "created" as plain files (see {@link #foldersAsFiles()}). */
    private boolean foldersAsFiles;

    /** Makes the operation fail with that reason where the test holds, {@code times} times. */
    FaultyFileOps fail(Op op, BiPredicate<Path, Path> where, String reason, int times) {
        faults.add(new Fault(op, where, reason, times));
        return this;
    }

    /** Makes the operation fail with that reason where the test on its (first) path holds, every time. */
    FaultyFileOps fail(Op op, java.util.function.Predicate<Path> where, String reason) {
        return fail(op, (a, b) -> where.test(a), reason, Integer.MAX_VALUE);
    }

    /**
     * "Creates" each new folder as an empty file: anything written into it later fails as on a
     * broken disk, though creating it seemed to work.
     */
    FaultyFileOps foldersAsFiles() {
        foldersAsFiles = true;
        return this;
    }

    private void check(Op op, Path a, Path b) throws IOException {
        log.add(op + " " + a + (b == null ? "" : " -> " + b));
        for (Fault f : faults) {
            if (f.op == op && f.times > 0 && f.where.test(a, b)) {
                f.times--;
                throw new FileSystemException(a.toString(), b == null ? null : b.toString(), f.reason);
            }
        }
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        check(Op.CREATE_DIRECTORY, dir, null);
        SYSTEM.createDirectories(dir);
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        check(Op.CREATE_DIRECTORY, dir, null);
        if (foldersAsFiles) {
            Files.createFile(dir);
        } else {
            SYSTEM.createDirectory(dir);
        }
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        check(Op.WRITE, file, null);
        SYSTEM.write(file, bytes);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        check(Op.MOVE, from, to);
        SYSTEM.move(from, to);
    }

    @Override
    public void delete(Path path) throws IOException {
        check(Op.DELETE, path, null);
        SYSTEM.delete(path);
    }
}
