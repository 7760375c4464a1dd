/**
 * Readers and writers of layer files: shapefiles ({@link org.catchment.io.ShapefileReader},
 * {@link org.catchment.io.ShapefileWriter}), GeoJSON ({@link org.catchment.io.GeoJsonReader}) and
 * the dispatcher {@link org.catchment.io.LayerReader} that picks a reader by extension and hands
 * every layer on in EPSG:27700. The only package that knows file formats; every output goes
 * through {@link org.catchment.io.AtomicOutput}, and inputs are never changed.
 */
package org.catchment.io;
