package org.catchment.io.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.catchment.io.BadRowException;
import org.catchment.io.MissingGeometries;
import org.catchment.io.ReadOptions.BadRowPolicy;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The rows of one GeoPackage table as {@link GeoPackageReader} reads them: decodes each geometry
 * and applies the bad-row policy to those it cannot use, as the other formats do. A NULL or empty
 * geometry goes to {@link MissingGeometries}; one that cannot be decoded is a {@link BadRowException}
 * under {@code FAIL} and left out, with one warning, under {@code SKIP}.
 *
 * @param gpkg   the file
 * @param table  the table
 * @param pk     its primary key column, or null
 * @param policy what to do with a row that cannot be used
 */
record Rows(Path gpkg, String table, String pk, BadRowPolicy policy, MissingGeometries missing, List<String> skipped) {

    Rows(Path gpkg, String table, String pk, BadRowPolicy policy) {
        this(gpkg, table, pk, policy, new MissingGeometries(gpkg, table), new ArrayList<>());
    }

    /** @return the row's geometry, or null when it has none or cannot be used (noted as the policy says) */
    Geometry geometry(String id, byte[] blob, WKBReader wkb) {
        if (blob == null) {
            missing.add(id);
            return null;
        }
        try {
            GeoPackageGeometryData data = GeoPackageGeometryData.create(blob);
            if (data.isEmpty()) {
                missing.add(id);
                return null;
            }
            return wkb.read(data.getWkb());
        } catch (IOException | ParseException | RuntimeException e) {
            BadRowException bad = new BadRowException(gpkg, "table " + table + ", feature " + id,
                    "the geometry cannot be decoded" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
                    "Check the feature in QGIS; curved or 3D-only geometry types are not supported", e);
            if (policy != BadRowPolicy.SKIP) {
                throw bad;
            }
            skipped.add(id);
            return null;
        }
    }

    /**
     * Notes the rows whose geometry is NULL, for a read that selected rows through the R-tree
     * (which holds no such row), so that they count as in a read of the whole table.
     */
    void nullGeometries(Connection c, String geomColumn) throws SQLException {
        String key = pk == null ? "rowid" : GeoPackageSql.quote(pk);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + key + " FROM " + GeoPackageSql.quote(table) + " WHERE "
                     + GeoPackageSql.quote(geomColumn) + " IS NULL ORDER BY " + key)) {
            while (rs.next()) {
                missing.add(table + "." + rs.getLong(1));
            }
        }
    }

    /** @return the one warning for the rows left out, under {@code SKIP} */
    Optional<String> warning() {
        String none = missing.check(policy);
        List<String> parts = new ArrayList<>();
        if (none != null) {
            parts.add(none);
        }
        if (!skipped.isEmpty()) {
            parts.add(gpkg.getFileName() + " (table " + table + "): " + skipped.size() + " features whose geometry"
                    + " cannot be decoded were left out (" + String.join(", ", skipped.subList(0, Math.min(10,
                    skipped.size()))) + (skipped.size() > 10 ? " and " + (skipped.size() - 10) + " more" : "") + ").");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }
}
