package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.io.ReadOptions;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.ui.layers.model.AddedLayer;
import org.catchment.ui.layers.model.LayerItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Adding layers, headless: the GeoPackage table picker, the CSV column dialog, use as facility type. */
@ExtendWith(ApplicationExtension.class)
class AddLayerFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private static void waitForDialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void ok(FxRobot robot, String id) {
        robot.clickOn(robot.lookup(id).queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTwoTableGeoPackageAsksWhichTablesAndTheTableBecomesAFacilityType(FxRobot robot) throws Exception {
        double e = TinyTown.E0;
        double n = TinyTown.N0;
        Path gpkg = dir.resolve("facilities.gpkg");
        GeoPackageWriter.write(gpkg, List.of(
                TestLayers.layer("gp", "Elm", "POINT (" + (e + 100) + " " + (n + 100) + ")"),
                TestLayers.layer("parks", "Green", "POLYGON ((" + e + " " + n + ", " + (e + 50) + " " + n + ", "
                        + (e + 50) + " " + (n + 50) + ", " + e + " " + n + "))",
                        "Rec", "POLYGON ((" + (e + 200) + " " + n + ", " + (e + 250) + " " + n + ", "
                        + (e + 250) + " " + (n + 50) + ", " + (e + 200) + " " + n + "))")), Map.of());

        robot.interact(() -> app.window().userLayers().addLayers(List.of(gpkg)));
        waitForDialog(robot, "#tablePicker");
        robot.clickOn("#table-gp");
        ok(robot, "#tablePicker");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        LayerItem parks = app.window().layers().items().get(0);
        assertThat(parks.name()).isEqualTo("parks");
        assertThat(parks.source().size()).isEqualTo(2);
        assertThat(app.window().userLayers().readAs(parks.id())).isEqualTo(AddedLayer.table(gpkg.toAbsolutePath(), "parks"));

        javafx.application.Platform.runLater(() -> app.window().userLayers().useAsFacility(parks.id()));
        waitForDialog(robot, "#facilityDialog");
        robot.interact(() -> {
            robot.lookup("#facilityLabel").queryAs(TextField.class).setText("Parks");
            robot.lookup("#facilityBands").queryAs(TextField.class).setText("5, 10");
        });
        ok(robot, "#facilityDialog");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().form().spec().facilities().size() == 1);
        assertThat(app.window().form().spec().facilities().get(0)).isEqualTo(FacilitySpec.builder("parks").label("Parks")
                .layer(gpkg.toAbsolutePath() + "#parks").bands(5, 10).build());
    }

    @Test
    void aCsvShowsItsDetectedColumnsAndIsReadWithThem(FxRobot robot) throws Exception {
        Path csv = dir.resolve("libraries.csv");
        Files.writeString(csv, "name,Easting,Northing\nCentral," + (TinyTown.E0 + 10) + "," + (TinyTown.N0 + 20)
                + "\nBranch," + (TinyTown.E0 + 300) + "," + (TinyTown.N0 + 40) + "\n");
        robot.interact(() -> app.window().userLayers().addLayers(List.of(csv)));
        waitForDialog(robot, "#csvMapping");
        ok(robot, "#csvMapping");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 1);
        LayerItem libraries = app.window().layers().items().get(0);
        assertThat(libraries.source().size()).isEqualTo(2);
        assertThat(libraries.source().envelope().getMinX()).isEqualTo(TinyTown.E0 + 10, org.assertj.core.data.Offset
                .offset(1e-6));
        assertThat(app.window().userLayers().readAs(libraries.id())).isEqualTo(new AddedLayer(csv.toAbsolutePath(), null, "Easting",
                "Northing", "EPSG:27700", null, null, false));
    }

    /* A list typed by hand with one row still waiting for its coordinates (issue 16, defect 3). */
    @Test
    void aCsvWithABlankCoordinateCanBeAddedWithItsRowsSkippedAndBecomesATypeThatSkipsThem(FxRobot robot)
            throws Exception {
        Path csv = dir.resolve("libraries.csv");
        Files.writeString(csv, "name,Easting,Northing\nCentral," + (TinyTown.E0 + 10) + "," + (TinyTown.N0 + 20)
                + "\nNew branch,,\nBranch," + (TinyTown.E0 + 300) + "," + (TinyTown.N0 + 40) + "\n");
        robot.interact(() -> app.window().userLayers().addLayers(List.of(csv)));
        waitForDialog(robot, "#csvMapping");
        assertThat(robot.lookup("#csvSkipBadRows").queryAs(CheckBox.class).isSelected()).isFalse();
        ok(robot, "#csvMapping");
        waitForDialog(robot, "#errorMessage");
        assertThat(robot.lookup("#errorMessage").queryAs(Label.class).getText()).isEqualTo(csv.toAbsolutePath()
                + ": row 3: the Easting is blank. Correct the row, or add the file again and tick \"Skip rows that cannot be"
                + " placed\".");
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#errorMessage").query().getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> app.window().userLayers().addLayers(List.of(csv)));
        waitForDialog(robot, "#csvMapping");
        robot.clickOn("#csvSkipBadRows");
        ok(robot, "#csvMapping");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 1);
        LayerItem libraries = app.window().layers().items().get(0);
        assertThat(libraries.source().size()).isEqualTo(2);
        assertThat(libraries.source().warnings()).singleElement().asString().endsWith(": 1 row was left out: row 3:"
                + " the Easting is blank.");
        assertThat(app.window().userLayers().readAs(libraries.id()).skipBadRows()).isTrue();

        javafx.application.Platform.runLater(() -> app.window().userLayers().useAsFacility(libraries.id()));
        waitForDialog(robot, "#facilityDialog");
        ok(robot, "#facilityDialog");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().form().spec().facilities().size() == 1);
        assertThat(app.window().form().spec().facilities().get(0).badRowPolicy()).isEqualTo(ReadOptions.BadRowPolicy.SKIP);
    }
}
