package org.catchment.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.InputMemory;
import org.catchment.analysis.SpecPaths;
import org.catchment.io.memory.LoadEstimate;
import org.catchment.render.MapDocument;
import org.catchment.ui.common.AppIcon;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.export.ExportActions;
import org.catchment.ui.form.AnalysisPanel;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.form.model.InputKey;
import org.catchment.ui.layers.LayerPanel;
import org.catchment.ui.layers.UserLayers;
import org.catchment.ui.layers.model.InputLayers;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.map.LegendView;
import org.catchment.ui.map.MapView;
import org.catchment.ui.model.AnalysisDocument;
import org.catchment.ui.model.RecentFiles;
import org.catchment.ui.results.IdentifyView;
import org.catchment.ui.results.ResultsView;
import org.catchment.ui.results.model.Identify;
import org.catchment.ui.results.model.PlaceTimes;
import org.catchment.ui.results.model.ResultLayerItems;
import org.catchment.ui.results.model.ResultRows;
import org.locationtech.jts.geom.Coordinate;

/**
 * The main window: menu and tool bar, the layer panel and legend on the left, the map in the
 * middle, the analysis, results and identify panels on the right, and a status bar with the
 * cursor's easting and northing and the map scale. It wires the views to their view models and
 * runs everything slow (reading layers, running the analysis, exporting) in background tasks, so
 * the map stays pannable.
 */
public final class MainWindow {

    private static final String STYLESHEET = "/org/catchment/ui/catchment.css";

    private final Stage stage;
    private final LayerListModel layers = new LayerListModel();
    private final AnalysisForm form = new AnalysisForm(new AnalysisSpec(null, null, null, null, null, null, null,
            null, null, null));
    private AnalysisDocument document = new AnalysisDocument(null, form.spec());
    private final MapView map = new MapView(this::mapDocument);
    private final AnalysisPanel analysisPanel;
    private final ExportActions exports = new ExportActions(this);
    private final UserLayers userLayers = new UserLayers(this);
    private final ResultsView results;
    private final IdentifyView identify = new IdentifyView();
    private final TabPane side = new TabPane();
    private final Tab analysisTab;
    private final Tab resultsTab;
    private final Tab identifyTab;
    private final Label status = new Label("Open an analysis file (File > Open analysis, Ctrl+O) to begin.");
    private final Label cursor = new Label();
    private final Label scale = new Label();
    private final Menu recentMenu = new Menu("Open recent");
    private final RecentFiles recent;
    private final AtomicBoolean cancelRun = new AtomicBoolean();
    private Task<AnalysisResult> running;
    private AnalysisResult result;
    private PlaceTimes placeTimes;
    /** Input layers kept above a run's results (facilities, ward outlines), top first. */
    private List<Long> overlayInputs = List.of();
    /** The inputs the map shows now: an edit that changes them draws them again. */
    private InputKey shownInputs;
    private LongSupplier freeHeap = LoadEstimate::freeHeapBytes;

    /**
     * @param stage  the window
     * @param recent the recent-files list
     */
    public MainWindow(Stage stage, RecentFiles recent) {
        this.stage = stage;
        this.recent = recent;
        analysisPanel = new AnalysisPanel(form, this::run, this::cancel,
                () -> document.file() == null ? null : document.file().getParent());
        results = new ResultsView(this::desertSelected);
        analysisTab = new Tab("Analysis", analysisPanel);
        resultsTab = new Tab("Results", results);
        identifyTab = new Tab("Identify", identify);
        side.getTabs().addAll(analysisTab, resultsTab, identifyTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("sideTabs");
        side.setMinWidth(300);

        LayerPanel layerPanel = new LayerPanel(layers, map::zoomTo);
        layerPanel.setUseAsFacility(userLayers::canBeFacility, userLayers::useAsFacility);
        LegendView legend = new LegendView(layers);
        SplitPane left = new SplitPane(layerPanel, new javafx.scene.control.ScrollPane(legend));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        left.setMinWidth(200);

        StackPane mapPane = new StackPane(map);
        mapPane.getStyleClass().add("map-pane");
        SplitPane centre = new SplitPane(left, mapPane, side);
        centre.setDividerPositions(0.2, 0.72);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(side, false);

        BorderPane root = new BorderPane(centre);
        root.setTop(new VBox(MainMenus.menuBar(this, recentMenu), MainMenus.toolBar(this)));
        root.setBottom(statusBar());
        root.getStyleClass().add("catchment-root");

        layers.onChange(map::refresh);
        form.onChange(spec -> {
            document.update(spec);
            updateTitle();
            if (!InputKey.of(spec).equals(shownInputs)) {
                reloadInputs(spec);
            }
        });
        map.setOnCursor(c -> cursor.setText(String.format(Locale.UK, "E %,.0f   N %,.0f", c.x, c.y)));
        map.setOnViewChanged(this::updateScale);
        map.setOnMapClick(this::identifyAt);
        map.setOnRenderError(m -> status.setText("The map could not be drawn: " + m));
        map.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        map.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            e.setDropCompleted(files != null && !files.isEmpty());
            e.consume();
            if (files != null && !files.isEmpty()) {
                Platform.runLater(() -> dropped(files));
            }
        });

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(880, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcon.images());
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> dispose());
        updateTitle();
        updateScale();
        refreshRecent();
    }

    /** Shows the window. */
    public void show() {
        stage.show();
        map.zoomTo(layers.extent());
    }

    /** @return the stage */
    public Stage stage() {
        return stage;
    }

    /** @return the layer list */
    public LayerListModel layers() {
        return layers;
    }

    /** @return the map view */
    public MapView map() {
        return map;
    }

    /** @return the analysis form */
    public AnalysisForm form() {
        return form;
    }

    /** @return the open document */
    public AnalysisDocument document() {
        return document;
    }

    /** @return the last run's result, or null */
    public AnalysisResult result() {
        return result;
    }

    /** @return true while an analysis runs */
    public boolean isRunning() {
        return running != null;
    }

    /** @return the results view */
    public ResultsView resultsView() {
        return results;
    }

    /** @return the layers the user adds to the map (File > Add layer, drag and drop) */
    public UserLayers userLayers() {
        return userLayers;
    }

    /** Brings the analysis panel to the front. */
    public void showAnalysisPanel() {
        side.getSelectionModel().select(analysisTab);
    }

    /** @return the analysis file's folder, or null while the analysis is unsaved */
    public Path analysisDir() {
        return document.file() == null ? null : document.file().getParent();
    }

    /** @return the export actions (File > Export map as PNG, Export all outputs) */
    public ExportActions exports() {
        return exports;
    }

    /** Shows a line in the status bar. */
    public void status(String text) {
        status.setText(text);
    }

    /** @return the identify view */
    public IdentifyView identifyView() {
        return identify;
    }

    /** @return the status line's text */
    public String statusText() {
        return status.getText();
    }

    /** Opens an analysis file: reads it and its input layers in the background. */
    public void open(Path file) {
        if (!confirmDiscard()) {
            return;
        }
        status.setText("Opening " + file.getFileName() + "\u2026");
        Consumer<Throwable> failed = e -> {
            if (Files.exists(file) || !recent.list().contains(file.toAbsolutePath().normalize())) {
                status.setText("Could not open " + file.getFileName());
            } else {
                recent.remove(file);
                refreshRecent();
            }
            Dialogs.error(stage, "The analysis could not be opened", e);
        };
        background("open", () -> {
            Analysis analysis = AnalysisFiles.read(file);
            return Map.entry(analysis, memoryWarning(analysis));
        }, read -> {
            Analysis analysis = read.getKey();
            if (!read.getValue().isEmpty() && !Dialogs.confirm(stage, "The inputs may not fit in memory",
                    read.getValue() + "\n\nOpen the analysis anyway?")) {
                status.setText("Not opened: " + file.getFileName() + " (too large for the memory Java may use).");
                return;
            }
            background("open", () -> InputLayers.read(analysis, layers::nextId, () -> false),
                    loaded -> opened(analysis, loaded), failed);
        }, failed);
    }

    private void opened(Analysis analysis, InputLayers.Loaded loaded) {
        closeResult();
        document = new AnalysisDocument(analysis.file(), analysis.spec());
        shownInputs = InputKey.of(analysis.spec());
        form.load(analysis.spec());
        layers.replaceGroup(LayerItem.Group.RESULT, List.of());
        layers.replaceGroup(LayerItem.Group.INPUT, loaded.layers());
        overlayInputs = loaded.aboveResults();
        analysisPanel.setWardNames(loaded.wardNames());
        results.clear();
        recent.add(analysis.file());
        refreshRecent();
        updateTitle();
        map.zoomTo(layers.extent());
        status.setText("Opened " + analysis.file().getFileName() + ": " + loaded.layers().size() + " layers. "
                + String.join(" ", loaded.warnings()));
        side.getSelectionModel().select(analysisTab);
    }

    /** @return what to tell the user when the analysis's inputs need more heap than is free, else "" */
    private String memoryWarning(Analysis analysis) {
        try {
            InputMemory.check(analysis, freeHeap);
            return "";
        } catch (CatchmentException e) {
            return e.getMessage();
        }
    }

    /** @return the heap Java may still take, bytes (the check before loading something large) */
    public long freeHeapBytes() {
        return freeHeap.getAsLong();
    }

    /** Replaces how the free heap is measured (tests pretend a small heap). */
    void setFreeHeap(LongSupplier freeHeap) {
        this.freeHeap = freeHeap;
    }

    /** Starts a new analysis without a file: the panel is empty and the map cleared, asking first about unsaved changes. */
    public void newAnalysis() {
        if (!confirmDiscard()) {
            return;
        }
        cancel();
        closeResult();
        AnalysisSpec blank = new AnalysisSpec("New analysis", null, null, null, null, null, null, null, null, null);
        document = new AnalysisDocument(null, blank);
        form.load(blank);
        layers.replaceGroup(LayerItem.Group.RESULT, List.of());
        layers.replaceGroup(LayerItem.Group.INPUT, List.of());
        overlayInputs = List.of();
        shownInputs = InputKey.of(blank);
        analysisPanel.setWardNames(List.of());
        results.clear();
        updateTitle();
        status.setText("New analysis: add the roads, the ward layer and facility types in the Analysis panel, then"
                + " Run (Ctrl+R).");
        side.getSelectionModel().select(analysisTab);
    }


    /**
     * Draws the inputs of an edited analysis again (its network, wards or facility layers
     * changed), in the background; an edit made meanwhile supersedes this one. A layer that cannot
     * be read yet (a path still being typed) is reported in the status line, not as a dialog.
     */
    private void reloadInputs(AnalysisSpec spec) {
        InputKey key = InputKey.of(spec);
        shownInputs = key;
        Path base = document.file() != null ? document.file().getParent() : Path.of("").toAbsolutePath();
        Analysis analysis = new Analysis(spec, document.file(), base);
        background("inputs", () -> InputLayers.read(analysis, layers::nextId, () -> !key.equals(shownInputs)),
                loaded -> {
                    if (!key.equals(shownInputs)) {
                        return;
                    }
                    boolean first = layers.items().stream().noneMatch(i -> i.group() == LayerItem.Group.INPUT);
                    layers.replaceGroup(LayerItem.Group.INPUT, loaded.layers());
                    overlayInputs = loaded.aboveResults();
                    analysisPanel.setWardNames(loaded.wardNames());
                    if (first) {
                        map.zoomTo(layers.extent());
                    }
                    status.setText("Inputs drawn: " + loaded.layers().size() + " layers. "
                            + String.join(" ", loaded.warnings()));
                }, e -> {
                    if (key.equals(shownInputs) && !(e instanceof CancelledException)) {
                        status.setText("Not all inputs can be drawn yet: " + Dialogs.message(e));
                    }
                });
    }






    /** Saves the analysis to its file, or asks for one; returns false when cancelled or failed. */
    public boolean save() {
        return document.file() == null ? saveAs() : saveTo(document.file());
    }

    /** Saves the analysis to a chosen file. */
    public boolean saveAs() {
        FileChooser chooser = analysisChooser("Save analysis");
        if (document.file() != null) {
            chooser.setInitialDirectory(document.file().getParent().toFile());
            chooser.setInitialFileName(document.file().getFileName().toString());
        }
        File f = chooser.showSaveDialog(stage);
        return f != null && saveTo(f.toPath());
    }

    /**
     * Writes the analysis (the same YAML the command line reads) to a file. Saving into another
     * folder rewrites the relative layer paths so they still name the same files.
     */
    public boolean saveTo(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path from = document.file() == null ? null : document.file().getParent();
        try {
            AnalysisSpec moved = SpecPaths.rebase(form.spec(), from, target.getParent());
            AnalysisFiles.write(moved, target);
            shownInputs = InputKey.of(moved);
            form.load(moved);
        } catch (RuntimeException e) {
            Dialogs.error(stage, "The analysis could not be saved", e);
            return false;
        }
        document.markSaved(target);
        recent.add(target);
        refreshRecent();
        updateTitle();
        status.setText("Saved " + target);
        return true;
    }

    /** Runs the analysis as edited, in a background task; the result's layers and tables appear when done. */
    public void run() {
        if (running != null) {
            return;
        }
        AnalysisSpec spec = form.spec();
        Path file = document.file() != null ? document.file() : Path.of("untitled.yml").toAbsolutePath();
        cancelRun.set(false);
        Task<AnalysisResult> task = new Task<>() {
            @Override
            protected AnalysisResult call() {
                Analysis analysis = AnalysisFiles.parse(AnalysisFiles.toYaml(spec), file);
                return AnalysisRunner.run(analysis, (stageName, fraction, message) -> {
                    updateProgress(fraction, 1);
                    updateMessage(stageName + ": " + message);
                }, cancelRun::get);
            }
        };
        running = task;
        analysisPanel.setRunning(true);
        task.messageProperty().addListener((o, was, now) -> analysisPanel.showProgress(now, task.getProgress()));
        task.progressProperty().addListener((o, was, now) -> analysisPanel.showProgress(task.getMessage(),
                now.doubleValue()));
        status.setText("Running " + spec.name() + "\u2026");
        task.setOnSucceeded(e -> {
            running = null;
            analysisPanel.setRunning(false);
            showResult(task.getValue());
        });
        task.setOnFailed(e -> {
            running = null;
            analysisPanel.setRunning(false);
            Throwable x = task.getException();
            if (x instanceof CancelledException) {
                analysisPanel.showProgress("Cancelled", 0);
                status.setText("The run was cancelled.");
            } else {
                analysisPanel.showProgress("Failed", 0);
                status.setText("The run failed.");
                Dialogs.error(stage, "The analysis could not be run", x);
            }
        });
        Thread t = new Thread(task, "catchment-run");
        t.setDaemon(true);
        t.start();
    }

    /** Asks the running analysis to stop; it stops at its next check. */
    public void cancel() {
        if (running != null) {
            cancelRun.set(true);
            analysisPanel.showProgress("Cancelling\u2026", running.getProgress());
        }
    }

    /** Shows what is under a point: features of visible layers and, after a run, walking times. */
    public void identifyAt(Coordinate at) {
        double toleranceM = 4 * map.viewport().mPerPx();
        List<Identify.Hit> hits = Identify.at(layers.items(), at, toleranceM, 25);
        identify.show(at, hits, placeTimes == null ? null : placeTimes.at(at));
        java.util.Set<String> resultNames = new java.util.HashSet<>();
        layers.items().stream().filter(i -> i.group() == LayerItem.Group.RESULT).forEach(i -> resultNames.add(i.name()));
        map.setHighlight(hits.stream().filter(h -> resultNames.contains(h.layer())).findFirst()
                .or(() -> hits.stream().findFirst()).map(Identify.Hit::geometry).orElse(null));
        side.getSelectionModel().select(identifyTab);
    }

    /** Shows a run's layers and tables; {@link #result()} is set last, so a shown result is a complete one. */
    private void showResult(AnalysisResult r) {
        closeResult();
        layers.replaceGroup(LayerItem.Group.RESULT, ResultLayerItems.of(r, layers::nextId));
        for (int i = overlayInputs.size() - 1; i >= 0; i--) {
            layers.move(overlayInputs.get(i), 0);
        }
        List<PlaceTimes.TypeSearch> searches = r.types().stream()
                .map(t -> new PlaceTimes.TypeSearch(t.spec().label(), t.spec().servedBand(), t.catchment())).toList();
        placeTimes = new PlaceTimes(r.network(), searches, r.analysis().spec().network().walkingSpeedKmh());
        Map<String, String> labels = new LinkedHashMap<>();
        r.types().forEach(t -> labels.put(t.spec().type(), t.spec().label()));
        int n = r.deserts().deserts().size();
        String summary = String.format(Locale.UK, "%d desert%s found, %.1f ha in all. %d facility types, %d wards.",
                n, n == 1 ? "" : "s", r.deserts().deserts().stream().mapToDouble(d -> d.areaM2()).sum() / 10_000,
                r.types().size(), r.studyArea().zones().size());
        results.show(ResultRows.coverage(r.wardCoverage()), ResultRows.deserts(r.deserts().deserts(), labels), summary,
                r.warnings(), r.notes());
        analysisPanel.showProgress("Done: " + summary, 1);
        status.setText("Run finished. " + summary);
        side.getSelectionModel().select(resultsTab);
        result = r;
    }

    private void desertSelected(ResultRows.DesertRow row) {
        if (row == null) {
            map.setHighlight(null);
            return;
        }
        map.setHighlight(row.desert().geometry());
        org.locationtech.jts.geom.Envelope e = row.desert().geometry().getEnvelopeInternal();
        e.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.5);
        map.zoomTo(e);
    }

    /** @return the map as shown (layers, visibility, the view's extent), titled with the analysis name */
    public MapDocument currentMap() {
        return mapDocument().toBuilder().extent(map.viewport().envelope()).build();
    }

    private MapDocument mapDocument() {
        AnalysisSpec spec = form.spec();
        Path base = analysisDir() != null ? analysisDir() : Path.of("").toAbsolutePath();
        return org.catchment.export.MapPages.page(spec.name() == null ? "" : spec.name(),
                new Analysis(spec, document.file(), base)).layers(layers.drawn()).extent(layers.extent()).build();
    }

    private void dropped(List<File> files) {
        List<Path> paths = files.stream().map(File::toPath).toList();
        List<Path> analyses = paths.stream().filter(p -> isAnalysisFile(p)).toList();
        if (!analyses.isEmpty()) {
            open(analyses.get(0));
        }
        userLayers.addLayers(paths.stream().filter(p -> !isAnalysisFile(p)).toList());
    }

    private static boolean isAnalysisFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yml") || n.endsWith(".yaml");
    }

    private HBox statusBar() {
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

    /** Asks for an analysis file and opens it. */
    public void chooseAndOpen() {
        File f = analysisChooser("Open analysis").showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }


    private FileChooser analysisChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Analysis files", "*.yml", "*.yaml"));
        return chooser;
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem m = new MenuItem(p.toString());
            m.setOnAction(e -> open(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Closes the window, asking first about unsaved changes. */
    public void quit() {
        if (confirmDiscard()) {
            stage.hide();
        }
    }

    /** Shows all visible layers. */
    public void zoomToAll() {
        map.zoomTo(layers.extent());
    }

    private boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (Dialogs.askSave(stage, document.current().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private void updateTitle() {
        stage.setTitle(document.title());
    }

    private void updateScale() {
        scale.setText(map.viewport().scaleText());
    }

    private void closeResult() {
        if (result != null) {
            result.close();
            result = null;
            placeTimes = null;
        }
    }

    private void dispose() {
        cancelRun.set(true);
        map.dispose();
        closeResult();
    }

    private <T> void background(String name, java.util.concurrent.Callable<T> work, Consumer<T> done,
                                Consumer<Throwable> failed) {
        Background.run(name, work, done, failed);
    }
}
