package org.catchment.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A set of files written into a hidden staging folder inside their target folder, then put in
 * place of the target's files of the same names as a whole, or not at all. A name may hold a
 * subfolder ({@code scenario_x/catchment.gpkg}); a missing one is made as the files move. An entry may
 * also be a folder (an atlas of pages): it replaces the folder of its name as one unit, never merged.
 *
 * <p>{@link #commit}: a journal listing the names (and which have an old file) is written into the
 * staging folder; the old files are moved aside into the staging folder, then the new ones moved
 * into place, then a "done" mark is written. A failed move puts everything back as it was: the new
 * files that reached the folder are removed and the old ones moved back. Every move is a rename
 * within one folder, so the steps are quick, and the exit hook ({@link ExitCleanup#guarded}) waits
 * for them. A process killed during the moves (SIGKILL, power loss) leaves the staging folder with
 * its journal; {@link #recover} (called by the next run into that folder) puts the old files back,
 * or, if the "done" mark was written, just removes the staging folder. Staging folders are named
 * after their process ({@link ProcessTokens}), so only those of dead processes are touched.
 */
public final class StagedFolder implements AutoCloseable {

    /** What every staging folder's name starts with. */
    public static final String PREFIX = ".catchment-export-";
    private static final String OLD = ".old";
    private static final String JOURNAL = ".journal";
    private static final String DONE = ".done";
    /** A staging folder of an older version (no process in its name) is removed once it is this old. */
    private static final Duration UNNAMED_AGE = Duration.ofHours(1);

    /** Why the commit failed: the file, the reason in words, and whether the old files are back in place. */
    public static final class CommitFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String reason;
        private final boolean restored;

        CommitFailure(String name, String reason, boolean restored, Throwable cause) {
            super(name + ": " + reason, cause);
            this.name = name;
            this.reason = reason;
            this.restored = restored;
        }

        /** @return the name of the file that could not be moved */
        public String name() {
            return name;
        }

        /** @return why, in words */
        public String reason() {
            return reason;
        }

        /** @return true when the folder holds its old files again; false when some are still aside */
        public boolean restored() {
            return restored;
        }
    }

    /** One name of a commit and whether the folder held an old file of that name. */
    private record Entry(String name, boolean hadOld) {
    }

    private final Path dir;
    private final Path staging;
    private final FileOps ops;
    private final ExitCleanup.Registration registration;
    /** The subfolders a commit made, last made first. */
    private final List<Path> made = new ArrayList<>();
    private boolean keep;

    private StagedFolder(Path dir, Path staging, FileOps ops) {
        this.dir = dir;
        this.staging = staging;
        this.ops = ops;
        this.registration = ExitCleanup.deleteOnExit(staging);
    }

    /**
     * Creates a staging folder inside an existing folder.
     *
     * @throws IOException if it cannot be created
     */
    public static StagedFolder create(Path dir, FileOps ops) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path staging = dir.resolve(PREFIX + ProcessTokens.current() + "-"
                    + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36));
            try {
                ops.createDirectory(staging);
                return new StagedFolder(dir, staging, ops);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** @return where to write the staged file of that name */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** @return the staging folder, only to remove its path from messages: it is gone once the work ends */
    public Path path() {
        return staging;
    }

    /**
     * Puts the staged files of these names in place of the folder's files of the same names (a
     * name not staged is skipped): all of them, or none.
     *
     * @throws CommitFailure naming the file that could not be moved, and saying whether the old
     *                       files are back in place
     */
    public void commit(List<String> names) throws IOException {
        ExitCleanup.guarded(() -> {
            List<Entry> plan = new ArrayList<>();
            for (String name : names) {
                Path target = dir.resolve(name);
                boolean folders = Files.isDirectory(target) && Files.isDirectory(staging.resolve(name));
                if (Files.exists(target) && !Files.isRegularFile(target) && !folders) {
                    throw new CommitFailure(name, "there is a folder (or something else that is not a file) in its"
                            + " place", true, null);
                }
                if (Files.exists(staging.resolve(name))) {
                    plan.add(new Entry(name, Files.exists(target)));
                }
            }
            StringBuilder journal = new StringBuilder();
            plan.forEach(e -> journal.append(e.hadOld() ? "old\t" : "new\t").append(e.name()).append('\n'));
            write(staging.resolve(JOURNAL), journal.toString());
            ops.createDirectory(staging.resolve(OLD));
            move(plan, true);
            move(plan, false);
            write(staging.resolve(DONE), "done\n");
            // still guarded: a program stopping now removes the old files before it exits
            FileTrees.deleteQuietly(staging);
        });
        close();
    }

    /** Moves the old files aside ({@code backup}) or the new ones into place; on a failure, puts all back. */
    private void move(List<Entry> plan, boolean backup) throws IOException {
        List<Entry> moving = backup ? plan.stream().filter(Entry::hadOld).toList() : plan;
        for (int i = 0; i < moving.size(); i++) {
            String name = moving.get(i).name();
            try {
                if (backup) {
                    ops.move(dir.resolve(name), folderFor(staging.resolve(OLD).resolve(name)));
                } else {
                    ops.move(staging.resolve(name), folderFor(dir.resolve(name)));
                }
            } catch (IOException e) {
                boolean restored = rollBack(plan);
                keep = !restored;
                throw new CommitFailure(name, IoReasons.of(e), restored, e);
            }
            if (i == moving.size() / 2) {
                PausePoints.reach(backup ? "export-backup" : "export-install");
            }
        }
    }

    /**
     * @param target a file a move goes to, perhaps in a subfolder ({@code scenario_x/catchment.gpkg})
     * @return the target, its folder made if it was missing (and noted, to be removed on a roll back)
     */
    private Path folderFor(Path target) throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            ops.createDirectories(parent);
            made.add(0, parent);
        }
        return target;
    }

    /** @return true when every old file is back in place and no new file is left in the folder */
    private boolean rollBack(List<Entry> plan) {
        boolean ok = rollBackFiles(plan);
        for (Path folder : made) {
            try {
                ops.delete(folder);
            } catch (IOException failure) {
                // a folder the commit made and could not remove again: empty, harmless
            }
        }
        return ok;
    }

    private boolean rollBackFiles(List<Entry> plan) {
        boolean ok = true;
        for (Entry e : plan) {
            Path old = staging.resolve(OLD).resolve(e.name());
            Path target = dir.resolve(e.name());
            Path staged = staging.resolve(e.name());
            try {
                boolean installed = !Files.exists(staged) && Files.exists(target) && (Files.exists(old) || !e.hadOld());
                if (installed && Files.isDirectory(target)) {
                    ops.move(target, staged);
                }
                if (Files.exists(old)) {
                    ops.move(old, target);
                } else if (installed && Files.exists(target)) {
                    ops.delete(target);
                }
            } catch (IOException failure) {
                ok = false;
            }
        }
        return ok;
    }

    private void write(Path file, String text) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        ops.write(part, text.getBytes(StandardCharsets.UTF_8));
        ops.move(part, file);
    }

    /** Removes the staging folder (unless a failed commit left old files in it for the next run to restore). */
    @Override
    public void close() {
        registration.close();
        if (!keep) {
            FileTrees.deleteQuietly(staging);
        }
    }

    /**
     * Recovers what runs that died in this folder left: a staging folder whose commit was cut short
     * has its old files put back (or, when the commit had finished, is just removed); any other
     * staging folder of a dead process is removed. Staging folders of live processes are left alone.
     *
     * @param dir the target folder (it need not exist)
     * @return one line for each commit that was undone, for the user
     */
    public static List<String> recover(Path dir, FileOps ops) {
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return notes;
        }
        List<Path> stale;
        try (Stream<Path> entries = Files.list(dir)) {
            stale = entries.filter(p -> p.getFileName().toString().startsWith(PREFIX) && isStale(p)).toList();
        } catch (IOException e) {
            return notes;
        }
        for (Path staging : stale) {
            Optional<String> owner = ProcessTokens.in(staging.getFileName().toString().substring(PREFIX.length()));
            Path journal = staging.resolve(JOURNAL);
            if (Files.exists(journal) && !Files.exists(staging.resolve(DONE))) {
                StagedFolder dead = new StagedFolder(dir, staging, ops);
                String who = owner.map(ProcessTokens::describe).orElse("an earlier run");
                if (dead.rollBack(readPlan(journal))) {
                    notes.add(dir + ": a run (" + who + ") was stopped while it replaced its outputs here; the"
                            + " outputs it had replaced were put back.");
                    dead.close();
                } else {
                    dead.registration.close();
                    notes.add(dir + ": a run (" + who + ") was stopped while it replaced its outputs here, and"
                            + " they could not all be put back; check that the files in the folder may be changed.");
                }
            } else {
                FileTrees.deleteQuietly(staging);
            }
        }
        return notes;
    }

    private static boolean isStale(Path staging) {
        Optional<String> owner = ProcessTokens.in(staging.getFileName().toString().substring(PREFIX.length()));
        if (owner.isPresent()) {
            return !ProcessTokens.isAlive(owner.get());
        }
        try {
            FileTime modified = Files.getLastModifiedTime(staging);
            return modified.toInstant().plus(UNNAMED_AGE).isBefore(java.time.Instant.now());
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Entry> readPlan(Path journal) {
        List<Entry> plan = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    plan.add(new Entry(line.substring(tab + 1), line.startsWith("old")));
                }
            }
        } catch (IOException e) {
            // an unreadable journal: nothing is known to have moved
        }
        return plan;
    }
}
