package org.catchment.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of one layer that have no geometry (a shapefile's null shape, a GeoPackage's NULL
 * or empty geometry, a GeoJSON {@code "geometry": null}), treated alike in every format: such a
 * feature has no place, so it cannot be used and is a bad row ({@link ReadOptions.BadRowPolicy}).
 * Under {@code FAIL} the read stops with one error naming the file, the count and the first
 * feature ids; under {@code SKIP} they are left out and counted in one warning.
 */
public final class MissingGeometries {

    static final int LISTED = 10;

    private final Path file;
    private final String table;
    private final List<String> ids = new ArrayList<>();

    /**
     * @param file  the file read
     * @param table the GeoPackage table, or null
     */
    public MissingGeometries(Path file, String table) {
        this.file = file;
        this.table = table;
    }

    /** Notes a feature without geometry. */
    public void add(String featureId) {
        ids.add(featureId);
    }

    /**
     * @param policy what to do with bad rows
     * @return the warning for the features left out under {@code SKIP}, or null when there were none
     * @throws BadRowException under {@code FAIL} when a feature has no geometry
     */
    public String check(ReadOptions.BadRowPolicy policy) {
        if (ids.isEmpty()) {
            return null;
        }
        String count = ids.size() == 1 ? "1 feature has" : ids.size() + " features have";
        String listed = String.join(", ", ids.subList(0, Math.min(LISTED, ids.size())))
                + (ids.size() > LISTED ? " and " + (ids.size() - LISTED) + " more" : "");
        if (policy != ReadOptions.BadRowPolicy.SKIP) {
            throw new BadRowException(file, table == null ? null : "table " + table, count + " no geometry (" + listed
                    + "), so " + (ids.size() == 1 ? "it has" : "they have") + " no place",
                    "Give each a geometry or delete it (in QGIS, for instance), then run again");
        }
        return file.getFileName() + (table == null ? "" : " (table " + table + ")") + ": " + count
                + " no geometry and " + (ids.size() == 1 ? "was" : "were") + " left out (" + listed + ").";
    }
}
