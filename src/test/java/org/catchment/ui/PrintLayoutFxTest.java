package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javax.imageio.ImageIO;
import org.catchment.analysis.AtlasOf;
import org.catchment.export.Atlas;
import org.catchment.render.MapDocument;
import org.catchment.render.MapRenderer;
import org.catchment.render.PageOptions;
import org.catchment.ui.export.ExportDialog;
import org.catchment.ui.export.model.PrintLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The print layout and atlas in the app (issue 16, item 12), on the tiny town (wards West and
 * East): the choices made in the dialog (title, subtitle, custom size, resolution, no legend, the
 * scale bar top right, no north arrow) come back as the request, and the page written is exactly
 * the page the renderer draws with those choices (and not the default page); a ward chosen as the
 * area gives that ward's page (the ward framed, the rest dimmed); an atlas writes one page per
 * ward into an atlas folder.
 */
@ExtendWith(ApplicationExtension.class)
class PrintLayoutFxTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private void openTinyTown(FxRobot robot) throws Exception {
        Path analysis = TinyTown.write(dir);
        robot.interact(() -> app.window().open(analysis));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().layers().items().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the dialog over the current map and the tiny town's wards; {@code choose} fills it in; OK. */
    private PrintLayout.Request ask(FxRobot robot, Runnable choose) throws Exception {
        AtomicReference<Optional<PrintLayout.Request>> answer = new AtomicReference<>();
        MapDocument current = app.window().currentMap();
        Platform.runLater(() -> answer.set(ExportDialog.ask(app.window().stage(),
                List.of(new ExportDialog.MapChoice("Current map", current.title(), null)), List.of("West", "East"),
                false, false, new PrintLayout(app.window().form().spec().output(), current.title()))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#printLayoutDialog").tryQuery().isPresent());
        robot.interact(choose);
        DialogPane dialog = robot.lookup("#printLayoutDialog").queryAs(DialogPane.class);
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answer.get() != null);
        return answer.get().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void select(FxRobot robot, String id, String item) {
        robot.lookup(id).queryAs(ChoiceBox.class).getSelectionModel().select(item);
    }

    @Test
    void theDialogsChoicesTakeEffectOnThePage(FxRobot robot) throws Exception {
        openTinyTown(robot);
        PrintLayout.Request req = ask(robot, () -> {
            robot.lookup("#printTitle").queryTextInputControl().setText("Walking access in Tiny town");
            robot.lookup("#printSubtitle").queryTextInputControl().setText("Draft for the ward panel");
            select(robot, "#printPaper", "Custom size (px)");
            robot.lookup("#exportWidth").queryTextInputControl().setText("1000");
            robot.lookup("#exportHeight").queryTextInputControl().setText("700");
            robot.lookup("#exportDpi").queryTextInputControl().setText("110");
            select(robot, "#printLegend", "None");
            select(robot, "#printScaleBar", "Top right");
            robot.lookup("#printNorthArrow").queryAs(CheckBox.class).setSelected(false);
        });
        assertThat(req).isEqualTo(new PrintLayout.Request(0, -1, "Walking access in Tiny town", "Draft for the ward panel",
                1000, 700, 110, new PageOptions(PageOptions.LegendPlace.NONE, PageOptions.Corner.TOP_RIGHT, false),
                false, AtlasOf.NONE));

        Path png = dir.resolve("page.png");
        robot.interact(() -> app.window().exports().print(app.window().currentMap(), png, req));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(png));
        BufferedImage written = ImageIO.read(png.toFile());
        MapDocument expected = app.window().currentMap().toBuilder().title("Walking access in Tiny town")
                .subtitle("Draft for the ward panel").basemap(null).build();
        assertThat(pixels(written)).as("the page drawn with the dialog's choices")
                .isEqualTo(pixels(MapRenderer.renderPage(expected, 1000, 700, 110, req.options())));
        assertThat(pixels(written)).as("not the default layout")
                .isNotEqualTo(pixels(MapRenderer.renderPage(expected, 1000, 700, 110, PageOptions.DEFAULT)));
    }

    @Test
    void anA3PortraitPageOfOneWard(FxRobot robot) throws Exception {
        openTinyTown(robot);
        PrintLayout.Request req = ask(robot, () -> {
            select(robot, "#printPlace", "Ward: East");
            select(robot, "#printPaper", "A3");
            select(robot, "#printOrientation", "Portrait");
            robot.lookup("#exportDpi").queryTextInputControl().setText("72");
        });
        assertThat(req.place()).isEqualTo(1);
        assertThat(req.widthPx()).as("297 mm at 72 dpi").isEqualTo(842);
        assertThat(req.heightPx()).as("420 mm at 72 dpi").isEqualTo(1191);
        Path png = dir.resolve("east.png");
        robot.interact(() -> app.window().exports().print(app.window().currentMap(), png, req));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(png));
        BufferedImage page = ImageIO.read(png.toFile());
        assertThat(page.getWidth()).isEqualTo(842);
        assertThat(page.getHeight()).isEqualTo(1191);
        MapDocument current = app.window().currentMap().toBuilder().basemap(null).build();
        assertThat(pixels(page)).as("the page of the ward East (x 600 to 1300 m)")
                .isEqualTo(pixels(wardPage(current, "East", 600, 1300, req)));
        assertThat(pixels(page)).isNotEqualTo(pixels(wardPage(current, "West", -100, 600, req)));
    }

    /** @return the page of a tiny-town ward, from its outline (x from west to east, y -100 to 1300 m) */
    private static BufferedImage wardPage(MapDocument doc, String name, double west, double east, PrintLayout.Request req) {
        double e0 = TinyTown.E0;
        double n0 = TinyTown.N0;
        org.locationtech.jts.geom.Geometry ward = new org.locationtech.jts.geom.GeometryFactory().toGeometry(
                new org.locationtech.jts.geom.Envelope(e0 + west, e0 + east, n0 - 100, n0 + 1300));
        MapDocument page = Atlas.pages(doc, req.title(), "ward", List.of(new Atlas.Place(name, ward, null))).get(0)
                .document();
        return MapRenderer.renderPage(page, req.widthPx(), req.heightPx(), req.dpi(), req.options());
    }

    @Test
    void anAtlasWritesOnePagePerWardIntoItsFolder(FxRobot robot) throws Exception {
        openTinyTown(robot);
        PrintLayout.Request req = ask(robot, () -> {
            select(robot, "#printPages", "An atlas: one page per ward");
            select(robot, "#printPaper", "Custom size (px)");
            robot.lookup("#exportWidth").queryTextInputControl().setText("800");
            robot.lookup("#exportHeight").queryTextInputControl().setText("560");
            robot.lookup("#exportDpi").queryTextInputControl().setText("96");
        });
        assertThat(req.atlas()).isEqualTo(AtlasOf.WARDS);
        Path folder = dir.resolve("report").resolve("atlas");
        robot.interact(() -> app.window().exports().atlas(app.window().currentMap(), folder, req));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().statusText().startsWith("Exported 2 atlas"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("ward_east.png", "ward_west.png");
        }
        assertThat(ImageIO.read(folder.resolve("ward_west.png").toFile()).getWidth()).isEqualTo(800);
        try (Stream<Path> files = Files.list(folder.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no staging folder left").containsExactly("atlas");
        }
    }

    private static List<Integer> pixels(BufferedImage img) {
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return java.util.Arrays.stream(px).boxed().toList();
    }
}
