package org.catchment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.catchment.network.WalkingNetwork;
import org.catchment.ui.model.TiledResults;
import org.catchment.ui.results.model.PlaceTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Identify on a tiled result gives the untiled result's walking minutes: the sample town (copied to
 * a temporary folder, without its scenarios) is run in one piece in the app and points are clicked,
 * one with the mouse and two a metre from a grid line whose nearest street node lies across it;
 * then the same analysis with {@code tiles: {grid_km: 2}} is run and the same points identified.
 * Each click first says the times are being worked out (the tile's network is read again in the
 * background: the click returns at once), then shows the same nearest-node distance and the same
 * minutes to 1e-9 and facilities as the untiled run.
 */
@ExtendWith(ApplicationExtension.class)
class TiledIdentifyFxTest {

    private static final double GRID = 2000;

    @TempDir
    Path dir;

    @RegisterExtension
    final AppWindow app = new AppWindow();

    private Path analysis(String name, String extra) throws Exception {
        String text = Files.readString(dir.resolve("analysis.yml")).replaceAll("(?s)scenarios:\n.*?output:", "output:");
        Path file = dir.resolve(name);
        Files.writeString(file, text + extra);
        return file;
    }

    @Test
    void identifyOnATiledResultGivesTheUntiledMinutes(FxRobot robot) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("data/sample"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        FxSteps.open(robot, app.window(), analysis("whole.yml", ""), "Wards");
        FxSteps.run(robot, app.window());
        assertThat(app.window().result().tiled()).isFalse();

        Point2D click = FxSteps.screen(app.window().map(), 353_350, 391_120);
        robot.clickOn(click.getX(), click.getY());
        WaitForAsyncUtils.waitForFxEvents();
        List<Coordinate> points = new ArrayList<>();
        points.add(app.window().identifyView().shownAt());
        WalkingNetwork network = app.window().result().network();
        Geometry area = app.window().result().studyArea().area();
        points.add(besideTheSeam(network, area, true));
        points.add(besideTheSeam(network, area, false));
        List<PlaceTimes.Place> untiled = new ArrayList<>();
        for (Coordinate p : points) {
            robot.interact(() -> app.window().identifyAt(p));
            untiled.add(app.window().identifyView().shownPlace());
        }
        assertThat(untiled).doesNotContainNull();
        assertThat(untiled).flatExtracting(PlaceTimes.Place::types).extracting(PlaceTimes.TypeTime::text)
                .anyMatch(t -> t.contains(" min to ")).anyMatch(t -> t.startsWith("more than "));

        FxSteps.open(robot, app.window(), analysis("tiled.yml", "tiles: {grid_km: 2}\n"), "Wards");
        FxSteps.run(robot, app.window());
        assertThat(app.window().result().tiled()).isTrue();
        for (int i = 0; i < points.size(); i++) {
            Coordinate p = points.get(i);
            AtomicBoolean working = new AtomicBoolean();
            robot.interact(() -> {
                app.window().identifyAt(p);
                working.set(robot.lookup("#placeTimesWorking").tryQuery().isPresent()
                        && app.window().identifyView().shownPlace() == null);
            });
            assertThat(working).as("the click returns at once, saying the times are being worked out").isTrue();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().identifyView().shownPlace() != null);
            WaitForAsyncUtils.waitForFxEvents();
            PlaceTimes.Place t = app.window().identifyView().shownPlace();
            PlaceTimes.Place u = untiled.get(i);
            assertThat(t.offsetM()).as("at " + p).isCloseTo(u.offsetM(), within(1e-9));
            for (int k = 0; k < u.types().size(); k++) {
                PlaceTimes.TypeTime a = t.types().get(k);
                PlaceTimes.TypeTime b = u.types().get(k);
                assertThat(a.text()).as("at " + p).isEqualTo(b.text());
                if (Double.isNaN(b.minutes())) {
                    assertThat(a.minutes()).isNaN();
                } else {
                    assertThat(a.minutes()).as("at " + p + " " + b.label()).isCloseTo(b.minutes(), within(1e-9));
                }
            }
            assertThat(robot.lookup("#placeTimesWorking").tryQuery()).isEmpty();
            assertThat(robot.lookup((Label l) -> u.types().get(0).text().equals(l.getText())).tryQuery()).isPresent();
        }

        robot.clickOn(click.getX(), click.getY());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().identifyView().shownPlace() != null);
        assertThat(app.window().identifyView().shownAt()).isEqualTo(points.get(0));
        assertThat(app.window().identifyView().shownPlace().types()).extracting(PlaceTimes.TypeTime::text)
                .isEqualTo(untiled.get(0).types().stream().map(PlaceTimes.TypeTime::text).toList());
        assertThat(robot.lookup("#noPlaceTimes").tryQuery()).isEmpty();
        assertThat(TiledResults.WORKING).contains("tiles");
    }

    /**
     * @return a point of the study area a metre from its first inner grid line (x = line when
     *     {@code vertical}, else y = line) whose nearest street node, within 60 m, lies across it
     */
    private static Coordinate besideTheSeam(WalkingNetwork network, Geometry area, boolean vertical) {
        Envelope e = area.getEnvelopeInternal();
        double line = vertical ? GRID * Math.ceil(e.getMinX() / GRID) : GRID * Math.ceil(e.getMinY() / GRID);
        double from = vertical ? e.getMinY() : e.getMinX();
        double to = vertical ? e.getMaxY() : e.getMaxX();
        for (double along = from; along < to; along += 10) {
            for (int side : new int[] {-1, 1}) {
                Coordinate p = vertical ? new Coordinate(line + side, along) : new Coordinate(along, line + side);
                int best = -1;
                double bestD = Double.POSITIVE_INFINITY;
                for (int n = 0; n < network.nodeCount(); n++) {
                    double d = Math.hypot(network.nodeX(n) - p.x, network.nodeY(n) - p.y);
                    if (d < bestD) {
                        bestD = d;
                        best = n;
                    }
                }
                double across = vertical ? network.nodeX(best) - line : network.nodeY(best) - line;
                if (bestD < 60 && Math.signum(across) == -side && area.covers(area.getFactory().createPoint(p))) {
                    return p;
                }
            }
        }
        throw new AssertionError("no street node across the line " + line);
    }
}
