package org.catchment.ui;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.catchment.CancelledException;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.MapSpec;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.form.model.InputKey;
import org.catchment.ui.layers.model.InputLayers;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.layers.model.MapState;

/**
 * The open analysis's input layers on the map: put in place when an analysis opens, drawn again
 * in the background when an edit changes what they show ({@link InputKey}; an edit made meanwhile
 * supersedes the one before), and the ones kept above a run's results.
 */
final class MapInputs {

    private final LayerListModel layers;
    private final Consumer<List<String>> wardNames;
    private final Runnable zoomToAll;
    private final Consumer<String> status;
    /** Input layers kept above a run's results (facilities, ward outlines, barriers), top first. */
    private List<Long> aboveResults = List.of();
    /** The inputs the map shows now: an edit that changes them draws them again. */
    private InputKey shown;

    /**
     * @param layers    the layer list
     * @param wardNames told the study area's ward names (for the analysis panel's list)
     * @param zoomToAll shows every layer
     * @param status    shows a line in the status bar
     */
    MapInputs(LayerListModel layers, Consumer<List<String>> wardNames, Runnable zoomToAll, Consumer<String> status) {
        this.layers = layers;
        this.wardNames = wardNames;
        this.zoomToAll = zoomToAll;
        this.status = status;
    }

    /**
     * Shows the inputs of an analysis just opened (or, with {@code loaded} null, of a new one:
     * none). Call {@link #showing} before loading its spec into the form, so the load is not
     * taken for an edit.
     */
    void opened(AnalysisSpec spec, InputLayers.Loaded loaded) {
        shown = InputKey.of(spec);
        put(loaded == null ? new InputLayers.Loaded(List.of(), List.of(), List.of()) : loaded);
        zoomToAll.run();
    }

    /** Records that the inputs shown are those of {@code spec} (saved elsewhere: the same files, other paths). */
    void showing(AnalysisSpec spec) {
        shown = InputKey.of(spec);
    }

    /** @return the ids of the input layers to keep above a run's results, top first */
    List<Long> aboveResults() {
        return aboveResults;
    }

    /**
     * Draws the inputs of an edited analysis again when the edit changed them, in the background,
     * keeping the order, visibility and styles by field the layers of the same names had. A layer
     * that cannot be read yet (a path still being typed) is reported in the status line.
     *
     * @param baseDir the analysis file's folder, or null while unsaved
     */
    void edited(AnalysisSpec spec, Path file, Path baseDir) {
        InputKey key = InputKey.of(spec);
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        Analysis analysis = new Analysis(spec, file, baseDir != null ? baseDir : Path.of("").toAbsolutePath());
        Background.run("inputs", () -> InputLayers.read(analysis, layers::nextId, () -> !key.equals(shown)),
                loaded -> {
                    if (!key.equals(shown)) {
                        return;
                    }
                    boolean first = layers.items().stream().noneMatch(i -> i.group() == LayerItem.Group.INPUT);
                    MapSpec before = MapState.capture(layers, null);
                    put(loaded);
                    MapState.apply(before, layers, EnumSet.of(LayerItem.Group.INPUT));
                    if (first) {
                        zoomToAll.run();
                    }
                    status.accept("Inputs drawn: " + loaded.layers().size() + " layers. "
                            + String.join(" ", loaded.warnings()));
                }, e -> {
                    if (key.equals(shown) && !(e instanceof CancelledException)) {
                        status.accept("Not all inputs can be drawn yet: " + Dialogs.message(e));
                    }
                });
    }

    private void put(InputLayers.Loaded loaded) {
        layers.replaceGroup(LayerItem.Group.INPUT, loaded.layers());
        aboveResults = loaded.aboveResults();
        wardNames.accept(loaded.wardNames());
    }
}
