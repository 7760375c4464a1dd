package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.catchment.overlay.Desert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample town (data/sample, copied to a temporary folder so the network cache is not written
 * beside the committed data) through the app: its designed deserts, an estate in Eastside cut off
 * by the dual carriageway and one in Southmoor cut off by the railway, appear in the table.
 */
@ExtendWith(ApplicationExtension.class)
class SampleTownFxTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("org/catchment/ui/sampletest-" + System.nanoTime());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new RecentFiles(prefs));
        window.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theSampleTownsDesertsAppearInTheTable(FxRobot robot) throws Exception {
        Path source = Path.of("data/sample");
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        robot.interact(() -> window.open(dir.resolve("analysis.yml")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.layers().items().size() >= 10);
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.result() != null && !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.resultsView().desertTable().getItems()).isNotEmpty()
                .extracting(ResultRows.DesertRow::wards).anyMatch(w -> w.contains("Eastside"))
                .anyMatch(w -> w.contains("Southmoor"));
        assertThat(window.result().deserts().deserts()).extracting(Desert::wards)
                .noneMatch(w -> w.contains("Town Centre"));
        assertThat(window.resultsView().coverageTable().getItems()).hasSize(window.result().wardCoverage().size())
                .isNotEmpty();
    }
}
