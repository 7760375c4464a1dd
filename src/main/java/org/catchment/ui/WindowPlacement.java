package org.catchment.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.catchment.Settings;
import org.catchment.ui.model.WindowLayout;

/**
 * Opens the main window where it was left and records where it is when it closes
 * ({@link WindowLayout} in the user's settings): its place, the size of its content (as it is when
 * not maximised), whether it is maximised, and the dividers of its split panes. The content is
 * made at the saved size ({@link #contentSize}), so the panes are first laid out at the size their
 * dividers were saved at. A saved place that no screen shows any more (a monitor unplugged) is not
 * used, nor a size larger than the screen.
 */
final class WindowPlacement {

    private double[] normal;

    private WindowPlacement() {
    }

    /**
     * @param settings the user's settings
     * @param width    the default width of the window's content
     * @param height   the default height
     * @return the saved size of the window's content, within the screen, else the default
     */
    static double[] contentSize(Settings settings, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return WindowLayout.read(settings).filter(WindowPlacement::onScreen)
                .map(l -> new double[] {Math.min(l.width(), screen.getWidth()), Math.min(l.height(), screen.getHeight())})
                .orElse(new double[] {width, height});
    }

    /**
     * Puts the window where it was, and saves its layout when it is hidden.
     *
     * @param stage    the main window, not yet shown, its content made at {@link #contentSize}
     * @param settings the user's settings
     * @param splits   the window's split panes by name
     */
    static void manage(Stage stage, Settings settings, Map<String, SplitPane> splits) {
        WindowPlacement p = new WindowPlacement();
        Optional<WindowLayout> saved = WindowLayout.read(settings);
        saved.filter(WindowPlacement::onScreen).ifPresent(l -> {
            stage.setX(l.x());
            stage.setY(l.y());
            stage.setMaximized(l.maximized());
        });
        saved.ifPresent(l -> splits.forEach((name, pane) -> {
            List<Double> d = l.splits().get(name);
            if (d != null && d.size() == pane.getDividers().size()) {
                pane.setDividerPositions(d.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }));
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getScene() != null
                    && stage.getScene().getWidth() > 0) {
                p.normal = new double[] {stage.getX(), stage.getY(), stage.getScene().getWidth(),
                    stage.getScene().getHeight()};
            }
        };
        stage.xProperty().addListener((o, a, b) -> track.run());
        stage.yProperty().addListener((o, a, b) -> track.run());
        stage.widthProperty().addListener((o, a, b) -> track.run());
        stage.heightProperty().addListener((o, a, b) -> track.run());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            track.run();
            if (p.normal == null) {
                return;
            }
            Map<String, List<Double>> positions = new LinkedHashMap<>();
            splits.forEach((name, pane) -> positions.put(name,
                    pane.getDividers().stream().map(SplitPane.Divider::getPosition).toList()));
            new WindowLayout(p.normal[0], p.normal[1], p.normal[2], p.normal[3], stage.isMaximized(), positions)
                    .write(settings);
        });
    }

    /** @return true when the top of the window (where it is dragged) is on a screen */
    private static boolean onScreen(WindowLayout l) {
        return !Screen.getScreensForRectangle(l.x(), l.y(), Math.min(l.width(), 200), 40).isEmpty();
    }
}
