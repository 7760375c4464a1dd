package org.catchment.ui;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.catchment.ui.map.BasemapMenu;
import org.catchment.ui.model.AnalysisSession;

/**
 * The main window's menu bar and tool bar, with the keyboard shortcuts (Ctrl+N new, Ctrl+O open, Ctrl+S
 * save, Ctrl+L add layer, Ctrl+R run, Esc cancel, Ctrl+E export PNG, Ctrl+Shift+E export all,
 * Ctrl+0 zoom to all, Ctrl+T attribute table, Ctrl+F find, Ctrl+G go to, Ctrl+M and Ctrl+Shift+M
 * measure, F1 user guide; Cmd on macOS), which Help &gt; Keyboard shortcuts lists from here. Every
 * entry calls an action of {@link MainWindow}; Run is disabled while a run goes on, Cancel run
 * enabled only then. The tool bar ends with the map's tools ({@link MapTools}); the status bar
 * is laid out here too.
 */
final class MainMenus {

    private MainMenus() {
    }

    /** @return the menu bar; {@code recent} is the window's Open recent menu, filled by the window */
    static MenuBar menuBar(MainWindow w, Menu recent) {
        MenuItem create = item("New analysis", "Shortcut+N", w::newAnalysis);
        MenuItem open = item("Open analysis\u2026", "Shortcut+O", w::chooseAndOpen);
        MenuItem save = item("Save", "Shortcut+S", w::save);
        MenuItem saveAs = item("Save as\u2026", "Shortcut+Shift+S", w::saveAs);
        MenuItem add = item("Add layer\u2026", "Shortcut+L", () -> w.userLayers().chooseAndAdd());
        MenuItem png = item("Export map as PNG\u2026", "Shortcut+E", () -> w.exports().askPng());
        MenuItem all = item("Export all outputs", "Shortcut+Shift+E", () -> w.exports().askAll());
        MenuItem quit = item("Quit", "Shortcut+Q", w::quit);
        Menu file = new Menu("File", null, create, open, recent, save, saveAs, new SeparatorMenuItem(), add,
                new SeparatorMenuItem(), png, all, new SeparatorMenuItem(), quit);
        Menu view = new Menu("View", null,
                item("Zoom to all layers", "Shortcut+0", w::zoomToAll),
                item("Zoom in", "Shortcut+Equals", () -> w.map().zoomBy(2)),
                item("Zoom out", "Shortcut+Minus", () -> w.map().zoomBy(0.5)),
                new SeparatorMenuItem(),
                item("Attribute table", "Shortcut+T", w::openAttributeTable),
                item("Find a place", "Shortcut+F", () -> w.mapTools().focusSearch()),
                item("Go to coordinate\u2026", "Shortcut+G", () -> w.mapTools().askGoTo(w.stage())),
                item("Measure distance", "Shortcut+M", () -> w.mapTools().setTool(MapTools.Tool.DISTANCE)),
                item("Measure area", "Shortcut+Shift+M", () -> w.mapTools().setTool(MapTools.Tool.AREA)),
                new SeparatorMenuItem(), BasemapMenu.menu(w.stage(), w.basemap()));
        MenuItem run = item("Run", "Shortcut+R", w::run);
        MenuItem cancel = item("Cancel run", "Esc", w::cancel);
        whileRunning(w, running -> {
            run.setDisable(running);
            cancel.setDisable(!running);
        });
        Menu analysis = new Menu("Analysis", null, run, cancel);
        Menu help = new Menu("Help");
        MenuBar bar = new MenuBar(file, view, analysis, help);
        help.getItems().addAll(item("User guide", "F1", w::openUserGuide),
                item("Keyboard shortcuts", null, () -> Help.showShortcuts(w.stage(), bar)),
                new SeparatorMenuItem(),
                item("About Catchment", null, w::about));
        bar.setId("menuBar");
        return bar;
    }

    /** @return the tool bar */
    static ToolBar toolBar(MainWindow w) {
        Button open = tool("Open", "Open an analysis file (Ctrl+O)", w::chooseAndOpen);
        open.setId("openButton");
        Button save = tool("Save", "Save the analysis (Ctrl+S)", w::save);
        Button add = tool("Add layer", "Add a shapefile, GeoPackage, GeoJSON or CSV (Ctrl+L)", () -> w.userLayers().chooseAndAdd());
        Button extent = tool("Zoom to all", "Show all layers (Ctrl+0)", w::zoomToAll);
        extent.setId("zoomExtentButton");
        Button in = tool("+", "Zoom in", () -> w.map().zoomBy(2));
        Button out = tool("\u2212", "Zoom out", () -> w.map().zoomBy(0.5));
        Button runButton = tool("Run", "Run the analysis (Ctrl+R)", w::run);
        runButton.setId("toolbarRunButton");
        runButton.getStyleClass().add("primary");
        whileRunning(w, runButton::setDisable);
        Button png = tool("Export PNG", "Export a map as PNG (Ctrl+E)", () -> w.exports().askPng());
        ToolBar bar = new ToolBar(open, save, add, new Separator(), extent, in, out,
                new Separator(), runButton, png, new Separator());
        bar.getItems().addAll(w.mapTools().toolBarItems());
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** Tells {@code running} whether a run goes on now and whenever that changes. */
    /** @return the status bar: the status line, then the cursor's coordinates and the scale on the right */
    static HBox statusBar(Label status, Label cursor, Label scale) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        status.setId("statusText");
        cursor.setId("cursorText");
        scale.setId("scaleText");
        cursor.getStyleClass().add("status-field");
        scale.getStyleClass().add("status-field");
        cursor.setMinWidth(190);
        scale.setMinWidth(110);
        HBox bar = new HBox(12, status, gap, cursor, scale);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static void whileRunning(MainWindow w, Consumer<Boolean> running) {
        running.accept(w.session().isRunning());
        w.session().addListener(new AnalysisSession.Listener() {
            @Override
            public void runChanged(AnalysisSession.RunStatus status) {
                running.accept(status.isRunning());
            }
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Button tool(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

}
