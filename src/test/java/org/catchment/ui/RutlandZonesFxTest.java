package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.RunZones;
import org.catchment.overlay.Zone;
import org.catchment.ui.layers.model.LayerItem;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Rutland example opened in the app shows the zones the command line uses: its study area is
 * OpenStreetMap's residential land ({@code study_area.filter: fclass = 'residential'}), and the
 * map's ward layer and the panel's "Wards to include" hold exactly the run's zones (issue 16,
 * defect 1: the app drew every landuse polygon and listed nature reserves and recreation grounds).
 */
@ExtendWith(ApplicationExtension.class)
class RutlandZonesFxTest {

    private static final Path RUTLAND = Path.of("data/rutland/analysis.yml");

    @RegisterExtension
    final AppWindow app = new AppWindow();

    @Test
    void theMapAndTheWardListShowTheZonesOfTheRun(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().open(RUTLAND));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().layers().items().stream()
                .anyMatch(i -> i.group() == LayerItem.Group.INPUT && i.name().equals("Wards")));
        WaitForAsyncUtils.waitForFxEvents();
        Analysis run = AnalysisFiles.read(RUTLAND);

        LayerItem wards = app.window().layers().items().stream().filter(i -> i.name().equals("Wards")).findFirst()
                .orElseThrow();
        assertThat(wards.source().features()).extracting(SimpleFeature::getID).hasSize(139)
                .containsExactlyElementsOf(RunZones.layer(run).features().stream().map(SimpleFeature::getID).toList());
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#wardList").queryAs(ListView.class);
        assertThat(list.getItems()).containsExactlyElementsOf(RunZones.zones(run).stream().map(Zone::name).distinct()
                .toList()).doesNotContain("Rutland Water Nature Reserve");
    }
}
