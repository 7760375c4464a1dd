package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.catchment.CatchmentException;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.export.OutputFolder;
import org.catchment.export.Outputs;
import org.catchment.io.FileOps;
import org.catchment.io.ProcessTokens;
import org.catchment.io.StagedFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --force} is all or nothing (#18 item 1): whatever fails while the new outputs replace the
 * old ones (a move refused, a full disk, a folder put in an output's place), the output folder
 * holds the whole old set afterwards, the message names the file and never the hidden staging
 * folder, and no staging folder is left. A replacement cut short so badly that the old set could
 * not be put back (or by a kill: {@link KillTest}) is undone by the next run. A folder put in an
 * output's place while the run goes on: {@link OutputRaceTest}.
 */
class OutputSetTest {

    @TempDir
    static Path town;
    static AnalysisResult result;
    static List<String> names;

    @BeforeAll
    static void run() throws IOException {
        Fixture f = new Fixture(town);
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS);
        f.save();
        result = AnalysisRunner.run(AnalysisFiles.read(f.file("analysis.yml")));
        names = Outputs.fileNames(result.analysis().spec());
    }

    @AfterAll
    static void close() {
        result.close();
    }

    @Test
    void aMoveRefusedWhileTheNewOutputsGoInLeavesTheWholeOldSet(@TempDir Path out) throws IOException {
        Map<String, String> before = oldSet(out);
        FaultyFileOps ops = new FaultyFileOps().fail(FaultyFileOps.Op.MOVE,
                (from, to) -> inStaging(from) && to.equals(out.resolve("map_libraries.png")), FaultyFileOps.DISK_FULL, 1);

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false, ops))
                .isInstanceOf(CatchmentException.class).hasMessage(out + ": the outputs could not be put in place"
                        + " (map_libraries.png: No space left on device), so the old outputs were left as they were."
                        + " Check that the files in " + out + " may be replaced, or choose another folder with --out.");
        assertThat(ops.log).as("the first new outputs had gone in before the failure")
                .anyMatch(l -> l.endsWith("-> " + out.resolve(Outputs.GEOPACKAGE)));
        assertThat(Fixture.listing(out)).isEqualTo(before);
    }

    /** An old output the system will not let go (made immutable with chattr +i, say). */
    @Test
    void anOldOutputThatCannotBeMovedAsideLeavesTheWholeOldSet(@TempDir Path out) throws IOException {
        Map<String, String> before = oldSet(out);
        FaultyFileOps ops = new FaultyFileOps().fail(FaultyFileOps.Op.MOVE,
                (from, to) -> from.equals(out.resolve("map_deserts.png")), FaultyFileOps.NOT_PERMITTED, 1);

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false, ops))
                .isInstanceOf(CatchmentException.class)
                .hasMessageStartingWith(out + ": the outputs could not be put in place (map_deserts.png: Operation not"
                        + " permitted), so the old outputs were left as they were.")
                .hasMessageNotContaining(StagedFolder.PREFIX);
        assertThat(Fixture.listing(out)).isEqualTo(before);
    }

    @Test
    void aFullDiskWhenTheReplacementStartsLeavesTheWholeOldSet(@TempDir Path out) throws IOException {
        Map<String, String> before = oldSet(out);
        FaultyFileOps ops = new FaultyFileOps().fail(FaultyFileOps.Op.WRITE, p -> true, FaultyFileOps.DISK_FULL);

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false, ops))
                .isInstanceOf(CatchmentException.class).hasMessage(out + ": the outputs could not be written, and none"
                        + " were left behind (No space left on device).");
        assertThat(Fixture.listing(out)).isEqualTo(before);
    }

    @Test
    void aFailureInAFolderWithoutOldOutputsLeavesItEmpty(@TempDir Path parent) throws IOException {
        Path out = parent.resolve("new");
        FaultyFileOps ops = new FaultyFileOps().fail(FaultyFileOps.Op.MOVE,
                (from, to) -> to.equals(out.resolve("deserts.csv")), FaultyFileOps.DISK_FULL, 1);

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), false, ProgressListener.NONE, () -> false, ops))
                .hasMessageContaining("(deserts.csv: No space left on device)");
        assertThat(out).as("the folder the run made is removed again").doesNotExist();
    }

    /**
     * A new output goes in, then a move fails, and putting an old output back fails as well: the
     * message asks to run again, the old outputs wait in the hidden folder, and the next run (another
     * process: here the folder is renamed as a dead process's) puts them back before anything else.
     */
    @Test
    void aReplacementThatCouldNotBeUndoneIsUndoneByTheNextRun(@TempDir Path out) throws IOException {
        Map<String, String> before = oldSet(out);
        FaultyFileOps ops = new FaultyFileOps()
                .fail(FaultyFileOps.Op.MOVE, (from, to) -> inStaging(from) && to.equals(out.resolve("deserts.csv")),
                        FaultyFileOps.DISK_FULL, 1)
                .fail(FaultyFileOps.Op.MOVE, (from, to) -> from.toString().contains(".old")
                        && to.equals(out.resolve(Outputs.GEOPACKAGE)), FaultyFileOps.NOT_PERMITTED, 1);

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false, ops))
                .hasMessage(out + ": the outputs could not be put in place (deserts.csv: No space left on device), and"
                        + " the old outputs could not all be put back. Check that the files in " + out + " may be"
                        + " changed, then run the same command again: it puts the old outputs back first.");
        List<Path> left = Fixture.staging(out);
        assertThat(left).hasSize(1);
        assertThat(Fixture.listing(out)).isNotEqualTo(before);

        Path dead = out.resolve(StagedFolder.PREFIX + ProcessHandle.current().pid() + "-1-x");
        Files.move(left.get(0), dead);
        try (OutputFolder folder = OutputFolder.claim(result.withOutputDir(out).analysis(), FileOps.SYSTEM)) {
            assertThat(folder.notes()).singleElement().asString().startsWith(out + ": a run (process "
                    + ProcessHandle.current().pid() + ", started ").endsWith(") was stopped while it replaced its outputs"
                    + " here; the outputs it had replaced were put back.");
        }
        assertThat(Fixture.listing(out)).isEqualTo(before);

        Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false);
        assertThat(Fixture.staging(out)).isEmpty();
        assertThat(Files.readString(out.resolve("deserts.csv"))).startsWith("id,");
    }

    /** Staging folders of dead processes are removed by the next run; a live process's are left alone. */
    @Test
    void stagingFoldersOfDeadRunsAreRemovedByTheNextRun(@TempDir Path out) throws IOException {
        Path dead = Files.createDirectories(out.resolve(StagedFolder.PREFIX + ProcessHandle.current().pid() + "-1-abc"));
        Files.writeString(dead.resolve(Outputs.GEOPACKAGE), "half written");
        Path live = Files.createDirectories(out.resolve(StagedFolder.PREFIX + ProcessTokens.current() + "-def"));

        Outputs.write(result.withOutputDir(out), false, ProgressListener.NONE, () -> false);

        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(Fixture.listing(out).keySet()).containsExactlyInAnyOrderElementsOf(concat(names, live.getFileName().toString()));
    }

    private static boolean inStaging(Path p) {
        return p.getParent() != null && p.getParent().getFileName().toString().startsWith(StagedFolder.PREFIX);
    }

    /** Writes every output name as a small file saying "old", and a file of the user's. */
    private static Map<String, String> oldSet(Path out) throws IOException {
        for (String name : names) {
            Files.writeString(out.resolve(name), "old " + name);
        }
        Files.writeString(out.resolve("notes.txt"), "mine");
        return Fixture.listing(out);
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }
}
