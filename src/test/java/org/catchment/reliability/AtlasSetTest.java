package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.export.Atlas;
import org.catchment.export.OutputFolder;
import org.catchment.export.Outputs;
import org.catchment.io.FileOps;
import org.catchment.io.StagedFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atlas folder ({@code output.atlas}) is one entry of the output set: it replaces the old
 * atlas folder whole with the other outputs, and a replacement that fails after the new atlas went
 * in puts the old folder back, page for page, at once or by the next run.
 */
class AtlasSetTest {

    @TempDir
    static Path town;
    static AnalysisResult result;
    static List<String> names;

    @BeforeAll
    static void run() throws IOException {
        Fixture f = new Fixture(town);
        f.edit("output: {dir: out}", "output: {dir: out, width_px: 300, height_px: 200, dpi: 72, atlas: wards}");
        f.save();
        result = AnalysisRunner.run(AnalysisFiles.read(f.file("analysis.yml")));
        names = Outputs.fileNames(result.analysis().spec());
    }

    @AfterAll
    static void close() {
        result.close();
    }

    @Test
    void theNewAtlasReplacesTheOldFolderWhole(@TempDir Path out) throws IOException {
        oldSet(out);
        List<Path> written = Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false);

        Map<String, String> atlas = Fixture.listing(out.resolve(Atlas.FOLDER));
        assertThat(atlas).hasSize(result.studyArea().zones().size()).doesNotContainKey("ward_gone.png");
        assertThat(atlas.keySet()).allMatch(n -> n.startsWith("ward_") && n.endsWith(".png"));
        assertThat(written).contains(out.resolve(Atlas.FOLDER).resolve(atlas.keySet().iterator().next()));
        assertThat(Fixture.staging(out)).isEmpty();
    }

    @Test
    void aMoveRefusedAfterTheNewAtlasWentInPutsTheOldAtlasBack(@TempDir Path out) throws IOException {
        Map<String, String> before = oldSet(out);
        Map<String, String> oldAtlas = Fixture.listing(out.resolve(Atlas.FOLDER));
        FaultyFileOps ops = new FaultyFileOps().fail(FaultyFileOps.Op.MOVE,
                (from, to) -> inStaging(from) && to.equals(out.resolve("summary.txt")), FaultyFileOps.DISK_FULL, 1);

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false, ops))
                .hasMessageStartingWith(out + ": the outputs could not be put in place (summary.txt: No space left on"
                        + " device), so the old outputs were left as they were.");
        assertThat(ops.log).as("the new atlas had gone in before the failure")
                .anyMatch(l -> l.endsWith("-> " + out.resolve(Atlas.FOLDER)));
        assertThat(Fixture.listing(out)).isEqualTo(before);
        assertThat(Fixture.listing(out.resolve(Atlas.FOLDER))).isEqualTo(oldAtlas);
        assertThat(Fixture.staging(out)).isEmpty();
    }

    @Test
    void aReplacementLeftHalfDoneIsUndoneByTheNextRunAtlasAndAll(@TempDir Path out) throws IOException {
        Map<String, String> before = oldSet(out);
        Map<String, String> oldAtlas = Fixture.listing(out.resolve(Atlas.FOLDER));
        FaultyFileOps ops = new FaultyFileOps()
                .fail(FaultyFileOps.Op.MOVE, (from, to) -> inStaging(from) && to.equals(out.resolve("summary.txt")),
                        FaultyFileOps.DISK_FULL, 1)
                .fail(FaultyFileOps.Op.MOVE, (from, to) -> from.toString().contains(".old")
                        && to.equals(out.resolve(Atlas.FOLDER)), FaultyFileOps.NOT_PERMITTED, 1);

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, ProgressListener.NONE, () -> false, ops))
                .hasMessageContaining("the old outputs could not all be put back");
        List<Path> left = Fixture.staging(out);
        assertThat(left).hasSize(1);

        Path dead = out.resolve(StagedFolder.PREFIX + ProcessHandle.current().pid() + "-1-x");
        Files.move(left.get(0), dead);
        try (OutputFolder folder = OutputFolder.claim(result.withOutputDir(out).analysis(), FileOps.SYSTEM)) {
            assertThat(folder.notes()).singleElement().asString().endsWith("the outputs it had replaced were put back.");
        }
        assertThat(Fixture.listing(out)).isEqualTo(before);
        assertThat(Fixture.listing(out.resolve(Atlas.FOLDER))).isEqualTo(oldAtlas);
    }

    private static boolean inStaging(Path p) {
        return p.getParent() != null && p.getParent().getFileName().toString().startsWith(StagedFolder.PREFIX);
    }

    /** Every file output as a small file saying "old", an old atlas of two pages, and a file of the user's. */
    private static Map<String, String> oldSet(Path out) throws IOException {
        for (String name : names) {
            if (name.equals(Atlas.FOLDER)) {
                Files.createDirectories(out.resolve(name));
                Files.writeString(out.resolve(name).resolve("ward_gone.png"), "old page");
                Files.writeString(out.resolve(name).resolve("ward_kept.png"), "old page 2");
            } else {
                Files.writeString(out.resolve(name), "old " + name);
            }
        }
        Files.writeString(out.resolve("notes.txt"), "mine");
        return Fixture.listing(out);
    }
}
