package org.catchment.analysis;

import java.nio.file.Path;

/**
 * A layer named in an analysis file: a file, optionally with a GeoPackage table after a
 * {@code #} ({@code roads.gpkg#road_link}).
 *
 * @param file  the file, resolved against the analysis file's folder
 * @param table the GeoPackage table, or null
 */
public record LayerRef(Path file, String table) {

    /** Parses "path" or "path#table" relative to a folder. */
    public static LayerRef parse(String text, Path baseDir) {
        int hash = text.lastIndexOf('#');
        String file = hash > 0 ? text.substring(0, hash) : text;
        String table = hash > 0 ? text.substring(hash + 1) : null;
        return new LayerRef(baseDir.resolve(file).normalize(), table == null || table.isBlank() ? null : table);
    }

    @Override
    public String toString() {
        return table == null ? file.toString() : file + "#" + table;
    }
}
