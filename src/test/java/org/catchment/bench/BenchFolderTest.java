package org.catchment.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A bench case's temporary folder ({@link BenchFolder}): while it is open a shutdown hook is
 * registered with the runtime that deletes it, so a bench stopped by Ctrl-C or SIGTERM leaves nothing
 * in the temporary directory; closing it deletes it and withdraws the hook.
 */
class BenchFolderTest {

    @Test
    void theHookAStoppedBenchRunsDeletesTheFolderAndWhatItHolds() throws IOException {
        BenchFolder folder = BenchFolder.create("catchment-bench-test-");
        Path dir = folder.path();
        try {
            Files.writeString(Files.createDirectories(dir.resolve("out")).resolve("deserts.csv"), "id\n1\n");
            Files.writeString(dir.resolve("analysis.yml"), "name: bench\n");

            assertThat(Runtime.getRuntime().removeShutdownHook(folder.hook()))
                    .as("the hook is registered with the runtime while the folder is open").isTrue();
            folder.hook().run();
            assertThat(dir).doesNotExist();
        } finally {
            folder.close();
        }
    }

    @Test
    void closingDeletesTheFolderAndWithdrawsTheHook() throws IOException {
        BenchFolder folder = BenchFolder.create("catchment-bench-test-");
        Files.writeString(folder.path().resolve("RoadLink.shp"), "x");
        folder.close();
        assertThat(folder.path()).doesNotExist();
        assertThat(Runtime.getRuntime().removeShutdownHook(folder.hook())).as("no hook left behind").isFalse();
    }
}
