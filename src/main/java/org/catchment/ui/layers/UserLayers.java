package org.catchment.ui.layers;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.catchment.analysis.AnalysisSpec.FacilitySpec;
import org.catchment.io.BadRowException;
import org.catchment.io.LayerReader;
import org.catchment.io.csv.CsvTable;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.io.memory.LoadEstimate;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.ui.common.Background;
import org.catchment.ui.common.Dialogs;
import org.catchment.ui.layers.model.AddedLayer;
import org.catchment.ui.layers.model.CsvMapping;
import org.catchment.ui.layers.model.GeoPackageTables;
import org.catchment.ui.layers.model.LayerItem;
import org.catchment.ui.layers.model.LayerListModel;
import org.catchment.ui.layers.model.LayerStyles;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * The layers a user adds to the map beside the analysis's own (File &gt; Add layer, drag and
 * drop): shapefiles, GeoJSON, GeoPackage tables (a picker when there are several) and CSV points
 * (a column-mapping dialog), read in the background. Remembers how each was read, so a point or
 * polygon layer can become a facility type of the analysis ("Use as facility type"). It reaches
 * the window only through {@link Host} and the analysis only through a {@link TypeAdder}.
 */
public final class UserLayers {

    /** What the added layers need of the window they are added to. */
    public interface Host {
        /** @return the window, owner of the dialogs */
        Stage stage();

        /** @return the layer list the layers go into */
        LayerListModel layers();

        /** @return the heap Java may still take, bytes (the check before loading something large) */
        long freeHeapBytes();

        /** Shows a line in the status bar. */
        void status(String text);

        /** Shows an extent on the map. */
        void zoomTo(Envelope extent);

        /** @return the analysis file's folder, or null while the analysis is unsaved */
        Path analysisDir();

        /** Brings the analysis panel to the front. */
        void showAnalysisPanel();
    }

    /** Makes an added layer a facility type of the analysis (the analysis form's {@code addLayerAsType}). */
    @FunctionalInterface
    public interface TypeAdder {
        /**
         * @return the type added or extended
         * @throws IllegalArgumentException naming what is wrong, fit to show in the dialog
         */
        FacilitySpec add(AddedLayer layer, String type, String label, String bandsText, Path analysisDir);
    }

    private final Host window;
    private final TypeAdder types;
    private final Map<Long, AddedLayer> sources = new HashMap<>();
    private int count;

    /**
     * @param window the window the layers are added to
     * @param types  makes an added layer a facility type
     */
    public UserLayers(Host window, TypeAdder types) {
        this.window = window;
        this.types = types;
        window.layers().onChange(() -> sources.keySet().removeIf(id -> window.layers().get(id) == null));
    }

    /**
     * Adds layer files (shapefile, GeoPackage, GeoJSON, CSV of points) to the map, read in the
     * background; a GeoPackage of several tables asks which to add, a CSV which columns hold the points.
     */
    public void addLayers(List<Path> files) {
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".gpkg")) {
                Background.run("tables", () -> GeoPackageReader.featureTables(file), tables -> addTables(file, tables),
                        this::failed);
            } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                Background.run("columns", () -> CsvTable.read(file).columns(),
                        columns -> LayerDialogs.mapCsv(window.stage(), file.toAbsolutePath(), new CsvMapping(columns, window.layers().crs()))
                                .ifPresent(this::addLayer),
                        this::failed);
            } else {
                addLayer(AddedLayer.of(file.toAbsolutePath()));
            }
        }
    }

    private void addTables(Path file, List<String> tables) {
        List<String> chosen = tables;
        if (GeoPackageTables.needsPicker(tables)) {
            chosen = LayerDialogs.pickTables(window.stage(), file.getFileName().toString(), tables).orElse(List.of());
        }
        try {
            GeoPackageTables.layers(file.toAbsolutePath(), tables, chosen).forEach(this::addLayer);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /**
     * Reads one added layer in the background and puts it on top of the user's layers; asks first
     * when the layer is likely to need more heap than is free ({@link LoadEstimate}).
     */
    public void addLayer(AddedLayer added) {
        Background.run("estimate", () -> LoadEstimate.of(added.file(), added.table()), estimate -> {
            long free = window.freeHeapBytes();
            if (!estimate.fits(free) && !Dialogs.confirm(window.stage(), "This layer may not fit in memory",
                    estimate.message(free) + "\n\nAdd it anyway?")) {
                window.status("Not added: " + added.displayName() + " (too large for the memory Java may use).");
                return;
            }
            read(added);
        }, this::failed);
    }

    private void read(AddedLayer added) {
        CoordinateReferenceSystem mapCrs = window.layers().crs();
        Background.run("add", () -> readLayer(added, mapCrs), layer -> {
            LayerItem item = window.layers().add(LayerItem.Group.USER, layer.name(), layer,
                    LayerStyles.added(layer.kind(), count++));
            sources.put(item.id(), added);
            if (window.layers().items().size() == 1) {
                window.zoomTo(item.envelope());
            }
            window.status("Added " + layer);
        }, this::failed);
    }

    /** @return true for a point or polygon layer the user added (it can become a facility type) */
    public boolean canBeFacility(LayerItem item) {
        return sources.containsKey(item.id()) && item.source() != null
                && item.source().kind() != GeometryKind.LINE;
    }

    /** Asks for a type identifier, label and bands and adds the user layer with this id as a facility type. */
    public void useAsFacility(long id) {
        AddedLayer added = sources.get(id);
        if (added == null) {
            return;
        }
        Path base = window.analysisDir();
        FacilitySpec[] type = new FacilitySpec[1];
        if (LayerDialogs.useAsFacility(window.stage(), added,
                v -> type[0] = types.add(added, v[0], v[1], v[2], base))) {
            window.status((type[0].layers().size() > 1 ? "Added the layer to the facility type " : "Added the facility"
                    + " type ") + type[0].type() + "; it is included in the next run.");
            window.showAnalysisPanel();
        }
    }

    /** @return how the user layer with this id was read, or null for an analysis or result layer */
    public AddedLayer readAs(long id) {
        return sources.get(id);
    }

    /** @return the layer read into the map's CRS (null: chosen from the layer, as {@code auto} does) */
    private static Layer readLayer(AddedLayer added, CoordinateReferenceSystem mapCrs) {
        return added.isCsv() ? LayerReader.read(added.file(), added.csvOptions(mapCrs))
                : LayerReader.read(added.file(), added.readOptions(mapCrs));
    }

    /** Asks for layer files and adds them. */
    public void chooseAndAdd() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add layer");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Layers", "*.shp", "*.gpkg", "*.geojson", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (window.analysisDir() != null) {
            chooser.setInitialDirectory(window.analysisDir().toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(window.stage());
        if (files != null) {
            addLayers(files.stream().map(File::toPath).toList());
        }
    }

    private void failed(Throwable e) {
        Dialogs.error(window.stage(), "The layer could not be added", e instanceof BadRowException bad
                ? bad.orSkip("add the file again and tick \"Skip rows that cannot be placed\"") : e);
    }
}
