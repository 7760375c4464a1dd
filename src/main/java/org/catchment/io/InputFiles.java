package org.catchment.io;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.catchment.InputException;

/**
 * The one check every reader makes before opening an input: the path must be a regular file.
 * A folder, a named pipe (FIFO) or a device such as {@code /dev/zero} is named for what it is
 * (opening a pipe would wait for a writer for ever, and a device never ends), and a path that is
 * not there is "does not exist".
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * @param file a path
     * @return null for a regular file (after links), else what it is in words: "does not exist",
     *     "is a folder", "is a special file (a named pipe or a device)"
     */
    public static String problem(Path file) {
        if (Files.isRegularFile(file)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            return "is a folder";
        }
        if (Files.exists(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Files.exists(file) ? "is a special file (a named pipe or a device)" : "is a link to nothing";
        }
        return "does not exist";
    }

    /**
     * @param file   the input
     * @param needed what it should be, for the advice, e.g. "a layer file (.shp, .gpkg, ...)"
     * @throws InputException naming the file and what it is when it is not a regular file
     */
    public static void requireRegularFile(Path file, String needed) {
        String problem = problem(file);
        if (problem != null) {
            throw new InputException(file, null, problem.equals("does not exist") ? "the file does not exist"
                    : "this " + problem + ", not " + needed, problem.equals("does not exist")
                    ? "Check the path and the file name" : "Give the path of " + needed);
        }
    }
}
