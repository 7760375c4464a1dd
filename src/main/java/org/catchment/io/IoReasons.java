package org.catchment.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The reason for a file-system failure in words a user can act on ("No space left on device",
 * "permission denied"), without the paths the exception names (which may be hidden working folders)
 * and without Java class names.
 */
public final class IoReasons {

    private IoReasons() {
    }

    /** @return the reason of the first file-system failure in the cause chain, in words */
    public static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fse) {
                return fileSystem(fse);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && t.getMessage() != null && !t.getMessage().isBlank()) {
                // FileNotFoundException and the like: "<path> (<reason>)"
                String m = t.getMessage().replaceFirst("^.* \\(([^()]+)\\)$", "$1");
                return withoutPaths(m);
            }
        }
        return "an input/output error";
    }

    private static String fileSystem(FileSystemException e) {
        if (e.getReason() != null && !e.getReason().isBlank()) {
            return e.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty is in the way";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "something of that name is already there";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return "an input/output error";
    }

    /** @return a message with absolute paths (and what follows them up to a separator) cut out */
    private static String withoutPaths(String message) {
        String words = message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9]*(?:Exception|Error): ?", "")
                .replaceAll("(?:[A-Za-z]:)?[/\\\\][^\\s,;:()]*", "").replaceAll("\\s+", " ").strip();
        return words.isEmpty() || words.matches("[\\p{Punct}\\s]*") ? "an input/output error" : words;
    }
}
