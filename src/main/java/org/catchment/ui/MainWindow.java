package org.catchment.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.export.Basemaps;
import org.catchment.export.MapPages;
import org.catchment.io.tiles.TileSource;
import org.catchment.io.tiles.Tiles;
import org.catchment.render.Basemap;
import org.catchment.render.MapDocument;
import org.catchment.ui.common.AboutDialog;
import org.catchment.ui.common.AppIcon;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.export.ExportActions;
import org.catchment.ui.form.AnalysisPanel;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.layers.LayerPanel;
import org.catchment.ui.layers.UserLayers;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.layers.model.MapState;
import org.catchment.ui.map.LegendView;
import org.catchment.ui.map.MapView;
import org.catchment.ui.map.model.BasemapModel;
import org.catchment.ui.model.AnalysisDocument;
import org.catchment.ui.model.AnalysisSession;
import org.catchment.ui.model.AppSetup;
import org.catchment.ui.results.IdentifyView;
import org.catchment.ui.results.ResultsView;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The main window: menu and tool bar, the layer panel and legend on the left, the map in the
 * middle, the analysis, results and identify panels on the right above the run controls, and a
 * status bar with the cursor's easting and northing and the map scale. It lays the views out and
 * wires them to their view models: the open analysis is an {@link AnalysisSession}, the File
 * actions are {@link FileActions}, the inputs on the map {@link MapInputs}, a run's result on the
 * map and in the panels {@link RunResults}. Slow work runs in the background, so the map stays
 * pannable. Until an analysis is opened or started (or a layer added) the {@link StartPage} covers
 * the panes; the window's place and splits are kept in the user's settings ({@link WindowPlacement}).
 */
public final class MainWindow implements UserLayers.Host, ExportActions.Host {

    private static final String STYLESHEET = "/org/catchment/ui/catchment.css";

    private final Stage stage;
    private final LayerListModel layers = new LayerListModel();
    private final AnalysisForm form = new AnalysisForm(AnalysisSpec.named(null));
    private final AnalysisSession session = new AnalysisSession(Background.jobs(), AnalysisRunner::run, form.spec());
    private final MapView map = new MapView(this::mapDocument);
    private final AnalysisPanel analysisPanel = new AnalysisPanel(form, session::baseDir);
    private final ExportActions exports = new ExportActions(this);
    private final UserLayers userLayers = new UserLayers(this, form::addLayerAsType);
    private final IdentifyView identify = new IdentifyView();
    private final LayerPanel layerPanel = new LayerPanel(layers, map::zoomTo);
    private final AttributeTables tables = new AttributeTables(layers, map, this::status);
    private final MapTools mapTools = new MapTools(map, layers, this::identifyAt, this::status, form::spec,
            session::baseDir);
    private Consumer<String> openDocument = uri -> {
        throw new UnsupportedOperationException("no browser");
    };
    private Path helpDir = Help.folder();
    private final MapInputs inputs;
    private final RunResults runResults;
    private final ResultsView results;
    private final FileActions files;
    private final WhatIfWiring whatIf;
    private final MapBasemap basemap;
    private final AppSetup setup;
    private final StartPage startPage;
    private final TabPane side = new TabPane();
    private final Tab analysisTab = new Tab("Analysis", analysisPanel);
    private final Tab resultsTab;
    private final Tab identifyTab = new Tab("Identify", identify);
    private final Tab whatIfTab;
    private final Label status = new Label("Open an analysis file (File > Open analysis, Ctrl+O) to begin.");
    private final Label cursor = new Label();
    private final Label scale = new Label();

    /**
     * @param stage the window
     * @param setup the user's settings and the sample town ({@link AppSetup#current()} in the app)
     */
    public MainWindow(Stage stage, AppSetup setup) {
        this(stage, setup, source -> Basemaps.tiles(source, setup.settings(), Basemaps.cacheFolder()));
    }

    /**
     * @param stage   the window
     * @param setup   the user's settings (the basemap among them) and the sample town
     * @param tilesOf the basemap tiles of a server, cached and fetched ({@link Basemaps#tiles})
     */
    public MainWindow(Stage stage, AppSetup setup, Function<TileSource, Tiles> tilesOf) {
        this.stage = stage;
        this.setup = setup;
        basemap = new MapBasemap(setup.settings(), tilesOf, layers, map, this::status);
        inputs = new MapInputs(layers, analysisPanel::setWardNames, this::zoomToAll, this::status);
        results = new ResultsView(this::desertSelected);
        runResults = new RunResults(layers, map, results, identify, inputs::aboveResults);
        files = new FileActions(this, session, inputs, setup);
        resultsTab = new Tab("Results", results);
        whatIf = new WhatIfWiring(this, form, session, layers, map, results, runResults);
        whatIfTab = new Tab("What if", new ScrollPane(whatIf.panel()));
        ((ScrollPane) whatIfTab.getContent()).setFitToWidth(true);
        side.getTabs().addAll(analysisTab, resultsTab, whatIfTab, identifyTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("sideTabs");
        VBox right = new VBox(side, new RunBar(session, this::run, this::cancel));
        VBox.setVgrow(side, Priority.ALWAYS);
        right.setMinWidth(300);

        layerPanel.setUseAsFacility(userLayers::canBeFacility, userLayers::useAsFacility);
        layerPanel.setOnFieldStyle(() -> form.setMap(mapTools.state()));
        layerPanel.setOnOpenTable(tables::open);
        SplitPane left = new SplitPane(layerPanel, new ScrollPane(new LegendView(layers)));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        left.setMinWidth(200);

        StackPane mapPane = new StackPane(map);
        mapPane.getStyleClass().add("map-pane");
        SplitPane centre = new SplitPane(left, tables.wrap(mapPane), right);
        centre.setId("centreSplit");
        centre.setDividerPositions(0.2, 0.72);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);

        startPage = new StartPage(files, setup.sample().isPresent(), setup.sampleCopy());
        files.onRecentChanged(startPage::showRecent);
        BorderPane root = new BorderPane(new StackPane(centre, startPage));
        root.setTop(new VBox(MainMenus.menuBar(this, files.recentMenu()), MainMenus.toolBar(this)));
        root.setBottom(MainMenus.statusBar(status, cursor, scale));
        root.getStyleClass().add("catchment-root");
        wire();

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] size = WindowPlacement.contentSize(setup.settings(), Math.min(1400, screen.getWidth()),
                Math.min(880, screen.getHeight()));
        Scene scene = new Scene(root, size[0], size[1]);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcon.images());
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            session.close();
            map.dispose();
            basemap.dispose();
        });
        WindowPlacement.manage(stage, setup.settings(), Map.of("centre", centre, "left", left));
        setup.settings().note().ifPresent(this::status);
        updateTitle();
        updateScale();
    }

    /** @return true while the start page is shown (no analysis opened or started yet) */
    public boolean isStartPageShown() {
        return startPage.isVisible();
    }

    private void hideStartPage() {
        startPage.setVisible(false);
    }

    /** Shows Help &gt; About: version, Java runtime, licence, data credits, log and settings files. */
    public void about() {
        AboutDialog.show(stage, setup.settings().file());
    }

    private void wire() {
        layers.onChange(map::refresh);
        layers.onChange(() -> {
            if (!layers.items().isEmpty()) {
                hideStartPage();
            }
        });
        form.onChange(spec -> {
            session.edit(spec);
            inputs.edited(spec, session.document().file(), session.baseDir());
        });
        session.addListener(runResults);
        session.addListener(new AnalysisSession.Listener() {
            @Override
            public void documentChanged() {
                updateTitle();
                hideStartPage();
            }

            @Override
            public void resultChanged(AnalysisResult r) {
                if (r != null) {
                    List<String> notes = MapState.apply(form.spec().map(), layers, EnumSet.of(LayerItem.Group.RESULT));
                    status("Run finished. " + AnalysisSession.summary(r) + " " + String.join(" ", notes));
                    side.getSelectionModel().select(resultsTab);
                }
            }

            @Override
            public void runCancelled() {
                status("The run was cancelled.");
            }

            @Override
            public void runFailed(Throwable error) {
                status("The run failed.");
                Dialogs.error(stage, "The analysis could not be run", error);
            }

            @Override
            public void runRefused(String message) {
                status(message);
                Dialogs.info(stage, "The analysis is not ready to run", message);
            }
        });
        map.setOnCursor(c -> cursor.setText(String.format(Locale.UK, "E %,.0f   N %,.0f", c.x, c.y)));
        map.setOnViewChanged(this::updateScale);
        map.setOnRenderError(m -> status("The map could not be drawn: " + m));
        files.acceptDrops(map);
    }

    /** Shows the window. */
    public void show() {
        stage.show();
        zoomToAll();
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

    /** @return the open analysis: document, run and result */
    public AnalysisSession session() {
        return session;
    }

    /** @return the open document */
    public AnalysisDocument document() {
        return session.document();
    }

    /** @return the last run's result, or null */
    public AnalysisResult result() {
        return session.result();
    }

    /** @return true while an analysis runs */
    public boolean isRunning() {
        return session.isRunning();
    }

    /** @return the results view */
    public ResultsView resultsView() {
        return results;
    }

    /** @return the identify view */
    public IdentifyView identifyView() {
        return identify;
    }

    /** @return the layers the user adds to the map (File > Add layer, drag and drop) */
    public UserLayers userLayers() {
        return userLayers;
    }

    /** @return the basemap under the map (View > Basemap) */
    public BasemapModel basemap() {
        return basemap.model();
    }

    /** @return the basemap for an exported page of the map (fetching the tiles it lacks), or null for none */
    public Basemap exportBasemap() {
        return basemap.forExport(result());
    }

    /** @return the export actions (File > Export map as PNG, Export all outputs) */
    public ExportActions exports() {
        return exports;
    }

    /** @return the what-if feature: its panel, view model and comparison */
    WhatIfWiring whatIf() {
        return whatIf;
    }

    /** Brings the What if panel to the front. */
    public void showWhatIfPanel() {
        side.getSelectionModel().select(whatIfTab);
    }

    /** Brings the analysis panel to the front. */
    public void showAnalysisPanel() {
        side.getSelectionModel().select(analysisTab);
    }

    /** @return the analysis file's folder, or null while the analysis is unsaved */
    public Path analysisDir() {
        return session.baseDir();
    }

    /** Shows a line in the status bar. */
    public void status(String text) {
        status.setText(text);
    }

    /** @return the status line's text */
    public String statusText() {
        return status.getText();
    }

    /** @return the heap Java may still take, bytes (the check before loading something large) */
    public long freeHeapBytes() {
        return files.freeHeapBytes();
    }

    /** Replaces how the free heap is measured (tests pretend a small heap). */
    void setFreeHeap(LongSupplier freeHeap) {
        files.setFreeHeap(freeHeap);
    }

    /** Starts a new analysis without a file, asking first about unsaved changes. */
    public void newAnalysis() {
        files.newAnalysis();
    }

    /** Asks for an analysis file and opens it. */
    public void chooseAndOpen() {
        files.chooseAndOpen();
    }

    /** Opens an analysis file: reads it and its input layers in the background. */
    public void open(Path file) {
        files.open(file);
    }

    /** Saves the analysis to its file, or asks for one; returns false when cancelled or failed. */
    public boolean save() {
        return files.save();
    }

    /** Saves the analysis to a chosen file. */
    public boolean saveAs() {
        return files.saveAs();
    }

    /** Writes the analysis (the YAML the command line reads) to a file, rewriting relative paths. */
    public boolean saveTo(Path file) {
        return files.saveTo(file);
    }

    /** Closes the window, asking first about unsaved changes. */
    public void quit() {
        files.quit();
    }

    /** Runs the analysis as edited, in the background; its layers and tables appear when done. */
    public void run() {
        if (session.run()) {
            status("Running " + form.spec().name() + "\u2026");
        }
    }

    /** Asks the running analysis to stop; it stops at its next check. */
    public void cancel() {
        session.cancel();
    }

    /** Shows what is under a point: features of visible layers and, after a run, walking times. */
    public void identifyAt(Coordinate at) {
        if (whatIf.clicked(at)) {
            return;
        }
        runResults.identifyAt(at);
        side.getSelectionModel().select(identifyTab);
        tables.mapClicked(at, 4 * map.viewport().mPerPx());
    }

    /** Opens the attribute table of the layer selected in the layer panel (else of the top layer with features). */
    public void openAttributeTable() {
        tables.openSelected(layerPanel.selectedId());
    }

    /** @return the map's tools: measuring, finding a place */
    MapTools mapTools() {
        return mapTools;
    }

    /** Opens the user guide (bundled, offline) in the browser. */
    public void openUserGuide() {
        Help.openUserGuide(stage, helpDir, openDocument, this::status);
    }

    /** @param open opens a document's URI in the user's browser (the application's HostServices) */
    public void setOpenDocument(Consumer<String> open) {
        openDocument = open;
    }

    /** Writes the user guide elsewhere than the per-user cache (tests). */
    void setHelpDir(Path dir) {
        helpDir = dir;
    }

    /** @return the attribute table under the map */
    AttributeTables tables() {
        return tables;
    }

    private void desertSelected(org.catchment.ui.results.model.ResultRows.DesertRow row) {
        runResults.desertSelected(row);
    }

    /** Shows an extent on the map. */
    @Override
    public void zoomTo(Envelope extent) {
        map.zoomTo(extent);
    }

    /** Shows all visible layers. */
    public void zoomToAll() {
        map.zoomTo(layers.extent());
    }

    /** @return the map as shown (layers, visibility, the view's extent) on the analysis's page */
    public MapDocument currentMap() {
        return mapDocument().toBuilder().extent(map.viewport().envelope()).build();
    }

    private MapDocument mapDocument() {
        AnalysisSpec spec = form.spec();
        Path base = session.baseDir() != null ? session.baseDir() : Path.of("").toAbsolutePath();
        return MapPages.page(spec.name() == null ? "" : spec.name(), new Analysis(spec, document().file(), base))
                .layers(layers.drawn()).extent(layers.extent()).basemap(basemap.forMap(result())).build();
    }

    private void updateTitle() {
        stage.setTitle(session.document().title());
    }

    private void updateScale() {
        scale.setText(map.viewport().scaleText());
    }
}
