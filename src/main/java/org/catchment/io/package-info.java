/**
 * Readers and writers of layer files, one subpackage per format: {@code io.shapefile} (the H2GIS
 * driver behind {@link org.catchment.io.shapefile.ShapefileReader}, and
 * {@link org.catchment.io.shapefile.ShapefileWriter}), {@code io.geopackage} (NGA),
 * {@code io.geojson}, {@code io.csv} (points by coordinates or postcodes, tables, CSV output) and
 * {@code io.memory} (heap estimates).
 *
 * <p>This root holds what the formats share ({@link org.catchment.io.ReadOptions},
 * {@link org.catchment.io.BadRows} and {@link org.catchment.io.BadRowException}, {@link org.catchment.io.Features},
 * {@link org.catchment.io.CrsGuess}, {@link org.catchment.io.FileTrees}) and what callers use
 * whatever the format: {@link org.catchment.io.LayerReader} picks the reader by extension and
 * returns every layer in the working CRS it is given; {@link org.catchment.io.AttributeJoin} joins CSV table columns
 * to a layer. Every writer goes through {@link org.catchment.io.AtomicOutput}: a temporary file,
 * then an atomic move. Readers never change their input. What keeps an output folder whole:
 * {@link org.catchment.io.StagedFolder} (a set of files swapped in as a whole, recoverable after a
 * kill), {@link org.catchment.io.FolderLock} (one run at a time),
 * {@link org.catchment.io.ExitCleanup} (hidden working folders removed on SIGTERM and SIGINT), all
 * changing files through {@link org.catchment.io.FileOps} so that tests can make an operation fail.
 * {@code io.cache} is the per-user cache.
 *
 * <p>May use: {@code io.csv}, {@code io.geojson}, {@code io.geopackage}, {@code io.shapefile},
 * {@code layer}. Libraries: GeoTools, JTS.
 */
package org.catchment.io;
