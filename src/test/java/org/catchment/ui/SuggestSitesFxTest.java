package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.export.SiteOutputs;
import org.catchment.layer.Layer;
import org.catchment.scenario.Comparison;
import org.catchment.siting.Candidates;
import org.catchment.siting.SiteSelection;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.whatif.model.SiteSuggestions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Suggest sites..." in the whole window on the sample town (copied to a temporary folder): one
 * library site from a 400 m grid is the pick the siting engine gives headless on the same result,
 * drawn on the map as a numbered site; "Make scenario" adds a scenario listed in the chooser whose
 * comparison gains the residents the pick said, and one undo takes it back.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestSitesFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    @Test
    void suggestOneLibraryAndMakeItAScenario(FxRobot robot) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("data/sample"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        robot.interact(() -> app.window().open(dir.resolve("analysis.yml")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().layers().items().size() >= 10);
        robot.interact(app.window()::run);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.window().result() != null && !app.window().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(app.window()::showWhatIfPanel);
        SiteSuggestions suggestions = app.window().whatIf().suggestions();

        // the dialog waits for its answer, so the button is fired without waiting for it
        javafx.application.Platform.runLater(() -> robot.lookup("#suggestSites").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#suggestK").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#suggestType").queryAs(ChoiceBox.class).getSelectionModel().select("Libraries");
            robot.lookup("#suggestK").queryAs(Spinner.class).getValueFactory().setValue(1);
            robot.lookup("#suggestSpacing").queryAs(TextField.class).setText("400");
        });
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !suggestions.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestions.rows()).as(suggestions.message()).hasSize(1);
        SiteSuggestions.Row row = suggestions.rows().get(0);

        AnalysisResult result = app.window().result();
        SiteSelection.Setting s = SiteSelection.setting(result, "libraries");
        Candidates c = Candidates.place(result.network(), Candidates.grid(result.network(), s.within(), 400),
                s.existing().options());
        SiteSelection.Pick headless = SiteSelection.run(s, c, 1, ProgressListener.NONE, () -> false).picks().get(0);
        Coordinate at = headless.candidate().site().geometry().getCoordinate();
        assertThat(row.name()).isEqualTo(headless.name());
        assertThat(new Coordinate(row.x(), row.y())).isEqualTo(at);
        assertThat(row.gain()).isCloseTo(headless.gain(), within(1e-6)).isGreaterThan(100);

        LayerItem sites = app.window().layers().items().stream().filter(i -> i.name().equals(SiteOutputs.SITES_LEGEND))
                .findFirst().orElseThrow();
        assertThat(sites.source().features()).hasSize(1);
        assertThat(Layer.geometry(sites.source().features().get(0)).getCoordinate()).isEqualTo(at);
        assertThat(sites.source().features().get(0).getAttribute("residents_gained")).isEqualTo(row.gain());
        assertThat(robot.lookup("#suggestState").queryLabeled().getText()).contains("1 Libraries sites from");

        robot.interact(() -> robot.lookup("#makeScenario-1").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !app.window().whatIf().model().isBusy()
                && app.window().whatIf().model().view().scenario() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scenarioChooser").queryComboBox().getItems()).contains("sites_libraries_1");
        assertThat(robot.lookup("#scenarioChooser").queryComboBox().getValue()).isEqualTo("sites_libraries_1");
        assertThat(app.window().whatIf().model().book().current().orElseThrow().add()).containsExactly(
                ScenarioSpec.Add.point("libraries", at.x, at.y, row.name()));
        Comparison comparison = app.window().whatIf().model().view().comparison();
        assertThat(comparison.servedAccess("libraries").orElseThrow().gainedResidents())
                .as("the comparison gains the residents the pick said").isCloseTo(row.gain(), within(1e-6));
        assertThat(app.window().whatIf().comparison().summaryText()).contains("0 closed, 1 added");
        assertThat(app.window().layers().items()).extracting(LayerItem::name).contains(SiteOutputs.SITES_LEGEND);

        robot.interact(() -> robot.lookup("#whatIfUndo").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().whatIf().model().book().names()).doesNotContain("sites_libraries_1");
    }
}
