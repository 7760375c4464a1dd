package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ProgressBar;
import org.catchment.overlay.Desert;
import org.catchment.ui.results.model.ResultRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample town (data/sample, copied to a temporary folder so the network cache is not written
 * beside the committed data) through the app: its designed deserts, an estate in Eastside cut off
 * by the dual carriageway and one in Southmoor cut off by the railway, appear in the table; the
 * progress bar is in sight and moves while the run goes on.
 */
@ExtendWith(ApplicationExtension.class)
class SampleTownFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    @Test
    void theSampleTownsDesertsAppearInTheTable(FxRobot robot) throws Exception {
        Path source = Path.of("data/sample");
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        robot.interact(() -> app.window().open(dir.resolve("analysis.yml")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().layers().items().size() >= 10);
        ProgressBar bar = robot.lookup("#runProgress").queryAs(ProgressBar.class);
        List<Double> seen = new CopyOnWriteArrayList<>();
        bar.progressProperty().addListener((o, was, now) -> {
            if (RunFeedbackFxTest.inSight(bar) && now.doubleValue() > 0 && now.doubleValue() < 1) {
                seen.add(now.doubleValue());
            }
        });
        robot.interact(app.window()::run);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.window().result() != null && !app.window().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen).as("the progress bar in sight, moving through the stages (issue 16, item 7)")
                .hasSizeGreaterThanOrEqualTo(4).isSorted().doesNotHaveDuplicates();
        assertThat(app.window().resultsView().desertTable().getItems()).isNotEmpty()
                .extracting(ResultRows.DesertRow::wards).anyMatch(w -> w.contains("Eastside"))
                .anyMatch(w -> w.contains("Southmoor"));
        assertThat(app.window().result().deserts().deserts()).extracting(Desert::wards)
                .noneMatch(w -> w.contains("Town Centre"));
        assertThat(app.window().resultsView().coverageTable().getItems()).hasSize(app.window().result().wardCoverage().size())
                .isNotEmpty();
    }
}
