package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.catchment.CatchmentException;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.export.Outputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --force} is all or nothing even when the folder changes under a run (#18 item 1): the
 * checks before the run passed, then something that is not a file appears where an output goes.
 * Before #18 the outputs before it in the list were moved into place and the run stopped there,
 * leaving new and old outputs side by side; now nothing is moved. (The failures injected through
 * the file operations are in {@link OutputSetTest}.)
 */
class OutputRaceTest {

    @TempDir
    static Path town;
    static AnalysisResult result;

    @BeforeAll
    static void run() throws IOException {
        Fixture f = new Fixture(town);
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS);
        f.save();
        result = AnalysisRunner.run(AnalysisFiles.read(f.file("analysis.yml")));
    }

    @AfterAll
    static void close() {
        result.close();
    }

    /**
     * No fault injected: while the outputs are being drawn, a folder appears where summary.txt goes
     * (a user or another program made it). Every check before the run passed, so the replacement
     * has to find it: nothing may be moved.
     */
    @Test
    void aFolderPutInAnOutputsPlaceDuringTheExportLeavesTheWholeOldSet(@TempDir Path out) throws IOException {
        oldSet(out);
        List<Map<String, String>> before = new ArrayList<>();
        ProgressListener meddler = (stage, fraction, message) -> {
            if (message.equals("Drawing map_deserts.png")) {
                try {
                    Files.delete(out.resolve("summary.txt"));
                    Files.createDirectories(out.resolve("summary.txt"));
                    Files.writeString(out.resolve("summary.txt").resolve("mine.txt"), "kept");
                    Map<String, String> now = Fixture.listing(out);
                    now.keySet().removeIf(n -> n.startsWith(".catchment"));
                    before.add(now);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        assertThatThrownBy(() -> Outputs.write(result.withOutputDir(out), true, meddler, () -> false))
                .isInstanceOf(CatchmentException.class).hasMessageContaining("summary.txt: there is a folder")
                .hasMessageContaining("the old outputs were left as they were").hasMessageNotContaining(".catchment-export-");
        assertThat(Fixture.listing(out)).isEqualTo(before.get(0));
        assertThat(Files.readString(out.resolve("summary.txt").resolve("mine.txt"))).isEqualTo("kept");
    }

    /** Writes every output name as a small file saying "old", and a file of the user's. */
    private static void oldSet(Path out) throws IOException {
        for (String name : Outputs.fileNames(result.analysis().spec())) {
            Files.writeString(out.resolve(name), "old " + name);
        }
        Files.writeString(out.resolve("notes.txt"), "mine");
    }
}
