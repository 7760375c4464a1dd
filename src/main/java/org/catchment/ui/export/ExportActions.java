package org.catchment.ui.export;

import java.io.File;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AtlasOf;
import org.catchment.analysis.ProgressListener;
import org.catchment.export.Atlas;
import org.catchment.export.MapExport;
import org.catchment.export.Outputs;
import org.catchment.render.Basemap;
import org.catchment.render.MapDocument;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.export.model.PrintLayout;
import org.catchment.ui.form.model.AnalysisForm;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.model.AnalysisDocument;
import org.catchment.ui.model.TiledResults;

/**
 * The main window's exports: a map page as PNG through the print layout dialog (the current map,
 * or after a run the same deserts and per-type maps the command line writes; the view, or one
 * ward; at a chosen page size, with the legend, scale bar, north arrow and basemap as chosen), an
 * atlas of such pages (one per ward or per desert, {@link Atlas}, into an {@code atlas} folder
 * replaced as a whole), and all outputs of the last run (GeoPackage, CSV tables, PNG maps) to the
 * analysis's output folder. Pages are composed by the {@code export} package and drawn by
 * {@code render}, as {@code catchment run} draws them; the writing runs in the background. It
 * reaches the window only through {@link Host}. A tiled run's outputs are written from its finished
 * tiles, which are removed once they are written: a second export of the same result says to run
 * again ({@link TiledResults#exportedOnce}) instead of trying.
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

        /** @return the map's layers (the wards a page may show before a run) */
        LayerListModel layers();

        /** @return the basemap of View &gt; Basemap for an exported page, or null for none */
        Basemap exportBasemap();
    }

    private final Host window;
    /**
     * The tiled run's result whose outputs were written (its finished tiles were then removed), and
     * where; weakly held, so a closed result is not kept in memory for this.
     */
    private WeakReference<AnalysisResult> exported = new WeakReference<>(null);
    private Path exportedTo;

    /** @param window the window whose map and result are exported */
    public ExportActions(Host window) {
        this.window = window;
    }

    /** Asks for the page (or atlas) in the print layout dialog and where, then exports it. */
    public void askPng() {
        List<ExportDialog.MapChoice> choices = new ArrayList<>();
        List<Supplier<MapDocument>> docs = new ArrayList<>();
        MapDocument current = window.currentMap();
        choices.add(new ExportDialog.MapChoice("Current map (layers as shown)", current.title(), current.subtitle()));
        docs.add(window::currentMap);
        if (window.result() != null) {
            MapExport export = new MapExport(window.result(), null);
            MapDocument deserts = export.desertMap();
            choices.add(new ExportDialog.MapChoice("Deserts map", deserts.title(), deserts.subtitle()));
            docs.add(export::desertMap);
            for (int i = 0; i < window.result().types().size(); i++) {
                int index = i;
                MapDocument type = export.typeMap(i);
                choices.add(new ExportDialog.MapChoice(window.result().types().get(i).spec().label() + " map",
                        type.title(), type.subtitle()));
                docs.add(() -> export.typeMap(index));
            }
        }
        boolean hasBasemap = window.exportBasemap() != null;
        PrintLayout form = new PrintLayout(window.form().spec().output(), current.title());
        form.setBasemap(hasBasemap);
        List<Atlas.Place> wards = wards();
        ExportDialog.ask(window.stage(), choices, wards.stream().map(Atlas.Place::name).toList(),
                window.result() != null && !window.result().deserts().deserts().isEmpty(),
                hasBasemap, form).ifPresent(req -> {
                    if (req.atlas() == AtlasOf.NONE) {
                        FileChooser chooser = new FileChooser();
                        chooser.setTitle("Export map as PNG");
                        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
                        chooser.setInitialFileName("map.png");
                        File f = chooser.showSaveDialog(window.stage());
                        if (f != null) {
                            print(docs.get(req.map()).get(), f.toPath(), req);
                        }
                    } else {
                        DirectoryChooser chooser = new DirectoryChooser();
                        chooser.setTitle("Folder for the atlas (its pages go into an atlas folder in it)");
                        File f = chooser.showDialog(window.stage());
                        Path folder = f == null ? null : f.toPath().resolve(Atlas.FOLDER);
                        if (folder != null && (!Files.exists(folder) || Dialogs.confirm(window.stage(),
                                "Replace the atlas?", folder + " exists; its pages will be replaced by the new atlas."))) {
                            atlas(docs.get(req.map()).get(), folder, req);
                        }
                    }
                });
    }

    /**
     * Draws a page as the print layout asks (title, area, page, legend, scale bar, north arrow,
     * basemap) and writes it as PNG, in the background.
     *
     * @param doc    the map the page shows (its layers, credits and legend)
     * @param target the PNG file
     */
    public void print(MapDocument doc, Path target, PrintLayout.Request req) {
        MapDocument page = compose(doc, req);
        if (req.place() >= 0) {
            page = Atlas.pages(page, req.title(), "ward", List.of(wards().get(req.place()))).get(0).document();
        }
        MapExport.Map map = new MapExport.Map(target.getFileName().toString(), page, req.widthPx(), req.heightPx(),
                req.dpi(), req.options());
        window.status("Exporting " + target.getFileName() + "\u2026");
        Background.run("export", () -> {
            map.write(target);
            return target;
        }, done -> window.status("Exported " + done),
                e -> Dialogs.error(window.stage(), "The map could not be exported", e));
    }

    /**
     * Writes an atlas: a page of the map per ward or per desert ({@link Atlas}), into {@code folder},
     * which is replaced as a whole once every page is drawn, in the background.
     */
    public void atlas(MapDocument doc, Path folder, PrintLayout.Request req) {
        List<Atlas.Place> places = req.atlas() == AtlasOf.WARDS ? wards()
                : Atlas.places(window.result(), AtlasOf.DESERTS);
        String prefix = req.atlas() == AtlasOf.WARDS ? "ward" : "desert";
        List<MapExport.Map> pages = Atlas.pages(compose(doc, req), req.title(), prefix, places).stream()
                .map(p -> new MapExport.Map(p.fileName(), p.document(), req.widthPx(), req.heightPx(), req.dpi(),
                        req.options())).toList();
        window.status("Exporting an atlas of " + pages.size() + " pages\u2026");
        Background.run("atlas", () -> Atlas.write(pages, folder, () -> false),
                files -> window.status("Exported " + files.size() + " atlas pages to " + folder),
                e -> Dialogs.error(window.stage(), "The atlas could not be exported", e));
    }

    /** @return the map with the page's title, subtitle and basemap */
    private MapDocument compose(MapDocument doc, PrintLayout.Request req) {
        return doc.toBuilder().title(req.title()).subtitle(req.subtitle().isBlank() ? null : req.subtitle())
                .basemap(req.basemap() ? window.exportBasemap() : null).build();
    }

    /**
     * @return the wards a page or an atlas may show: the last run's study-area zones (with what
     *     each page says of its deserts), else the ward layer's features named by the analysis's
     *     name field
     */
    private List<Atlas.Place> wards() {
        AnalysisResult r = window.result();
        if (r != null) {
            return Atlas.places(r, AtlasOf.WARDS);
        }
        LayerItem wards = window.layers().items().stream().filter(i -> i.group() == LayerItem.Group.INPUT
                && i.name().equals("Wards") && i.source() != null).findFirst().orElse(null);
        var study = window.form().spec().studyArea();
        return wards == null ? List.of() : Atlas.places(wards.source(), study == null ? null : study.nameField());
    }

    /** Asks before writing all outputs of the last run to the analysis's output folder. */
    public void askAll() {
        if (window.result() == null) {
            Dialogs.info(window.stage(), "Nothing to export yet", "Run the analysis first (Analysis > Run, Ctrl+R).");
            return;
        }
        if (exportedOnce()) {
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
        if (exportedOnce()) {
            return;
        }
        Path dir = outputDir();
        AnalysisResult run = window.result();
        AnalysisResult r = run.withOutputDir(dir).withMap(window.form().spec().map());
        window.status("Exporting to " + dir + "\u2026");
        Background.run("export", () -> Outputs.write(r, force, ProgressListener.NONE, () -> false),
                files -> {
                    if (run.tiled()) {
                        exported = new WeakReference<>(run);
                        exportedTo = dir;
                    }
                    window.status("Wrote " + files.size() + " files to " + dir);
                }, e -> Dialogs.error(window.stage(), "The outputs could not be written", e));
    }

    /**
     * @return true (after saying so) when the last run was tiled and its outputs were written already:
     *     the finished tiles they are written from were then removed, so only a new run writes them again
     */
    private boolean exportedOnce() {
        AnalysisResult r = window.result();
        if (r == null || !r.tiled() || r != exported.get()) {
            return false;
        }
        Dialogs.info(window.stage(), "Run the analysis again to export", TiledResults.exportedOnce(exportedTo));
        return true;
    }

    /** @return the output folder of the analysis as saved now (the run may predate the first save) */
    private Path outputDir() {
        return window.document().file().getParent().resolve(window.form().spec().output().dir()).normalize();
    }
}
