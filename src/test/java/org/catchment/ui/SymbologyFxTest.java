package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.MapSpec;
import org.catchment.export.FieldClasses;
import org.catchment.render.MapLayer;
import org.catchment.ui.layers.model.FieldStyleForm;
import org.catchment.ui.layers.model.LayerItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Styles by field and the map saved with the analysis (issue 16, items 11 and 13), on the tiny town
 * after a run, one window for the class, in order: the wards categorized by name and the ward
 * coverage graduated by a share (natural breaks) in the Style dialog, drawn class by class and
 * listed in the legend; then the layer order, visibility, extent and those styles saved in the
 * analysis file's {@code map} section and put back when the file is opened again and run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SymbologyFxTest {

    @RegisterExtension
    static final SharedAppWindow APP = new SharedAppWindow();

    @TempDir
    static Path dir;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openAndRunTinyTown() throws Exception {
        FxSteps.open(new FxRobot(), APP.window(), TinyTown.write(dir), "Wards");
        FxSteps.run(new FxRobot(), APP.window());
    }

    /** Opens a layer's Style dialog, chooses a symbology, a field and classes, and presses OK. */
    private void styleByField(String layer, FieldStyleForm.Symbology symbology, String field,
                              MapSpec.Classes classes) {
        FxSteps.layerMenu(robot, layer, "Style\u2026");
        choose("#styleSymbology", symbology);
        choose("#styleField", field);
        if (classes != null) {
            choose("#styleClasses", classes);
        }
        DialogPane dialog = robot.lookup("#styleDialog").queryAs(DialogPane.class);
        // the button fired as a click does: the dialog may lie partly off Monocle's small screen
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#styleDialog").tryQuery()).as("the dialog closed").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private static String legend(String id) {
        return new FxRobot().lookup((Label l) -> ("legend-" + id).equals(l.getId())).queryAs(Label.class).getText();
    }

    @Test
    @Order(1)
    void categorizedAndGraduatedStylesAreDrawnClassByClassAndListedInTheLegend() throws Exception {
        styleByField("Wards", FieldStyleForm.Symbology.CATEGORIZED, "WD_NAME", null);
        LayerItem wards = FxSteps.layer(APP.window(), "Wards");
        assertThat(wards.classes().entries()).extracting(FieldClasses.Entry::label).containsExactly("East", "West");
        assertThat(wards.drawnLayers()).as("one map layer per category").hasSize(2);
        assertThat(wards.drawnLayers().get(0).style().fill()).isNotEqualTo(wards.drawnLayers().get(1).style().fill());
        assertThat(legend("Wards")).isEqualTo("Wards (WD_NAME)");

        styleByField("Ward coverage", FieldStyleForm.Symbology.GRADUATED, "gp_10_area_share",
                MapSpec.Classes.NATURAL_BREAKS);
        FxSteps.toggle(robot, "Ward coverage");
        LayerItem coverage = FxSteps.layer(APP.window(), "Ward coverage");
        assertThat(coverage.visible()).isTrue();
        FieldClasses c = coverage.classes();
        assertThat(c.field()).isEqualTo("gp_10_area_share");
        assertThat(c.entries()).as("two wards, two shares: two classes").hasSize(2);
        double west = (Double) coverage.source().features().get(0).getAttribute("gp_10_area_share");
        double east = (Double) coverage.source().features().get(1).getAttribute("gp_10_area_share");
        assertThat(west).as("the surgery is in West's corner").isGreaterThan(east);
        assertThat(c.classOf(0)).as("West in the higher class").isEqualTo(1);
        assertThat(c.classOf(1)).isEqualTo(0);
        assertThat(legend("Ward coverage")).isEqualTo("Ward coverage (gp_10_area_share)");
        List<MapLayer> drawn = APP.window().layers().drawn();
        assertThat(drawn).as("the map draws the classes").containsAll(coverage.drawnLayers());
        FxSteps.rendered(robot, APP.window().map());
    }

    @Test
    @Order(2)
    void theMapIsSavedWithTheAnalysisAndPutBackWhenItOpensAgain() throws Exception {
        MainWindow w = APP.window();
        FxSteps.layerMenu(robot, "Railway", "Move down");
        FxSteps.toggle(robot, "Wards");
        Envelope view = new Envelope(TinyTown.E0 + 200, TinyTown.E0 + 800, TinyTown.N0 + 300, TinyTown.N0 + 700);
        robot.interact(() -> w.map().zoomTo(view));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> order = names(w);
        Envelope shown = w.map().viewport().envelope();
        assertThat(FxSteps.layer(w, "Wards").visible()).isFalse();

        Path saved = dir.resolve("saved.yml");
        robot.interact(() -> w.saveTo(saved));
        String yml = Files.readString(saved);
        assertThat(yml).contains("map:").contains("extent:").contains("name: Ward coverage")
                .contains("field: gp_10_area_share").contains("classes: natural_breaks").contains("field: WD_NAME")
                .contains("classes: categories");
        MapSpec map = AnalysisFiles.read(saved).spec().map();
        assertThat(map.layer("Wards").visible()).isFalse();
        assertThat(map.layer("Ward coverage").style().field()).isEqualTo("gp_10_area_share");

        FxSteps.open(robot, w, TinyTown.write(Files.createDirectories(dir.resolve("other"))), "Wards");
        assertThat(FxSteps.layer(w, "Wards").classes()).as("another analysis: the standard styles").isNull();
        FxSteps.open(robot, w, saved, "Wards");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxSteps.layer(w, "Wards").visible()).isFalse();
        assertThat(FxSteps.layer(w, "Wards").classes().field()).isEqualTo("WD_NAME");
        assertThat(names(w)).as("the inputs in their saved order")
                .isEqualTo(order.stream().filter(n -> names(w).contains(n)).toList());
        assertThat(w.map().viewport().centreX()).isCloseTo(shown.centre().x, within(1.0));
        assertThat(w.map().viewport().centreY()).isCloseTo(shown.centre().y, within(1.0));
        assertThat(w.map().viewport().envelope().getWidth()).isCloseTo(shown.getWidth(), within(2.0));

        FxSteps.run(robot, w);
        assertThat(names(w)).as("the results take their saved places").isEqualTo(order);
        LayerItem coverage = FxSteps.layer(w, "Ward coverage");
        assertThat(coverage.visible()).isTrue();
        assertThat(coverage.classes().field()).isEqualTo("gp_10_area_share");
    }

    private static List<String> names(MainWindow w) {
        return w.layers().items().stream().map(LayerItem::name).toList();
    }
}
