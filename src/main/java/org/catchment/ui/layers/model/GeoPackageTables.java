package org.catchment.ui.layers.model;

import java.nio.file.Path;
import java.util.List;
import org.catchment.InputException;

/**
 * The decision behind adding a GeoPackage: one feature table is added directly, several make the
 * user pick which (all ticked to start with), none is an error.
 */
public final class GeoPackageTables {

    private GeoPackageTables() {
    }

    /** @return true when the user must choose among the tables */
    public static boolean needsPicker(List<String> tables) {
        return tables.size() > 1;
    }

    /**
     * @param gpkg   the GeoPackage
     * @param tables its feature tables
     * @param chosen the tables the user ticked (ignored without a picker), in any order
     * @return the layers to add, in the file's table order
     * @throws InputException when the file has no feature table
     */
    public static List<AddedLayer> layers(Path gpkg, List<String> tables, List<String> chosen) {
        if (tables.isEmpty()) {
            throw new InputException(gpkg, null, "the GeoPackage has no feature tables",
                    "Add a GeoPackage holding points, lines or polygons");
        }
        List<String> pick = needsPicker(tables) ? tables.stream().filter(chosen::contains).toList() : tables;
        return pick.stream().map(t -> AddedLayer.table(gpkg, t)).toList();
    }
}
