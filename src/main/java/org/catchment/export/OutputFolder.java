package org.catchment.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.io.FileOps;
import org.catchment.io.FolderLock;
import org.catchment.io.IoReasons;
import org.catchment.io.StagedFolder;

/**
 * An output folder claimed for one run: created if missing, locked against other runs
 * ({@link FolderLock}: a second run into it is refused, naming the run that holds it), and cleared
 * of what dead runs left (a cut-short replacement of the outputs is undone, stale staging folders
 * are removed: {@link StagedFolder#recover}). Closing it releases the lock and removes the folder
 * again if the run created it and left it empty.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path dir;
    private final FolderLock lock;
    private final boolean created;
    private final List<String> notes;

    private OutputFolder(Path dir, FolderLock lock, boolean created, List<String> notes) {
        this.dir = dir;
        this.lock = lock;
        this.created = created;
        this.notes = notes;
    }

    /**
     * Claims the analysis's output folder for this run.
     *
     * @throws CatchmentException if the folder cannot be made or another run holds it
     */
    public static OutputFolder claim(Analysis analysis, FileOps ops) {
        Path dir = analysis.outputDir();
        Outputs.checkFolder(analysis);
        boolean created = !Files.exists(dir);
        try {
            ops.createDirectories(dir);
        } catch (IOException e) {
            throw new CatchmentException(dir + ": cannot create the output folder (" + IoReasons.of(e) + ")."
                    + " Choose a folder you may write to with --out.", e);
        }
        FolderLock lock;
        try {
            lock = FolderLock.acquire(dir, analysis.file() == null ? "an analysis not saved yet"
                    : "analysis " + analysis.file());
        } catch (FolderLock.Busy e) {
            removeIfEmpty(dir, created);
            throw new CatchmentException(dir + ": another Catchment run is writing its outputs into this folder ("
                    + e.holder() + "). Wait for it to finish, or choose another folder with --out.", e);
        } catch (IOException e) {
            removeIfEmpty(dir, created);
            throw new CatchmentException(dir + ": cannot lock the output folder for this run (" + IoReasons.of(e)
                    + "). Choose a folder you may write to with --out.", e);
        }
        return new OutputFolder(dir, lock, created, StagedFolder.recover(dir, ops));
    }

    /** @return what was recovered from runs that died in the folder, one line each, for the user */
    public List<String> notes() {
        return notes;
    }

    @Override
    public void close() {
        lock.close();
        removeIfEmpty(dir, created);
    }

    private static void removeIfEmpty(Path dir, boolean created) {
        if (!created) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // an empty folder left behind does no harm
        }
    }
}
