package org.catchment;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample town (Millbrook, {@code data/sample}) that comes with Catchment, and the user's own
 * copy of it. An installed Catchment carries the sample beside its jar (the app image's
 * {@code lib/app/data/sample}), in a folder the user must not write to, so the app's start page and
 * {@code catchment demo} work on a copy in the user's documents
 * ({@link #userCopy(UserDirs)}: {@code Documents/Catchment/sample}), made on first use. Run from
 * a checkout ({@code java -jar target/catchment.jar}), the sample is the checkout's
 * {@code data/sample}. Headless, the JDK only.
 */
public final class BundledSample {

    /** The sample's analysis file. */
    public static final String ANALYSIS = "analysis.yml";

    /**
     * Where the sample was found.
     *
     * @param folder    the folder holding {@value #ANALYSIS} and its layers
     * @param installed true for an installed Catchment's copy (beside the jar: read-only, to be
     *                  copied before use); false for a checkout's {@code data/sample}
     */
    public record Source(Path folder, boolean installed) {

        /** @return the sample's analysis file */
        public Path analysis() {
            return folder.resolve(ANALYSIS);
        }
    }

    private BundledSample() {
    }

    /** @return the sample of this Catchment: see {@link #find(Path, Path)} with its jar and the working folder */
    public static Optional<Source> find() {
        return find(codeSource(), Path.of("").toAbsolutePath());
    }

    /**
     * @param codeSource Catchment's jar (or classes folder), or null when unknown
     * @param workingDir the working folder
     * @return the installed sample beside the jar ({@code data/sample} in the jar's folder) if there is
     *     one; else a checkout's {@code data/sample} in the working folder or in one of the three folders
     *     above the jar; else nothing
     */
    public static Optional<Source> find(Path codeSource, Path workingDir) {
        Path beside = codeSource == null || codeSource.getParent() == null ? null
                : codeSource.getParent().resolve("data").resolve("sample");
        if (beside != null && Files.isRegularFile(beside.resolve(ANALYSIS))) {
            return Optional.of(new Source(beside.toAbsolutePath(), true));
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(workingDir.resolve("data").resolve("sample"));
        Path dir = codeSource == null ? null : codeSource.getParent();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            candidates.add(dir.resolve("data").resolve("sample"));
        }
        return candidates.stream().filter(p -> Files.isRegularFile(p.resolve(ANALYSIS))).findFirst()
                .map(p -> new Source(p.toAbsolutePath().normalize(), false));
    }

    /** @return where the user's copy goes: {@code Catchment/sample} in their documents folder */
    public static Path userCopy(UserDirs dirs) {
        return dirs.documents().resolve("Catchment").resolve("sample");
    }

    /**
     * Copies the sample's files (those at the top of {@code from}, not hidden) into a folder, each
     * whole (a temporary file moved into place), leaving the files already there as they are: the
     * user's edits and outputs are kept, and a file they deleted comes back.
     *
     * @param from the sample
     * @param to   the copy's folder, created if needed
     * @return the copy's analysis file
     * @throws CatchmentException naming the folder when the copy cannot be made
     */
    public static Path copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            List<Path> files;
            try (Stream<Path> list = Files.list(from)) {
                files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            }
            for (Path f : files) {
                Path target = to.resolve(f.getFileName().toString());
                if (!Files.exists(target)) {
                    Path temp = to.resolve("." + f.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                    try {
                        Files.copy(f, temp, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(temp, target);
                    } catch (FileAlreadyExistsException e) {
                        // copied meanwhile by another Catchment: theirs is as good
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                }
            }
            return to.resolve(ANALYSIS);
        } catch (IOException | SecurityException e) {
            throw new CatchmentException(to + ": cannot copy the sample town there (" + (e.getMessage() == null
                    ? "an input/output error" : e.getMessage()) + "). Check that the folder can be written to.", e);
        }
    }

    /** @return Catchment's jar, or its classes folder when run from classes; null when unknown */
    static Path codeSource() {
        try {
            return Path.of(BundledSample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return null;
        }
    }
}
