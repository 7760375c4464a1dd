package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.RunResume;
import org.catchment.cli.Main;
import org.catchment.io.ResumeFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catchment run} and the resume folder: a failed run keeps it, a run whose outputs are in
 * place removes it, {@code --restart} discards it first and says so.
 */
class ResumeFolderRunTest {

    @Test
    void aFailedRunKeepsTheFinishedTilesASuccessfulOneRemovesThemAndRestartDiscardsThem(@TempDir Path dir)
            throws IOException {
        Fixture f = new Fixture(java.nio.file.Files.createDirectories(dir.resolve("town")));
        f.edit("output: {dir: out}", Fixture.SMALL_MAPS);
        f.save();
        Path out = f.file("out");
        try (CacheDir cache = new CacheDir(dir.resolve("cache"))) {
            Analysis analysis = AnalysisFiles.read(f.file("analysis.yml"));
            String fingerprint = RunResume.fingerprint(analysis);
            try (ResumeFolder resume = RunResume.open(analysis)) {
                assertThat(resume.path()).isEqualTo(out.resolve(".catchment-resume"));
                resume.write(0, "tile 0".getBytes(StandardCharsets.UTF_8));
                resume.write(1, "tile 1".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(f.run()).as(f.err.toString()).isEqualTo(Main.OK);
            assertThat(out.resolve(ResumeFolder.NAME)).as("removed once the outputs are in place").doesNotExist();

            try (ResumeFolder resume = RunResume.open(analysis)) {
                resume.write(0, "tile 0".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(f.run()).as("the outputs exist, no --force").isEqualTo(Main.ANALYSIS_ERROR);
            assertThat(out.resolve(ResumeFolder.NAME).resolve("part-000000")).as("a failed run keeps them").exists();

            f.err.getBuffer().setLength(0);
            assertThat(f.run("--force", "--restart")).as(f.err.toString()).isEqualTo(Main.OK);
            assertThat(f.messages()).contains(out + ": the 1 finished tile of an earlier run were discarded"
                    + " (--restart); the run starts over.");
            assertThat(out.resolve(ResumeFolder.NAME)).doesNotExist();

            f.edit("bands_min: [10]}\n", "bands_min: [5]}\n");
            f.save();
            assertThat(RunResume.fingerprint(AnalysisFiles.read(f.file("analysis.yml")))).as("another analysis")
                    .isNotEqualTo(fingerprint);
            assertThat(RunResume.fingerprint(analysis.withOutputDir(dir.resolve("elsewhere"))))
                    .as("the output folder is not part of it").isEqualTo(fingerprint);
        }
    }
}
