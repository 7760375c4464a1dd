package org.catchment.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.SpecPaths;
import org.catchment.ui.TinyTown;
import org.catchment.ui.model.AnalysisSession.RunState;
import org.catchment.ui.model.AnalysisSession.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open analysis's state without a toolkit: the tiny town (three deserts) opened, edited,
 * saved and run for real, with the jobs run step by step so the state between steps can be seen.
 */
class AnalysisSessionTest {

    @TempDir
    Path dir;

    private final QueuedJobs jobs = new QueuedJobs();
    private final List<String> events = new ArrayList<>();
    private AnalysisSession.Runner runner = AnalysisRunner::run;
    private AnalysisSession session;
    private Analysis tiny;

    @BeforeEach
    void openTinyTown() throws Exception {
        tiny = AnalysisFiles.read(TinyTown.write(dir));
        session = new AnalysisSession(jobs, (a, p, c) -> runner.run(a, p, c), spec("Nothing yet"));
        session.addListener(new AnalysisSession.Listener() {
            @Override
            public void documentChanged() {
                events.add("document " + session.document().title());
            }

            @Override
            public void runChanged(RunStatus status) {
                events.add("run " + status.state() + " " + status.fraction() + " " + status.text());
            }

            @Override
            public void resultChanged(AnalysisResult result) {
                events.add(result == null ? "result cleared" : "result " + result.deserts().deserts().size() + " deserts");
            }

            @Override
            public void runCancelled() {
                events.add("cancelled");
            }

            @Override
            public void runFailed(Throwable error) {
                events.add("failed " + error.getMessage());
            }

            @Override
            public void runRefused(String message) {
                events.add("refused " + message);
            }
        });
        session.open(tiny.file(), tiny.spec());
        events.clear();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static AnalysisSpec spec(String name) {
        return new AnalysisSpec(name, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aRunShowsItsResultAndSaysHowItEnded() {
        assertThat(session.status()).isEqualTo(RunStatus.READY);
        assertThat(session.run()).isTrue();
        assertThat(session.isRunning()).isTrue();
        assertThat(session.status()).isEqualTo(new RunStatus(RunState.RUNNING, 0, "Starting\u2026"));
        jobs.all();
        assertThat(session.isRunning()).isFalse();
        assertThat(session.result().deserts().deserts()).hasSize(3).extracting(d -> d.areaM2())
                .as("the middle of the block beside the surgery, 200 m square").contains(40_000.0);
        assertThat(session.status().fraction()).isEqualTo(1);
        assertThat(session.status().text()).startsWith("Done: 3 deserts found, ").endsWith(" 3 facility types, 2 wards.");
        assertThat(events).as("the result is in place before the run is said to be over")
                .containsSubsequence("result 3 deserts", "run IDLE 1.0 " + session.status().text());
    }

    @Test
    void theStatusFollowsEveryProgressReportAsItComes() {
        List<RunStatus> shown = new ArrayList<>();
        List<RunStatus> expected = new ArrayList<>();
        runner = (a, progress, cancelled) -> AnalysisRunner.run(a, (stage, fraction, message) -> {
            progress.progress(stage, fraction, message);
            jobs.ui();
            expected.add(new RunStatus(RunState.RUNNING, fraction, stage + ": " + message));
            shown.add(session.status());
        }, cancelled);
        session.run();
        jobs.all();
        assertThat(shown).isEqualTo(expected);
        assertThat(shown).extracting(RunStatus::fraction).as("the bar moves forward through the stages")
                .startsWith(0.0).contains(0.3, 0.8).isSorted().hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void reportsArrivingTogetherShowTheLatest() {
        runner = (a, progress, cancelled) -> {
            progress.progress("Loading", 0, "Reading");
            progress.progress("Network", 0.05, "Building");
            jobs.ui();
            assertThat(session.status()).isEqualTo(new RunStatus(RunState.RUNNING, 0.05, "Network: Building"));
            throw new CancelledException();
        };
        session.run();
        jobs.all();
        assertThat(events).filteredOn(e -> e.startsWith("run RUNNING")).containsExactly(
                "run RUNNING 0.0 Starting\u2026", "run RUNNING 0.05 Network: Building");
    }

    @Test
    void runIsRefusedWhileARunGoesOn() {
        assertThat(session.run()).isTrue();
        assertThat(session.run()).isFalse();
        assertThat(jobs.waiting()).isEqualTo(1);
        jobs.all();
        assertThat(session.run()).as("offered again once it is over").isTrue();
        jobs.all();
    }

    @Test
    void cancellingStopsTheRunAtItsNextCheck() {
        runner = (a, progress, cancelled) -> {
            progress.progress("Network", 0.05, "Building the walking network");
            jobs.ui();
            session.cancel();
            assertThat(session.status()).isEqualTo(new RunStatus(RunState.CANCELLING, 0.05, "Cancelling\u2026"));
            assertThat(session.isRunning()).as("still running until it stops").isTrue();
            progress.progress("Catchments", 0.3, "network built");
            jobs.ui();
            assertThat(session.status()).isEqualTo(new RunStatus(RunState.CANCELLING, 0.3, "Cancelling\u2026"));
            return AnalysisRunner.run(a, progress, cancelled);
        };
        session.run();
        jobs.all();
        assertThat(session.status()).isEqualTo(new RunStatus(RunState.IDLE, 0, "Cancelled"));
        assertThat(session.result()).isNull();
        assertThat(events).noneMatch(e -> e.startsWith("failed") || e.startsWith("result")).endsWith(
                "run IDLE 0.0 Cancelled", "cancelled");
    }

    @Test
    void aFailedRunIsReportedOnce() {
        runner = (a, progress, cancelled) -> {
            throw new CatchmentException("roads.geojson: no road links");
        };
        session.run();
        jobs.all();
        assertThat(session.status()).isEqualTo(new RunStatus(RunState.IDLE, 0, "Failed"));
        assertThat(events).filteredOn(e -> e.startsWith("failed") || e.equals("cancelled"))
                .containsExactly("failed roads.geojson: no road links");
        assertThat(session.run()).isTrue();
    }

    @Test
    void openingAnotherAnalysisClearsTheResultAndTheStatus() {
        session.run();
        jobs.all();
        assertThat(session.result()).isNotNull();
        events.clear();

        session.open(null, spec("New analysis"));
        assertThat(session.result()).isNull();
        assertThat(session.status()).isEqualTo(RunStatus.READY);
        assertThat(session.document().file()).isNull();
        assertThat(events).containsExactly("result cleared", "run IDLE 0.0 Ready", "document New analysis - Catchment");
    }

    @Test
    void aRunStillGoingWhenAnotherAnalysisOpensIsStoppedAndItsResultDropped() {
        List<Boolean> cancelledSeen = new ArrayList<>();
        runner = (a, progress, cancelled) -> {
            cancelledSeen.add(cancelled.getAsBoolean());
            return AnalysisRunner.run(a, progress, () -> false);
        };
        session.run();
        session.open(null, spec("Other"));
        assertThat(session.isRunning()).as("Run is offered for the new analysis").isFalse();
        jobs.all();
        assertThat(cancelledSeen).containsExactly(true);
        assertThat(session.result()).as("a result of the analysis no longer open").isNull();
        assertThat(session.status()).isEqualTo(RunStatus.READY);
        assertThat(events).noneMatch(e -> e.startsWith("result 3"));
    }

    @Test
    void editsMakeTheDocumentUnsavedAndSavingRebasesThePaths() throws Exception {
        session.edit(tiny.spec().withName("Renamed town"));
        assertThat(session.document().isDirty()).isTrue();
        assertThat(session.document().title()).isEqualTo("Renamed town* - Catchment");
        session.edit(tiny.spec().withName("Renamed town"));
        assertThat(events).as("an edit that changes nothing says nothing").containsExactly(
                "document Renamed town* - Catchment");

        Path copy = dir.resolve("projects/copy.yml");
        Files.createDirectories(copy.getParent());
        AnalysisSpec saved = session.saveTo(copy);
        assertThat(session.document().isDirty()).isFalse();
        assertThat(session.document().file()).isEqualTo(copy);
        assertThat(session.baseDir()).isEqualTo(copy.getParent());
        assertThat(saved.network().roads()).containsExactly("../roads.geojson");
        assertThat(AnalysisFiles.read(copy).spec()).isEqualTo(saved).isEqualTo(session.document().current());
        assertThat(session.document().title()).isEqualTo("Renamed town - Catchment");
    }

    /* Issue 16, item 6: a new analysis says in the app's words what it lacks, and nothing starts. */
    @Test
    void anIncompleteAnalysisIsNotRunAndSaysWhatToAddInTheApp() {
        session.open(null, spec("New analysis"));
        events.clear();
        assertThat(session.run()).isFalse();
        assertThat(session.isRunning()).isFalse();
        assertThat(jobs.waiting()).isZero();
        assertThat(events).containsExactly("run IDLE 0.0 Not run: the analysis has no road network yet",
                "refused The analysis has no road network yet. Add the roads under Network in the Analysis panel"
                + " (Add roads\u2026).");
        assertThat(events).noneMatch(e -> e.contains("network:") || e.contains(".yml"));
    }

    /* Issue 16, item 6: an unsaved analysis has no file, so its messages name none (it named a non-existent untitled.yml). */
    @Test
    void theMessagesOfAnUnsavedAnalysisNameNoFileAndNoLine() {
        AnalysisSpec gone = SpecPaths.map(tiny.spec(), p -> dir.resolve(p).toString()).withFacilities(List.of(tiny.spec().facilities().get(0)
                .toBuilder().layers(List.of(dir.resolve("gone.geojson").toString())).build()));
        session.open(null, gone);
        events.clear();
        session.run();
        jobs.all();
        assertThat(events).contains("failed facilities[0].layer: the file " + dir.resolve("gone.geojson")
                + " does not exist. Paths are relative to the analysis file's folder; check the name and folder.");
        assertThat(events).noneMatch(e -> e.contains("untitled"));
    }

    /**
     * #16 item 6: an analysis not saved yet used to keep its network in {@code untitled.graph-cache}
     * in the working folder, named after a file that does not exist; its network now goes to the
     * per-user cache folder like any other, and nothing is written into the working folder.
     */
    @Test
    void aNewAnalysisNotSavedYetKeepsItsNetworkInTheUsersCacheFolder(@TempDir Path cache) throws Exception {
        String previous = System.setProperty("catchment.cache.dir", cache.toString());
        try (Stream<Path> before = Files.list(Path.of("").toAbsolutePath())) {
            List<Path> working = before.toList();
            AnalysisSpec spec = SpecPaths.map(tiny.spec(), p -> dir.resolve(p).toString());
            AnalysisSession unsaved = new AnalysisSession(jobs, AnalysisRunner::run,
                    spec.withNetwork(spec.network().toBuilder().cache(true).build()));
            try {
                assertThat(unsaved.document().file()).isNull();
                assertThat(unsaved.run()).isTrue();
                jobs.all();
                assertThat(unsaved.result()).isNotNull();
            } finally {
                unsaved.close();
            }
            try (Stream<Path> after = Files.list(Path.of("").toAbsolutePath())) {
                assertThat(after.toList()).as("nothing new in the working folder").containsExactlyInAnyOrderElementsOf(working);
            }
            assertThat(Path.of("untitled.graph-cache")).doesNotExist();
            try (Stream<Path> networks = Files.list(cache.resolve("networks"))) {
                assertThat(networks.filter(p -> !p.getFileName().toString().startsWith(".")).toList()).hasSize(1);
            }
        } finally {
            if (previous == null) {
                System.clearProperty("catchment.cache.dir");
            } else {
                System.setProperty("catchment.cache.dir", previous);
            }
        }
    }

    @Test
    void cancelWithoutARunDoesNothing() {
        session.cancel();
        assertThat(session.status()).isEqualTo(RunStatus.READY);
        assertThat(events).isEmpty();
    }
}
