package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.render.Palette;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.map.MapView;
import org.catchment.ui.table.AttributeTableView;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The attribute table (issue 16, item 9) on the tiny town, one window for the class: opened from a
 * layer's menu under the map; sorted by a column header; filtered by CQL (a wrong filter said in
 * red) and searched; a row chosen is outlined on the map, which zooms to it; a ward clicked on the
 * map selects its row; the rows shown are exported as CSV; a layer of 50,000 points opens with
 * only the rows in sight made.
 */
class AttributeTableFxTest {

    @RegisterExtension
    static final SharedAppWindow APP = new SharedAppWindow();

    @TempDir
    static Path dir;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openTinyTown() throws Exception {
        FxSteps.open(new FxRobot(), APP.window(), TinyTown.write(dir), "Wards");
    }

    private AttributeTableView openWards() {
        FxSteps.layerMenu(robot, "Wards", "Open attribute table");
        return APP.window().tables().view();
    }

    /** Empties a text field, then types into it. */
    private void type(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryTextInputControl().clear());
        robot.clickOn(id);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return the table's row cell showing a row */
    private javafx.scene.Node row(int index) {
        return robot.lookup("#attributeTable .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == index).query();
    }

    private static List<String> column(TableView<Integer> table, int c) {
        List<String> out = new ArrayList<>();
        for (Integer row : table.getItems()) {
            out.add(String.valueOf(table.getColumns().get(c).getCellData(row)));
        }
        return out;
    }

    @Test
    void theTableIsSortedFilteredAndSearched() {
        AttributeTableView view = openWards();
        TableView<Integer> table = view.table();
        assertThat(table.getColumns()).extracting(TableColumn::getText).containsExactly("WD_NAME");
        assertThat(column(table, 0)).containsExactly("West", "East");
        assertThat(robot.lookup("#tableCount").queryAs(Label.class).getText()).isEqualTo("2 features");

        robot.clickOn(robot.lookup("#attributeTable .column-header").match(n -> n.lookup(".label") instanceof Label l
                && "WD_NAME".equals(l.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column(table, 0)).as("sorted by name").containsExactly("East", "West");

        type("#tableFilter", "WD_NAME = 'West'");
        robot.type(KeyCode.ENTER);
        assertThat(column(table, 0)).containsExactly("West");
        assertThat(robot.lookup("#tableCount").queryAs(Label.class).getText()).isEqualTo("1 of 2 features");
        type("#tableFilter", "population > 10");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#tableFilterError").queryAs(Label.class).getText())
                .isEqualTo("Wards has no field population; its fields are WD_NAME");
        assertThat(column(table, 0)).as("the rows stay as they were").containsExactly("West");
        type("#tableFilter", "");
        robot.type(KeyCode.ENTER);
        type("#tableSearch", "EA");
        assertThat(column(table, 0)).containsExactly("East");
    }

    @Test
    void aRowChosenIsOutlinedAndShownAndAWardClickedOnTheMapSelectsItsRow() throws Exception {
        AttributeTableView view = openWards();
        MapView map = APP.window().map();
        robot.interact(() -> map.zoomTo(APP.window().layers().extent()));
        robot.clickOn(row(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.selectedFeatures()).containsExactly(1);
        Geometry east = Layer.geometry(FxSteps.layer(APP.window(), "Wards").source().features().get(1));
        assertThat(map.highlight().geometry()).isEqualTo(east);
        assertThat(map.viewport().centreX()).as("zoomed to East, x from 600 to 1300")
                .isEqualTo(TinyTown.E0 + 600 + (1300 - 600) / 2.0, org.assertj.core.data.Offset.offset(1.0));

        robot.interact(() -> map.zoomTo(APP.window().layers().extent()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(FxSteps.screen(map, TinyTown.E0 + 200, TinyTown.N0 + 1000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.selectedFeatures()).as("West clicked on the map").containsExactly(0);
        assertThat(map.highlight().geometry()).isEqualTo(Layer.geometry(
                FxSteps.layer(APP.window(), "Wards").source().features().get(0)));
    }

    @Test
    void theRowsShownAreExportedAsCsv() throws Exception {
        AttributeTableView view = openWards();
        type("#tableSearch", "st");
        Path csv = dir.resolve("wards.csv");
        robot.interact(() -> view.exportTo(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv));
        assertThat(Files.readString(csv)).isEqualTo("WD_NAME\nWest\nEast\n");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> APP.window().statusText().startsWith("Exported 2 rows"));
    }

    @Test
    void aLargeLayerOpensWithOnlyTheRowsInSightMade() throws Exception {
        LayerItem[] big = new LayerItem[1];
        robot.interact(() -> big[0] = APP.window().layers().add(LayerItem.Group.USER, "points", points(50_000),
                Palette.roads()));
        robot.interact(() -> APP.window().tables().open(big[0].id()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Integer> table = APP.window().tables().view().table();
        assertThat(table.getItems()).hasSize(50_000);
        assertThat(robot.lookup("#attributeTable .table-row-cell").queryAll().size()).as("virtualised")
                .isLessThan(100);
        robot.interact(() -> table.scrollTo(40_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attributeTable .table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && "p40000".equals(c.getText()))
                .count()).isEqualTo(1);
        robot.interact(() -> APP.window().layers().remove(big[0].id()));
        assertThat(APP.window().tables().isOpen()).as("its layer removed, the table closes").isFalse();
    }

    private static Layer points(int n) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("points");
        tb.setCRS(Crs.epsg(27700));
        tb.add("geom", Point.class);
        tb.add("id", String.class);
        tb.add("value", Double.class);
        SimpleFeatureType type = tb.buildFeatureType();
        GeometryFactory gf = new GeometryFactory();
        List<SimpleFeature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            features.add(SimpleFeatureBuilder.build(type, new Object[] {gf.createPoint(new Coordinate(
                    TinyTown.E0 + i % 1000, TinyTown.N0 + i / 1000.0)), "p" + i, i * 0.5}, "points." + i));
        }
        return Layer.of("points", type, features);
    }
}
