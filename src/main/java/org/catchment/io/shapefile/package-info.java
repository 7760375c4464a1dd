/**
 * ESRI shapefiles. Reading goes through the H2GIS SHP/DBF driver classes, used without a database
 * and only in {@link org.catchment.io.shapefile.ShapeRecords}, after
 * {@link org.catchment.io.shapefile.ShapefileChecks} has checked the files' structure; dBase dates,
 * encodings ({@code .cpg}, or a guess) and column types are read here. Writing
 * ({@link org.catchment.io.shapefile.ShapefileWriter}) uses the H2GIS dBase writer for the
 * {@code .dbf} and our own {@code ShpWriter} for the {@code .shp} and {@code .shx} (see
 * docs/decisions/0001-shapefiles-through-h2gis.md).
 *
 * <p>May use: {@code io}, {@code layer}. Libraries: H2GIS, GeoTools, JTS.
 */
package org.catchment.io.shapefile;
