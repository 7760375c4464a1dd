package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.io.FileOps;
import org.catchment.io.cache.CacheStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network cache that cannot be written never stops a run (#18 item 3): a read-only cache folder,
 * a full disk when the network is kept, and a disk where the graph's own files cannot be written
 * (faults injected through the cache's file operations, as root may write anywhere) are each one
 * note, the results are those of a run with a working cache, and nothing is left in the cache.
 */
class CacheWriteFaultsTest {

    private static final long LIMIT = 2L << 30;

    @TempDir
    Path dir;
    private Path cache;
    private Analysis analysis;

    @BeforeEach
    void town() throws IOException {
        Fixture f = new Fixture(Files.createDirectories(dir.resolve("town")));
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS);
        f.save();
        analysis = AnalysisFiles.read(f.file("analysis.yml"));
        cache = dir.resolve("cache");
    }

    @Test
    void aReadOnlyCacheIsANoteAndTheRunGoesOn() throws IOException {
        FaultyFileOps readOnly = new FaultyFileOps().fail(FaultyFileOps.Op.CREATE_DIRECTORY, p -> true,
                FaultyFileOps.READ_ONLY);
        RunOutcome outcome = RunOutcome.of(analysis, new CacheStore(cache.resolve("ro"), LIMIT, readOnly));
        assertThat(outcome.notes()).contains("The network could not be kept in the cache " + cache.resolve("ro")
                + " (Read-only file system); the run goes on without it. Free some disk space there, or set cache.dir"
                + " (catchment cache --list says where).");
        assertThat(outcome.results()).isEqualTo(baseline().results());
    }

    @Test
    void aFullDiskWhenTheNetworkIsKeptIsANoteAndLeavesNothing() throws IOException {
        FaultyFileOps full = new FaultyFileOps().fail(FaultyFileOps.Op.WRITE, p -> true, FaultyFileOps.DISK_FULL);
        Path root = cache.resolve("full");
        RunOutcome outcome = RunOutcome.of(analysis, new CacheStore(root, LIMIT, full));
        assertThat(outcome.notes()).anyMatch(n -> n.startsWith("The network could not be kept in the cache " + root
                + " (No space left on device); the run goes on without it."));
        assertThat(outcome.results()).isEqualTo(baseline().results());
        assertThat(Files.list(root).map(p -> p.getFileName().toString()).toList()).containsExactly(".locks");
    }

    /** The graph's own files cannot be written (GraphHopper writes them, not through the seam): the same note. */
    @Test
    void graphFilesThatCannotBeWrittenAreANote() throws IOException {
        Path root = cache.resolve("broken");
        RunOutcome outcome = RunOutcome.of(analysis, new CacheStore(root, LIMIT, new FaultyFileOps().foldersAsFiles()));
        assertThat(outcome.notes()).anyMatch(n -> n.startsWith("The network could not be kept in the cache " + root + " ("));
        assertThat(outcome.results()).isEqualTo(baseline().results());
        assertThat(Files.list(root).map(p -> p.getFileName().toString()).toList()).containsExactly(".locks");
    }

    @Test
    void aNetworkLargerThanTheCachesLimitIsANoteAndIsNotKept() throws IOException {
        Path root = cache.resolve("small");
        RunOutcome outcome = RunOutcome.of(analysis, new CacheStore(root, 1 << 20, FileOps.SYSTEM));
        assertThat(outcome.notes()).contains("The network was not kept in the cache " + root + ": it is larger than the"
                + " cache's limit of 1 MB. Raise cache.max_size_mb (catchment cache --list says where) to keep networks"
                + " this large.");
        assertThat(Files.list(root).map(p -> p.getFileName().toString()).toList()).containsExactly(".locks");
    }

    private RunOutcome baseline() {
        RunOutcome b = RunOutcome.of(analysis, new CacheStore(cache.resolve("baseline"), LIMIT, FileOps.SYSTEM));
        assertThat(b.results()).isNotEmpty();
        return b;
    }
}
