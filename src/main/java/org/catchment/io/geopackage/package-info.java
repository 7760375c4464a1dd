/**
 * GeoPackages: {@link org.catchment.io.geopackage.GeoPackageReader} reads one feature table
 * (read-only, through SQLite); {@link org.catchment.io.geopackage.GeoPackageWriter} writes a
 * GeoPackage 1.3 by plain SQL with NGA's geometry blobs and QGIS's {@code layer_styles} table (see
 * docs/decisions/0002-geopackage-written-by-sql.md), a layer given in parts
 * ({@link org.catchment.io.geopackage.PartedLayer}, a tiled run's tiles) one part at a time.
 *
 * <p>May use: {@code io}, {@code layer}. Libraries: NGA GeoPackage, SQLite JDBC, GeoTools, JTS.
 */
package org.catchment.io.geopackage;
