package org.catchment.ui.form;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.catchment.analysis.SpecPaths;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.ui.common.Dialogs;

/**
 * The file and folder choosers of the analysis panel. Each returns the chosen input as the
 * analysis file writes it: relative to the analysis file's folder (see {@link SpecPaths#relative}),
 * with {@code #table} for a GeoPackage table, so what the panel edits is what the file will hold.
 */
final class InputChooser {

    private static final FileChooser.ExtensionFilter LAYERS = new FileChooser.ExtensionFilter(
            "Layers (shapefile, GeoPackage, GeoJSON)", "*.shp", "*.gpkg", "*.geojson", "*.json");
    private static final FileChooser.ExtensionFilter TABLES = new FileChooser.ExtensionFilter("CSV tables", "*.csv",
            "*.txt");

    private final Supplier<Window> owner;
    private final Supplier<Path> baseDir;

    /**
     * @param owner   the window the choosers belong to
     * @param baseDir the analysis file's folder, or null while it has none
     */
    InputChooser(Supplier<Window> owner, Supplier<Path> baseDir) {
        this.owner = owner;
        this.baseDir = baseDir;
    }

    /** @return an OS Open Roads download folder (its RoadLink tiles are read) */
    Optional<String> roadsFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("OS Open Roads folder (holding the RoadLink shapefiles)");
        initialDir().ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        File dir = chooser.showDialog(owner.get());
        return dir == null ? Optional.empty() : Optional.of(written(dir.toPath()));
    }

    /** @return a RoadLink shapefile or a GeoPackage's road-link table */
    Optional<String> roadsFile() {
        return choose("Roads (OS Open Roads RoadLink, or any line layer)", new FileChooser.ExtensionFilter(
                "Line layer (shapefile, GeoPackage, GeoJSON)", "*.shp", "*.gpkg", "*.geojson", "*.json"))
                .flatMap(f -> withTable(f, "road_link"));
    }

    /** @return an OpenStreetMap extract */
    Optional<String> osmExtract() {
        return choose("OpenStreetMap extract", new FileChooser.ExtensionFilter("OpenStreetMap PBF or XML", "*.osm.pbf",
                "*.pbf", "*.osm")).map(this::written);
    }

    /**
     * @param title     the chooser's title
     * @param preferred a GeoPackage table to take without asking when present (null: ask when several)
     * @return a spatial layer
     */
    Optional<String> layer(String title, String preferred) {
        return choose(title, LAYERS).flatMap(f -> withTable(f, preferred));
    }

    /** @return a CSV table */
    Optional<String> table(String title) {
        return choose(title, TABLES).map(this::written);
    }

    /** @return a folder, e.g. for outputs */
    Optional<String> folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        initialDir().ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        File dir = chooser.showDialog(owner.get());
        return dir == null ? Optional.empty() : Optional.of(written(dir.toPath()));
    }

    private Optional<Path> choose(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filter, new FileChooser.ExtensionFilter("All files", "*.*"));
        initialDir().ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    private Optional<String> withTable(Path file, String preferred) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            return Optional.of(written(file));
        }
        List<String> tables;
        try {
            tables = GeoPackageReader.featureTables(file);
        } catch (RuntimeException e) {
            Dialogs.error(owner.get(), "The GeoPackage could not be read", e);
            return Optional.empty();
        }
        if (tables.isEmpty()) {
            Dialogs.error(owner.get(), "The GeoPackage could not be used", file.getFileName()
                    + " has no feature table. Choose a GeoPackage holding the layer.");
            return Optional.empty();
        }
        Optional<String> table = tables.stream().filter(t -> t.equalsIgnoreCase(preferred)).findFirst();
        if (table.isEmpty() && tables.size() == 1) {
            table = Optional.of(tables.get(0));
        }
        if (table.isEmpty()) {
            ChoiceDialog<String> ask = new ChoiceDialog<>(tables.get(0), tables);
            ask.initOwner(owner.get());
            ask.setTitle("Catchment");
            ask.setHeaderText(file.getFileName() + " holds " + tables.size() + " layers. Which one?");
            table = ask.showAndWait();
        }
        return table.map(t -> written(file) + "#" + t);
    }

    private String written(Path file) {
        return SpecPaths.relative(file, baseDir.get());
    }

    private Optional<Path> initialDir() {
        Path base = baseDir.get();
        return base != null && Files.isDirectory(base) ? Optional.of(base) : Optional.empty();
    }
}
