package org.catchment.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.catchment.BundledSample;
import org.catchment.CatchmentException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.Completeness;
import org.catchment.analysis.InputMemory;
import org.catchment.io.memory.LoadEstimate;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.layers.model.InputLayers;
import org.catchment.ui.model.AnalysisSession;
import org.catchment.ui.model.AppSetup;
import org.catchment.ui.model.RecentFiles;

/**
 * The window's File actions on the open analysis: new, open (reading the file and its layers in
 * the background, after a memory check; an analysis still incomplete opens, to be finished), open
 * the sample town (the user's copy, {@link BundledSample}), open recent, save, save as, drop files
 * on the map and quit, asking first about unsaved changes. The state they change is the
 * {@link AnalysisSession}'s; the recent files are kept in the user's settings.
 */
final class FileActions implements StartPage.Actions {

    private final MainWindow window;
    private final AnalysisSession session;
    private final MapInputs inputs;
    private final AppSetup setup;
    private final RecentFiles recent;
    private final Menu recentMenu = new Menu("Open recent");
    private final List<Consumer<List<RecentFiles.Entry>>> recentListeners = new ArrayList<>();
    private LongSupplier freeHeap = LoadEstimate::freeHeapBytes;

    FileActions(MainWindow window, AnalysisSession session, MapInputs inputs, AppSetup setup) {
        this.window = window;
        this.session = session;
        this.inputs = inputs;
        this.setup = setup;
        this.recent = new RecentFiles(setup.settings());
        refreshRecent();
    }

    /** Tells {@code listener} the recent files now and whenever they change. */
    void onRecentChanged(Consumer<List<RecentFiles.Entry>> listener) {
        recentListeners.add(listener);
        listener.accept(recent.entries());
    }

    /** Takes a file off the recent list. */
    @Override
    public void removeRecent(Path file) {
        recent.remove(file);
        refreshRecent();
    }

    /** Opens the user's copy of the sample town, copying the sample there first (in the background). */
    @Override
    public void openSample() {
        BundledSample.Source sample = setup.sample().orElse(null);
        if (sample == null) {
            Dialogs.info(window.stage(), "The sample town is not installed", "This copy of Catchment came without"
                    + " the sample town (data/sample). Open an analysis of your own, or start a new one.");
            return;
        }
        window.status("Copying the sample town to " + setup.sampleCopy() + "\u2026");
        Background.run("sample", () -> BundledSample.copy(sample.folder(), setup.sampleCopy()), this::open,
                e -> {
                    window.status("The sample town could not be copied.");
                    Dialogs.error(window.stage(), "The sample town could not be opened", e);
                });
    }

    /** @return File > Open recent, kept up to date */
    Menu recentMenu() {
        return recentMenu;
    }

    /** @return the heap Java may still take, bytes */
    long freeHeapBytes() {
        return freeHeap.getAsLong();
    }

    /** Replaces how the free heap is measured (tests pretend a small heap). */
    void setFreeHeap(LongSupplier freeHeap) {
        this.freeHeap = freeHeap;
    }

    /** Starts a new analysis without a file, asking first about unsaved changes. */
    @Override
    public void newAnalysis() {
        if (!confirmDiscard()) {
            return;
        }
        AnalysisSpec blank = AnalysisSpec.named("New analysis");
        session.open(null, blank);
        inputs.showing(blank);
        window.form().load(blank);
        inputs.opened(blank, null);
        window.status("New analysis: add the roads, the ward layer and facility types in the Analysis panel, then"
                + " Run (Ctrl+R).");
        window.showAnalysisPanel();
    }

    /** Asks for an analysis file and opens it. */
    @Override
    public void chooseAndOpen() {
        File f = chooser("Open analysis").showOpenDialog(window.stage());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens an analysis file: reads it and its input layers in the background. */
    @Override
    public void open(Path file) {
        if (!confirmDiscard()) {
            return;
        }
        window.status("Opening " + file.getFileName() + "\u2026");
        Consumer<Throwable> failed = e -> {
            if (Files.exists(file) || !recent.list().contains(file.toAbsolutePath().normalize())) {
                window.status("Could not open " + file.getFileName());
            } else {
                recent.remove(file);
                refreshRecent();
            }
            Dialogs.error(window.stage(), "The analysis could not be opened", e);
        };
        Background.run("open", () -> {
            Analysis analysis = AnalysisFiles.readDraft(file);
            return Map.entry(analysis, memoryWarning(analysis));
        }, read -> {
            Analysis analysis = read.getKey();
            if (!read.getValue().isEmpty() && !Dialogs.confirm(window.stage(), "The inputs may not fit in memory",
                    read.getValue() + "\n\nOpen the analysis anyway?")) {
                window.status("Not opened: " + file.getFileName() + " (too large for the memory Java may use).");
                return;
            }
            Background.run("open", () -> InputLayers.read(analysis, window.layers()::nextId, () -> false),
                    loaded -> opened(analysis, loaded), failed);
        }, failed);
    }

    private void opened(Analysis analysis, InputLayers.Loaded loaded) {
        session.open(analysis.file(), analysis.spec());
        inputs.showing(analysis.spec());
        window.form().load(analysis.spec());
        inputs.opened(analysis.spec(), loaded);
        recent.add(analysis.file());
        refreshRecent();
        window.status("Opened " + analysis.file().getFileName() + ": " + loaded.layers().size() + " layers. "
                + Completeness.firstGap(analysis.spec()).map(g -> g.appMessage() + " ").orElse("")
                + String.join(" ", loaded.warnings()));
        window.mapTools().restore(analysis.spec().map(), window::statusText);
        window.showAnalysisPanel();
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

    /** Saves the analysis to its file, or asks for one; returns false when cancelled or failed. */
    boolean save() {
        return session.document().file() == null ? saveAs() : saveTo(session.document().file());
    }

    /** Saves the analysis to a chosen file. */
    boolean saveAs() {
        FileChooser chooser = chooser("Save analysis");
        Path file = session.document().file();
        if (file != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
            chooser.setInitialFileName(file.getFileName().toString());
        }
        File f = chooser.showSaveDialog(window.stage());
        return f != null && saveTo(f.toPath());
    }

    /**
     * Writes the analysis to a file (the paths rewritten for its folder), with the map as shown
     * (its {@code map} section); false when it failed.
     */
    boolean saveTo(Path file) {
        AnalysisSpec saved;
        window.form().setMap(window.mapTools().state());
        try {
            saved = session.saveTo(file);
        } catch (RuntimeException e) {
            Dialogs.error(window.stage(), "The analysis could not be saved", e);
            return false;
        }
        inputs.showing(saved);
        window.form().load(saved);
        recent.add(session.document().file());
        refreshRecent();
        window.status("Saved " + session.document().file());
        return true;
    }

    /** Lets files be dropped on a view (the map): see {@link #dropped}. */
    void acceptDrops(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().getFiles();
            e.setDropCompleted(dropped != null && !dropped.isEmpty());
            e.consume();
            if (dropped != null && !dropped.isEmpty()) {
                Platform.runLater(() -> dropped(dropped));
            }
        });
    }

    /** Opens an analysis file dropped on the map and adds the other files as layers. */
    void dropped(List<File> files) {
        List<Path> paths = files.stream().map(File::toPath).toList();
        paths.stream().filter(FileActions::isAnalysisFile).findFirst().ifPresent(this::open);
        window.userLayers().addLayers(paths.stream().filter(p -> !isAnalysisFile(p)).toList());
    }

    /** Closes the window, asking first about unsaved changes. */
    void quit() {
        if (confirmDiscard()) {
            window.stage().hide();
        }
    }

    /** @return true when there are no unsaved changes, or the user saved or discarded them */
    boolean confirmDiscard() {
        if (!session.document().isDirty()) {
            return true;
        }
        return switch (Dialogs.askSave(window.stage(), session.document().current().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private static boolean isAnalysisFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yml") || n.endsWith(".yaml");
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Analysis files", "*.yml", "*.yaml"));
        return chooser;
    }

    private void refreshRecent() {
        List<RecentFiles.Entry> entries = recent.entries();
        recentMenu.getItems().clear();
        for (RecentFiles.Entry entry : entries) {
            MenuItem m = new MenuItem(entry.file() + (entry.missing() ? " (missing)" : ""));
            m.setOnAction(e -> open(entry.file()));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
        recentListeners.forEach(l -> l.accept(entries));
    }
}
