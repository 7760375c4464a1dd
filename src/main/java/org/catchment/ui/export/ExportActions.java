package org.catchment.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.ProgressListener;
import org.catchment.export.MapExport;
import org.catchment.export.Outputs;
import org.catchment.render.MapDocument;
import org.catchment.render.MapRenderer;
import org.catchment.render.PngWriter;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.model.AnalysisDocument;

/**
 * The main window's exports: a map page as PNG (the current map, or after a run the same deserts
 * and per-type maps the command line writes, at a chosen size and resolution) and all outputs of
 * the last run (GeoPackage, CSV tables, PNG maps) to the analysis's output folder. The writing
 * runs in the background. It reaches the window only through {@link Host}.
 */
public final class ExportActions {

    /** What the exports need of the window. */
    public interface Host {
        /** @return the window, owner of the dialogs */
        Stage stage();

        /** @return the map as shown (layers, visibility, the view's extent) on the analysis's page */
        MapDocument currentMap();

        /** @return the last run's result, or null */
        AnalysisResult result();

        /** @return the analysis as edited */
        AnalysisForm form();

        /** @return the open document (its file) */
        AnalysisDocument document();

        /** Shows a line in the status bar. */
        void status(String text);
    }

    private final Host window;

    /** @param window the window whose map and result are exported */
    public ExportActions(Host window) {
        this.window = window;
    }

    /** Asks which map to export, at what size, and where, then exports it. */
    public void askPng() {
        List<String> names = new ArrayList<>(List.of("Current map (layers as shown)"));
        List<Supplier<MapDocument>> docs = new ArrayList<>();
        docs.add(window::currentMap);
        if (window.result() != null) {
            MapExport export = new MapExport(window.result());
            names.add("Deserts map");
            docs.add(export::desertMap);
            for (int i = 0; i < window.result().types().size(); i++) {
                int index = i;
                names.add(window.result().types().get(i).spec().label() + " map");
                docs.add(() -> export.typeMap(index));
            }
        }
        AnalysisSpec.OutputSpec o = window.form().spec().output();
        ExportDialog.ask(window.stage(), names, o.widthPx(), o.heightPx(), o.dpi()).ifPresent(req -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export map as PNG");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            chooser.setInitialFileName("map.png");
            File f = chooser.showSaveDialog(window.stage());
            if (f == null) {
                return;
            }
            png(docs.get(req.map()).get(), f.toPath(), req);
        });
    }

    /** Draws a map page (as the command line does) and writes it as PNG in the background. */
    public void png(MapDocument doc, Path target, ExportDialog.Request req) {
        window.status("Exporting " + target.getFileName() + "\u2026");
        Background.run("export", () -> {
            PngWriter.write(MapRenderer.renderPage(doc, req.widthPx(), req.heightPx(), req.dpi()), target, req.dpi());
            return target;
        }, done -> window.status("Exported " + done),
                e -> Dialogs.error(window.stage(), "The map could not be exported", e));
    }

    /** Asks before writing all outputs of the last run to the analysis's output folder. */
    public void askAll() {
        if (window.result() == null) {
            Dialogs.info(window.stage(), "Nothing to export yet", "Run the analysis first (Analysis > Run, Ctrl+R).");
            return;
        }
        if (window.document().file() == null) {
            Dialogs.info(window.stage(), "Save the analysis first", "Outputs are written beside the analysis file"
                    + " (in its " + window.form().spec().output().dir() + " folder). Save the analysis (Ctrl+S),"
                    + " then export again.");
            return;
        }
        Path dir = outputDir();
        boolean exists = Outputs.fileNames(window.result().analysis().spec()).stream()
                .anyMatch(n -> Files.exists(dir.resolve(n)));
        String question = "The GeoPackage, the CSV tables and the PNG maps go to\n" + dir
                + (exists ? "\n\nSome of these files exist already and will be replaced." : "");
        if (Dialogs.confirm(window.stage(), "Export all outputs", question)) {
            writeAll(exists);
        }
    }

    /**
     * Writes the last run's GeoPackage, CSV tables and PNG maps to the analysis's output folder, as
     * the command line's {@code run} does, in the background.
     *
     * @param force replace existing outputs
     */
    public void writeAll(boolean force) {
        Path dir = outputDir();
        AnalysisResult r = window.result().withOutputDir(dir).withMap(window.form().spec().map());
        window.status("Exporting to " + dir + "\u2026");
        Background.run("export", () -> Outputs.write(r, force, ProgressListener.NONE, () -> false),
                files -> window.status("Wrote " + files.size() + " files to " + dir),
                e -> Dialogs.error(window.stage(), "The outputs could not be written", e));
    }

    /** @return the output folder of the analysis as saved now (the run may predate the first save) */
    private Path outputDir() {
        return window.document().file().getParent().resolve(window.form().spec().output().dir()).normalize();
    }
}
