package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.catchment.layer.Layer;
import org.catchment.ui.map.MapView;
import org.catchment.ui.map.model.Measurement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map's tools in the app (issue 16, item 13) on the tiny town, one window for the class:
 * measuring a distance and an area by clicking the map (Ctrl+M, Ctrl+Shift+M; lengths and areas
 * with known answers, in the analysis's working CRS); finding a ward, a facility or a postcode (of
 * the analysis's postcode lookup) and zooming to it; going to a coordinate, in the map's CRS or as
 * a longitude and latitude; Help listing the keyboard shortcuts and opening the user guide.
 */
class MapToolsFxTest {

    @RegisterExtension
    static final SharedAppWindow APP = new SharedAppWindow();

    @TempDir
    static Path dir;

    private final FxRobot robot = new FxRobot();

    /** The tiny town with a CSV of pharmacies placed by postcode through a Code-Point Open lookup. */
    @BeforeAll
    static void openTinyTown() throws Exception {
        Path analysis = TinyTown.write(dir);
        Files.writeString(dir.resolve("pharmacies.csv"), "name,postcode\nHigh Street Pharmacy,TT1 1AA\n");
        Files.writeString(dir.resolve("codepoint.csv"), "\"TT1 1AA\",10,350400,400800,\"E92000001\",\"\",\"\",\"\","
                + "\"\",\"\"\n\"TT1 9ZZ\",10,351000,400200,\"E92000001\",\"\",\"\",\"\",\"\",\"\"\n");
        String yml = Files.readString(analysis).replace("deserts:", """
                  - type: pharmacies
                    label: Pharmacies
                    layer: pharmacies.csv
                    name_field: name
                    postcode_lookup: codepoint.csv
                    bands_min: [5, 10]
                deserts:""");
        Files.writeString(analysis, yml, StandardCharsets.UTF_8);
        FxSteps.open(new FxRobot(), APP.window(), analysis, "Pharmacies");
    }

    @BeforeEach
    void showTheTown() {
        robot.interact(() -> {
            APP.window().mapTools().setTool(MapTools.Tool.IDENTIFY);
            APP.window().map().zoomTo(new Envelope(TinyTown.E0 - 100, TinyTown.E0 + 1300, TinyTown.N0 - 100,
                    TinyTown.N0 + 1300));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MapView map() {
        return APP.window().map();
    }

    /** Clicks the map at a point of the town (metres from its south-west corner). */
    private void click(double x, double y) {
        robot.clickOn(FxSteps.screen(map(), TinyTown.E0 + x, TinyTown.N0 + y));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void doubleClick(double x, double y) {
        robot.doubleClickOn(FxSteps.screen(map(), TinyTown.E0 + x, TinyTown.N0 + y));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return how far a click may land from the point aimed at: a pixel each way, in metres */
    private double clickError() {
        return Math.sqrt(2) * map().viewport().mPerPx();
    }

    @Test
    void aDistanceAndAnAreaAreMeasuredOnTheMap() {
        robot.clickOn(map());
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(APP.window().mapTools().tool()).isEqualTo(MapTools.Tool.DISTANCE);
        click(0, 0);
        click(800, 0);
        doubleClick(800, 600);
        Measurement distance = APP.window().mapTools().measurement();
        assertThat(distance.finished()).as("a double-click finishes").isTrue();
        assertThat(distance.points()).hasSize(3);
        assertThat(distance.lengthM()).as("800 m east, then 600 m north").isCloseTo(1400, within(3 * clickError()));
        assertThat(APP.window().statusText()).startsWith("Distance 1.40 km (2 segments).");
        assertThat(map().highlight().geometry().getLength()).isEqualTo(distance.lengthM());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(APP.window().mapTools().tool()).isEqualTo(MapTools.Tool.AREA);
        click(400, 400);
        click(800, 400);
        click(800, 800);
        doubleClick(400, 800);
        Measurement area = APP.window().mapTools().measurement();
        assertThat(area.areaM2()).as("the block of 400 m by 400 m: 16 ha")
                .isCloseTo(160_000, within(1600 * clickError()));
        assertThat(area.lengthM()).isCloseTo(1600, within(4 * clickError()));
        assertThat(APP.window().statusText()).matches("Area 1[56]\\.\\d\\d ha \\(1[56]\\d,\\d{3} m\u00b2\\),"
                + " perimeter 1\\.[56]\\d km\\. Click to start again\\.");
        assertThat(map().highlight().geometry().getArea()).isCloseTo(area.areaM2(), within(0.01));

        robot.type(KeyCode.ESCAPE);
        assertThat(APP.window().mapTools().tool()).as("Esc stops measuring").isEqualTo(MapTools.Tool.IDENTIFY);
        assertThat(map().highlight()).isNull();
    }

    /** Types into the find box and presses Enter. */
    private void find(String text) {
        robot.interact(() -> robot.lookup("#placeSearch").queryTextInputControl().clear());
        robot.clickOn("#placeSearch").write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWardAFacilityAndAPostcodeAreFoundAndShown() throws Exception {
        find("east");
        Layer wards = FxSteps.layer(APP.window(), "Wards").source();
        assertThat(map().highlight().geometry()).isEqualTo(Layer.geometry(wards.features().get(1)));
        assertThat(map().viewport().centreX()).as("East runs from x = 600 to 1300")
                .isCloseTo(TinyTown.E0 + 950, within(1.0));
        assertThat(APP.window().statusText()).isEqualTo("Found East (Wards).");

        find("Elm Road Surgery");
        assertThat(map().highlight().geometry()).isInstanceOf(Point.class);
        assertThat(map().highlight().geometry().getCoordinate()).isEqualTo(new Coordinate(TinyTown.E0, TinyTown.N0));
        assertThat(map().viewport().envelope().getWidth()).as("a point is shown at a street scale")
                .isGreaterThanOrEqualTo(MapTools.POINT_VIEW_M);

        find("tt1 1aa");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> APP.window().statusText().startsWith("Found TT1"));
        assertThat(map().highlight().geometry().getCoordinate()).as("the lookup's centroid")
                .isEqualTo(new Coordinate(350_400, 400_800));
        assertThat(map().viewport().centreX()).isCloseTo(350_400, within(1.0));
        assertThat(map().viewport().centreY()).isCloseTo(400_800, within(1.0));

        find("TT9 9ZZ");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> APP.window().statusText().startsWith("Nothing"));
        assertThat(APP.window().statusText())
                .isEqualTo("Nothing is named \"TT9 9ZZ\" and no postcode lookup of the analysis lists it.");

        find("r");
        assertThat(APP.window().mapTools().listed()).as("several places: a list to choose from").extracting(
                m -> m.getText()).contains("Elm Road Surgery (GP surgeries)", "Central Library (Libraries)");
    }

    @Test
    void goToACoordinateInTheMapsCrsOrAsLongitudeAndLatitude() {
        robot.clickOn(map());
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#gotoDialog .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Go to a coordinate");
        fill("#gotoX", "350300");
        fill("#gotoY", "north");
        robot.clickOn("OK");
        assertThat(robot.lookup("#gotoError").queryAs(Label.class).getText()).as("the dialog stays open")
                .isNotEmpty();
        fill("#gotoY", "401100");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().highlight().geometry().getCoordinate()).isEqualTo(new Coordinate(350_300, 401_100));
        assertThat(map().viewport().centreX()).isCloseTo(350_300, within(1.0));
        assertThat(map().viewport().centreY()).isCloseTo(401_100, within(1.0));

        robot.clickOn(map());
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<?> axes = robot.lookup("#gotoAxes").queryAs(ChoiceBox.class);
        robot.interact(() -> axes.getSelectionModel().select(1));
        // as in CrsTest (PROJ 9.1.1 cs2cs): EPSG:27700 (351000, 395000) is -2.739277, 53.449471
        fill("#gotoX", "-2.739277");
        fill("#gotoY", "53.449471");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Coordinate c = map().highlight().geometry().getCoordinate();
        assertThat(c.x).isCloseTo(351_000, within(2.0));
        assertThat(c.y).isCloseTo(395_000, within(2.0));
    }

    private void fill(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryTextInputControl().setText(text));
    }

    @Test
    void helpListsTheShortcutsAndOpensTheUserGuide() throws Exception {
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        WaitForAsyncUtils.waitForFxEvents();
        GridPane grid = robot.lookup("#shortcutsTable").queryAs(GridPane.class);
        List<String> cells = grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(cells).containsSubsequence("Ctrl+T", "View > Attribute table")
                .containsSubsequence("Ctrl+F", "View > Find a place")
                .containsSubsequence("Ctrl+G", "View > Go to coordinate")
                .containsSubsequence("Ctrl+M", "View > Measure distance")
                .containsSubsequence("Ctrl+R", "Analysis > Run")
                .containsSubsequence("F1", "Help > User guide")
                .containsSubsequence("Double-click", "Finish a distance or area");
        robot.clickOn(robot.lookup("#shortcutsDialog .button").queryAs(Node.class));

        AtomicReference<String> opened = new AtomicReference<>();
        Path help = dir.resolve("help");
        robot.interact(() -> {
            APP.window().setHelpDir(help);
            APP.window().setOpenDocument(opened::set);
        });
        robot.clickOn(map());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.get() != null);
        Path page = Path.of(java.net.URI.create(opened.get()));
        assertThat(page).isEqualTo(help.resolve("user-guide.html"));
        assertThat(Files.readString(page)).contains("<h2>Keyboard shortcuts</h2>");
    }
}
