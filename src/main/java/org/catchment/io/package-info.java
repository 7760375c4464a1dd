/**
 * Readers and writers of layer files: ESRI shapefiles (the H2GIS driver behind
 * {@link org.catchment.io.shapefile.ShapefileReader} and {@link org.catchment.io.shapefile.ShapefileWriter}), GeoPackages (NGA),
 * GeoJSON, CSV points by coordinates or postcodes, CSV tables and attribute joins, and CSV output.
 * {@link org.catchment.io.LayerReader} picks the reader by extension and returns every layer in
 * EPSG:27700. Every writer goes through {@link org.catchment.io.AtomicOutput}: a temporary file,
 * then an atomic move. Readers never change their input.
 */
package org.catchment.io;
